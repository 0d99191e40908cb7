// The sign-in, sign-up and two-factor screens: one centred card under the logo.
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { ClientMessages } from '@/components/shell/ClientMessages';
import { Logo } from '@/components/marketing/Logo';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-zinc-50 px-4 py-8 sm:justify-center sm:py-12 dark:bg-zinc-950">
      <header className="mb-6">
        <Logo className="px-2 py-1 text-lg text-zinc-950 dark:text-white" />
      </header>
      <main className="w-full max-w-md rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
        <ClientMessages namespaces={['auth']}>{children}</ClientMessages>
      </main>
      <footer className="mt-6">
        <LocaleSwitcher />
      </footer>
    </div>
  );
}
