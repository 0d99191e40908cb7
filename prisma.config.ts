// Prisma CLI settings. Migrations are applied by scripts/migrate.ts (the engine cannot be downloaded here).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
