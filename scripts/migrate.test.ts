// The migration runner records migrations exactly as `prisma migrate deploy` would.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations } from './migrate';

const base = process.env.DATABASE_URL!;
const dbName = `migrate_${Date.now()}`;
let url: string;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const parsed = new URL(base);
  parsed.pathname = `/${dbName}`;
  url = parsed.toString();
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

describe('applyMigrations', () => {
  it('applies each migration once and records name, checksum, times and step count', async () => {
    const first = await applyMigrations(url);
    expect(first).toEqual(listMigrations().map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    await client.end();
    expect(rows).toHaveLength(first.length);
    for (const [i, migration] of listMigrations().entries()) {
      expect(rows[i].migration_name).toBe(migration.name);
      expect(rows[i].checksum).toBe(createHash('sha256').update(migration.sql).digest('hex'));
      expect(rows[i].id).toMatch(/^[0-9a-f-]{36}$/);
      expect(rows[i].finished_at).toBeInstanceOf(Date);
      expect(rows[i].applied_steps_count).toBe(1);
      expect(rows[i].rolled_back_at).toBeNull();
    }
  });

  it('stops at a failing migration, leaves it recorded as failed, and refuses to go on until it is resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-migrations-'));
    mkdirSync(join(dir, '20990101000000_broken'));
    writeFileSync(join(dir, '20990101000000_broken', 'migration.sql'), 'CREATE TABLE "Nope" ("id" TEXT);\nSELECT no_such_function();');
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/20990101000000_broken failed/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const table = await client.query(`SELECT to_regclass('public."Nope"') AS t`);
    expect(table.rows[0].t).toBeNull(); // the failed migration's work was rolled back
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/failed earlier/);
    await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '20990101000000_broken'`);
    await client.end();
  });
});
