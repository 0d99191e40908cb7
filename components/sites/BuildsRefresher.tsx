'use client';
// While a build is queued or running, the page re-reads itself every two seconds (a server
// render: the list and the log come from the server), and stops once none is.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function BuildsRefresher({ isActive }: { isActive: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [isActive, router]);
  return null;
}
