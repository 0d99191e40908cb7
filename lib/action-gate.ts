// Server action requests, checked before Next sees them. Next answers a foreign Origin, arguments past
// its 1 MB limit, or a body it cannot decode with a 500 or a reset connection; here they get 403, 413
// and 400 with the app's error shape, and the action never runs. Everything else goes on to Next
// with its body untouched.
import type { IncomingMessage, ServerResponse } from 'node:http';

// Next's default limit on a server action's body (experimental.serverActions.bodySizeLimit).
export const ACTION_BODY_LIMIT = 1024 * 1024;

type Refusal = { status: 400 | 403 | 413; code: string; message: string };

function refuse(req: IncomingMessage, res: ServerResponse, { status, code, message }: Refusal): Promise<void> {
  // Read to the end (and drop) first, so the client hears the answer instead of a broken pipe.
  return new Promise((resolve) => {
    const answer = () => {
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: { code, message } }));
      resolve();
    };
    if (req.readableEnded) answer();
    else req.on('end', answer).on('error', () => resolve());
    req.resume();
  });
}

// Next's own rule: the Origin's host is the request's host.
function foreignOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== (req.headers['x-forwarded-host'] ?? req.headers.host);
  } catch {
    return true;
  }
}

export async function gateServerAction(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void> {
  if (foreignOrigin(req)) return refuse(req, res, { status: 403, code: 'FORBIDDEN', message: 'This request came from another site.' });
  const length = Number(req.headers['content-length'] ?? NaN);
  if (length > ACTION_BODY_LIMIT) return refuse(req, res, { status: 413, code: 'TOO_LARGE', message: 'That is more than 1 MB: send less at once.' });
  // Arguments sent as text are JSON (React's encoding of plain values): read them, check, and put them back.
  if (!String(req.headers['content-type'] ?? '').startsWith('text/plain') || !Number.isFinite(length)) return next();
  const body = await new Promise<Buffer | null>((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= length) {
        req.pause();
        req.off('data', onData);
        resolve(Buffer.concat(chunks));
      }
    };
    req.on('data', onData).on('error', () => resolve(null));
    if (length === 0) resolve(Buffer.alloc(0));
  });
  if (!body) return;
  try {
    JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(req, res, { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
  }
  req.unshift(body);
  return next();
}
