// The one way an /api/v1 route learns who is calling: the signed-in session (the dashboard's cookie,
// every scope), or `Authorization: Bearer <key>` (lib/api/keys.ts) with the scope the route needs.
// Either way the route gets the owner and passes it to lib/, whose reads are scoped to that owner
// in the query, so a key reaches exactly what its owner's dashboard reaches (another owner's id is
// NOT_FOUND). A header that is present wins over the cookie: a script never acts as whoever is
// signed in by accident.
import { getApiUser } from '@/lib/auth/require-user';
import { requestInfoFrom } from '@/lib/auth/request-info';
import { AppError } from '@/lib/errors';
import { authenticateApiKey, type ApiKeyOwner, type ApiScope } from './keys';

export type ApiOwner = ApiKeyOwner;

const bearer = /^Bearer +(\S+) *$/i;

export async function apiOwner(req: Request, scope: ApiScope): Promise<ApiOwner> {
  const header = req.headers.get('authorization');
  if (header === null) {
    const { id, email, name, locale } = await getApiUser();
    return { id, email, name, locale };
  }
  const token = bearer.exec(header)?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', 'Send the API key as "Authorization: Bearer <key>".');
  const { owner, scopes } = await authenticateApiKey(token, requestInfoFrom(req.headers));
  if (!scopes.includes(scope)) throw new AppError('FORBIDDEN', `This API key does not have the "${scope}" scope this request needs.`);
  return owner;
}
