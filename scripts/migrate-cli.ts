// npm run db:migrate: applies pending migrations to DATABASE_URL.
import { applyMigrations } from './migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the database to migrate.');
  process.exit(1);
}
const applied = await applyMigrations(url, { log: console.log });
console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database is up to date.');
