// next-auth, with the per-IP sign-in limit checked before a credentials attempt reaches it, so a
// blocked IP gets a real 429. (A locked account is answered by authorizeCredentials: the owner gets a link.)
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { requestInfoFrom } from '@/lib/auth/request-info';
import { isIpBlocked } from '@/lib/auth/sign-in-limit';
import { env } from '@/lib/env';

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export const GET = handler;

export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const { ip } = requestInfoFrom(req.headers);
    if (await isIpBlocked(ip)) {
      const message = 'Too many failed sign-ins. Wait 15 minutes and try again.';
      return Response.json(
        // `url` is what next-auth's client reads the error from.
        { url: `${env.NEXTAUTH_URL}/sign-in?error=RATE_LIMITED`, error: { code: 'RATE_LIMITED', message } },
        { status: 429, headers: { 'Retry-After': String(15 * 60) } },
      );
    }
  }
  return handler(req, ctx);
}
