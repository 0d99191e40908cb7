// next-auth, with the sign-in limit checked before a credentials attempt reaches it, so a
// blocked account or IP gets a real 429.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { requestInfoFrom } from '@/lib/auth/request-info';
import { isSignInBlocked } from '@/lib/auth/sign-in-limit';
import { env } from '@/lib/env';

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export const GET = handler;

export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get('email') ?? '');
    const { ip } = requestInfoFrom(req.headers);
    if (await isSignInBlocked(email, ip)) {
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
