// The signed-in shell: sidebar on desktop, a sheet on mobile, a top bar with the account menu.
import { Sparkles } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MobileNav } from '@/components/dashboard/MobileNav';
import { NavLinks } from '@/components/dashboard/NavLinks';
import { UserMenu } from '@/components/dashboard/UserMenu';
import { ClientMessages } from '@/components/shell/ClientMessages';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { Logo } from '@/components/marketing/Logo';
import { requireUser } from '@/lib/auth/require-user';
import { getEntitlements } from '@/lib/billing/entitlements';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, tCommon, tBilling, { plan }] = await Promise.all([
    getTranslations('dashboard.shell'),
    getTranslations('common'),
    getTranslations('billing'),
    getEntitlements(user.id),
  ]);
  return (
    <ClientMessages namespaces={['dashboard']}>
      <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-zinc-900 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-zinc-100"
        >
          {tCommon('skipToContent')}
        </a>

        <aside className="fixed inset-y-0 left-0 z-30 hidden w-64 flex-col border-r border-zinc-200 bg-white md:flex dark:border-zinc-800 dark:bg-zinc-900/60">
          <div className="flex h-16 shrink-0 items-center px-5">
            <Logo href="/dashboard" />
          </div>
          <nav aria-label={t('navLabel')} className="flex-1 overflow-y-auto px-3 py-4">
            <NavLinks />
          </nav>
          <div className="m-3 rounded-xl border border-zinc-200 bg-linear-to-b from-brand-50 to-white p-4 dark:border-zinc-800 dark:from-brand-900/40 dark:to-zinc-900">
            <p className="flex items-center gap-2 text-sm font-semibold text-zinc-950 dark:text-white">
              <Sparkles className="size-5 shrink-0 text-brand-600 dark:text-brand-300" strokeWidth={1.75} />
              {tBilling('shell.plan', { plan: tBilling(`plans.${plan.id}`) })}
            </p>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {tBilling('shell.hint', { sites: plan.limits.sites, credits: plan.limits.monthlyCredits })}
            </p>
            <Link href="/dashboard/billing" className="mt-3 inline-block rounded text-xs font-semibold text-brand-700 hover:underline dark:text-brand-300">
              {t('seePlans')}
            </Link>
          </div>
        </aside>

        <div className="flex min-h-dvh flex-col md:pl-64">
          <header className="sticky top-0 z-20 flex h-16 shrink-0 items-center gap-2 border-b border-zinc-200 bg-white/85 px-4 backdrop-blur-md sm:px-6 dark:border-zinc-800 dark:bg-zinc-950/85">
            <MobileNav />
            <Logo href="/dashboard" className="md:hidden" />
            <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
              <LocaleSwitcher hideLabel className="hidden sm:flex" />
              <UserMenu email={user.email} name={user.name} />
            </div>
          </header>
          <main id="main" tabIndex={-1} className="w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6 lg:px-10 lg:py-10">
            {children}
          </main>
        </div>
      </div>
    </ClientMessages>
  );
}
