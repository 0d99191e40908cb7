// A connection PostgreSQL ends on purpose (pg_terminate_backend, a shutdown: 57P01) is one short
// warning; any other connection error is logged as the error it is.
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/env';
import { logConnectionError, logger } from './logger';

afterEach(() => {
  vi.restoreAllMocks();
});

// The error a client gets when the server ends its connection.
async function terminatedConnectionError(): Promise<Error> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  // The first error is the server's; the end of the socket follows it as a second one.
  const failed = new Promise<Error>((resolve) => client.on('error', resolve));
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  await admin.query('SELECT pg_terminate_backend($1)', [(client as unknown as { processID: number }).processID]);
  await admin.end();
  return failed;
}

describe('logConnectionError', () => {
  it('says in one warning that the database ended the connection, with no stack', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    logConnectionError(await terminatedConnectionError(), 'job queue error');
    expect(warn.mock.calls).toEqual([[{ code: '57P01' }, 'job queue error: the database ended the connection (stopping or restarting)']]);
    expect(error).not.toHaveBeenCalled();
  });

  it('logs any other connection error as an error with its cause', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    logConnectionError(refused, 'publish listener lost its connection');
    expect(error.mock.calls).toEqual([[{ err: refused }, 'publish listener lost its connection']]);
    expect(warn).not.toHaveBeenCalled();
  });
});
