// Fails when prisma/schema.prisma (and the client generated from it) and the migrated database
// disagree, so a forgotten migration cannot land. The test database was migrated by scripts/test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Field = { name: string; kind: string; type: string; dbName?: string | null };
type Model = { fields: Field[]; dbName: string | null };

const root = resolve(import.meta.dirname, '..');
const classSource = readFileSync(resolve(root, 'generated/prisma/internal/class.ts'), 'utf8');
const match = classSource.match(/config\.runtimeDataModel = JSON\.parse\((".*?")\)\n/);
if (!match) throw new Error('Could not find runtimeDataModel in the generated client: regenerate it.');
const dataModel = JSON.parse(JSON.parse(match[1])) as { models: Record<string, Model> };

// Optional (`?`) fields and @unique/@@unique from schema.prisma itself.
const schema = readFileSync(resolve(root, 'prisma/schema.prisma'), 'utf8');
const blocks = [...schema.matchAll(/model (\w+) \{([\s\S]*?)\n\}/g)].map(([, name, body]) => ({ name, body }));

const pgType: Record<string, string[]> = {
  String: ['text'],
  Int: ['integer'],
  BigInt: ['bigint'],
  Boolean: ['boolean'],
  DateTime: ['timestamp without time zone'],
  Json: ['jsonb'],
  Float: ['double precision'],
  Decimal: ['numeric'],
  Bytes: ['bytea'],
};

let client: pg.Client;
let columns: Map<string, Map<string, { type: string; nullable: boolean; udt: string }>>;
let uniqueIndexes: Array<{ table: string; columns: string[] }>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; udt_name: string }>(
    `SELECT table_name, column_name, data_type, is_nullable, udt_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  columns = new Map();
  for (const row of rows) {
    if (!columns.has(row.table_name)) columns.set(row.table_name, new Map());
    const type = row.data_type === 'USER-DEFINED' ? `enum:${row.udt_name}` : row.data_type;
    columns.get(row.table_name)!.set(row.column_name, { type, nullable: row.is_nullable === 'YES', udt: row.udt_name });
  }
  const idx = await client.query<{ table: string; columns: string[] }>(`
    SELECT t.relname AS table, array_agg(a.attname ORDER BY k.ord)::text[] AS columns
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE i.indisunique
    GROUP BY i.indexrelid, t.relname`);
  uniqueIndexes = idx.rows;
});

afterAll(async () => {
  await client?.end();
});

describe('schema.prisma matches the migrated database', () => {
  it('has a table for every model and a model for every table', () => {
    const tables = [...columns.keys()].filter((t) => t !== '_prisma_migrations').sort();
    const models = Object.entries(dataModel.models)
      .map(([name, model]) => model.dbName ?? name)
      .sort();
    expect(tables).toEqual(models);
  });

  for (const [name, model] of Object.entries(dataModel.models)) {
    it(`model ${name}: same columns, types and nullability`, () => {
      const table = columns.get(model.dbName ?? name);
      expect(table, `table for model ${name}`).toBeDefined();
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      expect([...table!.keys()].sort()).toEqual(scalars.map((f) => f.dbName ?? f.name).sort());
      const body = blocks.find((b) => b.name === name)?.body ?? '';
      for (const field of scalars) {
        const column = table!.get(field.dbName ?? field.name)!;
        const declaration = body.match(new RegExp(`^\\s*${field.name}\\s+(\\w+)(\\?|\\[\\])?`, 'm'));
        expect(declaration, `${name}.${field.name} in schema.prisma`).not.toBeNull();
        if (declaration![2] === '[]') {
          // Prisma keeps lists in PostgreSQL arrays of the element type (Float[] is double precision[], udt _float8), nullable.
          expect(column.type, `${name}.${field.name} type`).toBe('ARRAY');
          expect(column.udt, `${name}.${field.name} element type`).toBe({ Float: '_float8', Int: '_int4', String: '_text', Boolean: '_bool' }[field.type]);
          continue;
        }
        // A DateTime declared @db.Date is a PostgreSQL date (a day, no time); every other is a timestamp.
        const isDate = new RegExp(`^\\s*${field.name}\\s+DateTime\\??\\s+.*@db\\.Date\\b`, 'm').test(body);
        if (isDate) expect(column.type, `${name}.${field.name} type`).toBe('date');
        else if (field.kind === 'scalar') expect(pgType[field.type], `${name}.${field.name} type`).toContain(column.type);
        expect(column.nullable, `${name}.${field.name} nullability`).toBe(declaration![2] === '?');
      }
    });

    it(`model ${name}: every @unique and @@unique has a unique index`, () => {
      const body = blocks.find((b) => b.name === name)?.body ?? '';
      const wanted: string[][] = [];
      for (const line of body.split('\n')) {
        const single = line.match(/^\s*(\w+)\s+\w+.*@unique/);
        if (single) wanted.push([single[1]]);
        const compound = line.match(/@@unique\(\[([^\]]+)\]/);
        if (compound) wanted.push(compound[1].split(',').map((s) => s.trim()));
      }
      for (const cols of wanted) {
        const found = uniqueIndexes.some((i) => i.table === (model.dbName ?? name) && i.columns.join(',') === cols.join(','));
        expect(found, `unique index on ${name}(${cols.join(', ')})`).toBe(true);
      }
    });
  }
});
