import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string };
    sessionId: string;
    twoFactorPending: boolean;
    unverified: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
    twoFactorPending?: boolean;
    unverified?: boolean;
  }
}
