// The one way an /api/v1 route learns who is calling: the signed-in session (the dashboard's cookie,
// every scope), or `Authorization: Bearer <key>` (lib/api/keys.ts) with the scope the route needs.
// Either way the route gets the owner and passes it to lib/, whose reads are scoped to that owner
// in the query, so a key reaches exactly what its owner's dashboard reaches (another owner's id is
// NOT_FOUND). A header that is present wins over the cookie: a script never acts as whoever is
// signed in by accident.
//
// Every authenticated request then counts against the plan's per-minute limits, per key and per
// owner (lib/api/rate-limit.ts); the RateLimit header fields go on whatever the route answers
// (through route() in lib/http.ts), and over a limit the request is refused here with 429 (a key
// refused a moment ago, from memory, before any query; server.ts answers those before Next, in
// lib/api/refuse-early.ts).
import { getApiUser } from '@/lib/auth/require-user';
import { requestInfoFrom } from '@/lib/auth/request-info';
import { AppError } from '@/lib/errors';
import { setAnswerHeaders } from '@/lib/http';
import { metrics } from '@/lib/observability/metrics';
import { bearerToken } from './bearer';
import { authenticateApiKey, type ApiKeyOwner, type ApiScope } from './keys';
import { allowedAfterRefusal, forgetRefusal, rateLimitHeaders, recentRefusal, rememberRefusal, takeApiRequest, type ApiRateLimit } from './rate-limit';

export type ApiOwner = ApiKeyOwner;

export async function apiOwner(req: Request, scope: ApiScope): Promise<ApiOwner> {
  const header = req.headers.get('authorization');
  if (header === null) {
    const { id, email, name, locale } = await getApiUser();
    await limitRequest(req, id, null);
    return { id, email, name, locale };
  }
  const token = bearerToken(header);
  if (!token) throw new AppError('UNAUTHENTICATED', 'Send the API key as "Authorization: Bearer <key>".');
  // A key over its limit a moment ago: refused again without a query (lib/api/rate-limit.ts).
  const remembered = recentRefusal(token);
  if (remembered) refuse(req, remembered.rateLimit, remembered.refusal);
  try {
    const { owner, keyId, scopes } = await authenticateApiKey(token, requestInfoFrom(req.headers));
    if (!scopes.includes(scope)) throw new AppError('FORBIDDEN', `This API key does not have the "${scope}" scope this request needs.`);
    await limitRequest(req, owner.id, keyId, token);
    return owner;
  } catch (error) {
    // Refused again: limitRequest renewed the memory. Anything else (revoked, no scope): it ends.
    if (!(error instanceof AppError && error.code === 'RATE_LIMITED')) forgetRefusal(token);
    throw error;
  }
}

async function limitRequest(req: Request, ownerId: string, keyId: string | null, token?: string): Promise<void> {
  const { rateLimit, refusal } = await takeApiRequest(ownerId, keyId);
  if (!refusal) {
    if (token) allowedAfterRefusal(token, rateLimit);
    setAnswerHeaders(req, rateLimitHeaders(rateLimit));
    return;
  }
  if (token) rememberRefusal(token, rateLimit, refusal);
  refuse(req, rateLimit, refusal);
}

function refuse(req: Request, rateLimit: ApiRateLimit, refusal: AppError): never {
  setAnswerHeaders(req, rateLimitHeaders(rateLimit));
  metrics.apiRateLimited.inc({ limit: (refusal.details as { limit: string }).limit });
  throw refusal;
}
