'use client';
// Client-side providers for the whole app: React Query, toasts. There is no next-auth
// SessionProvider: pages read the session on the server (requireUser), nothing in the browser
// calls useSession, and signIn/signOut work without one; it would cost every page next-auth's
// client code and a /api/auth/session request.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Toaster } from '@/components/ui/Toaster';

export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <Toaster>{children}</Toaster>
    </QueryClientProvider>
  );
}
