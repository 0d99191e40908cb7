// The link in the sign-up email: makes the account and signs it in through next-auth's email
// callback; an expired, used or foreign link goes back to the sign-up form with a message.
import { confirmSignUp } from '@/lib/auth/sign-up-request';
import { env } from '@/lib/env';
import { route } from '@/lib/http';

export const GET = route(async (req) => {
  const token = new URL(req.url).searchParams.get('token') ?? '';
  const signIn = token.length <= 4096 ? await confirmSignUp(token) : null;
  return Response.redirect(signIn ?? `${env.NEXTAUTH_URL.replace(/\/$/, '')}/sign-up?error=link`, 303);
});
