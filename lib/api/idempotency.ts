// Idempotency-Key on /api/v1 POSTs: a client that retries a request (a timeout, a dropped
// connection) with the same key gets the first answer again instead of a second site or a second
// publish. Keys are per owner and kept 24 hours. The same key with a different request (method,
// path or body) is 422; while the first is still running, 409. A 5xx answer is not kept, so a
// retry runs again.
import { createHash, randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http';

const KEEP_MS = 24 * 60 * 60 * 1000;
const keyPattern = /^[\x21-\x7e]{1,255}$/;

type Owner = { id: string };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

// Runs `run` once per (owner, Idempotency-Key); without the header it just runs.
export async function idempotent(req: Request, owner: Owner, run: (req: Request) => Promise<Response>): Promise<Response> {
  const key = req.headers.get('idempotency-key');
  if (key === null) return run(req);
  if (!keyPattern.test(key)) throw new AppError('INVALID_INPUT', 'An Idempotency-Key is 1 to 255 visible ASCII characters.');
  const body = await req.text();
  const url = new URL(req.url);
  const requestHash = createHash('sha256').update(`${req.method} ${url.pathname}\n${body}`).digest('hex');

  // The owner's keys older than a day are forgotten (the table holds a day of keys per owner).
  await db.idempotencyKey.deleteMany({ where: { ownerId: owner.id, createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await db.idempotencyKey.create({ data: { ownerId: owner.id, key, requestHash } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const held = await db.idempotencyKey.findUnique({ where: { ownerId_key: { ownerId: owner.id, key } } });
      if (!held) continue; // removed meanwhile (a failed first attempt): try to take it again
      if (held.requestHash !== requestHash) {
        throw new AppError('INVALID_INPUT', 'This Idempotency-Key was already used with a different request. Use a new key for a new request.');
      }
      if (held.status === null) throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still running. Retry once it has finished.');
      return new Response(held.responseBody, {
        status: held.status,
        headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true', 'Cache-Control': 'no-store' },
      });
    }
    // Ours: run it on a copy of the request whose body is the text already read.
    // A refusal (4xx) is this request's answer, kept like a success; a 5xx is forgotten.
    let response: Response;
    try {
      response = await run(new Request(req.url, { method: req.method, headers: req.headers, body: body === '' ? undefined : body, signal: req.signal }));
    } catch (error) {
      response = errorResponse(error, req.headers.get('x-request-id') ?? randomUUID());
    }
    if (response.status >= 500) {
      await db.idempotencyKey.deleteMany({ where: { ownerId: owner.id, key } });
      return response;
    }
    const text = await response.clone().text();
    await db.idempotencyKey.update({ where: { ownerId_key: { ownerId: owner.id, key } }, data: { status: response.status, responseBody: text } });
    return response;
  }
  throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still running. Retry once it has finished.');
}
