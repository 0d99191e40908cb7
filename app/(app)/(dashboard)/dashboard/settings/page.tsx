// Account settings: profile and language, password, two-factor sign-in, devices, account activity (its own page), API keys, data export and deletion.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { AccountExport } from '@/components/settings/AccountExport';
import { ApiKeys, type ApiKeyRow } from '@/components/settings/ApiKeys';
import { ChangePasswordForm } from '@/components/settings/ChangePasswordForm';
import { DeleteAccount } from '@/components/settings/DeleteAccount';
import { SessionList, type SessionRow } from '@/components/settings/SessionList';
import { TwoFactorSettings } from '@/components/settings/TwoFactorSettings';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { findLatestExport } from '@/lib/account-export/exports';
import { listApiKeys } from '@/lib/api/keys';
import { requireUser } from '@/lib/auth/require-user';
import { describeDevice, listSessions } from '@/lib/auth/sessions';
import { findGrantingSubscription } from '@/lib/billing/entitlements';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('metaTitle') };
}

const UNKNOWN_DEVICE = describeDevice('');

export default async function SettingsPage() {
  const user = await requireUser();
  const t = await getTranslations('settings');
  const format = await getFormatter();
  const now = new Date();
  const sessions: SessionRow[] = (await listSessions(user.id)).map((session) => {
    const device = describeDevice(session.userAgent);
    return {
      id: session.id,
      // The client shows its localized "Unknown device" for an empty name.
      device: device === UNKNOWN_DEVICE ? '' : device,
      ip: session.ip,
      lastSeen: format.relativeTime(session.lastSeenAt, now),
      lastSeenIso: session.lastSeenAt.toISOString(),
      lastSeenFull: format.dateTime(session.lastSeenAt, { dateStyle: 'medium', timeStyle: 'short' }),
      signedIn: format.dateTime(session.createdAt, { dateStyle: 'medium' }),
      isCurrent: session.id === user.sessionId,
    };
  });
  sessions.sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
  // The deletion dialog says what happens to a paid subscription (cancelled at once, not refunded).
  const hasSubscription = Boolean(await findGrantingSubscription(user.id));
  const latestExport = await findLatestExport(user.id);
  const apiKeys: ApiKeyRow[] = (await listApiKeys(user)).map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    created: format.dateTime(key.createdAt, { dateStyle: 'medium' }),
    lastUsed: key.lastUsedAt && format.relativeTime(key.lastUsedAt, now),
    lastUsedIso: key.lastUsedAt?.toISOString() ?? null,
    lastUsedFull: key.lastUsedAt && format.dateTime(key.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }),
    lastUsedIp: key.lastUsedIp || null,
    expires: key.expiresAt && format.dateTime(key.expiresAt, { dateStyle: 'medium', timeZone: 'UTC' }),
    isExpired: Boolean(key.expiresAt && key.expiresAt <= now),
  }));
  // The earliest expiry the form offers: tomorrow (UTC), as the date input's min.
  const minExpiry = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('subtitle')}</p>
      </header>

      <Card title={t('profile.title')} description={t('profile.description')}>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t('profile.name')}</dt>
            <dd className="mt-1 break-words">{user.name || t('profile.noName')}</dd>
          </div>
          <div className="min-w-0">
            <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t('profile.email')}</dt>
            <dd className="mt-1 break-words">{user.email}</dd>
          </div>
        </dl>
        <div className="mt-6 flex flex-col gap-3 border-t border-zinc-200 pt-5 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-800">
          <div>
            <h3 className="text-sm font-medium">{t('profile.language')}</h3>
            <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('profile.languageHint')}</p>
          </div>
          <LocaleSwitcher hideLabel />
        </div>
      </Card>

      <Card title={t('password.title')} description={user.hasPassword ? t('password.descriptionChange') : t('password.descriptionSet')}>
        <ChangePasswordForm hasPassword={user.hasPassword} email={user.email} />
      </Card>

      <Card title={t('twoFactor.title')} description={t('twoFactor.description')}>
        <TwoFactorSettings isEnabled={user.hasTwoFactor} hasPassword={user.hasPassword} email={user.email} />
      </Card>

      <Card title={t('sessions.title')} description={t('sessions.description')}>
        <SessionList sessions={sessions} />
      </Card>

      <Card title={t('activity.cardTitle')} description={t('activity.cardDescription')}>
        <Button asChild variant="secondary">
          <Link href="/dashboard/settings/activity">{t('activity.cardLink')}</Link>
        </Button>
      </Card>

      <Card title={t('apiKeys.title')} description={t('apiKeys.description')}>
        <ApiKeys keys={apiKeys} minExpiry={minExpiry} />
      </Card>

      <Card title={t('export.title')} description={t('export.description')}>
        <AccountExport initial={latestExport} />
      </Card>

      <Card title={t('danger.title')} description={t('danger.description')} className="border-red-200 dark:border-red-900/70">
        <DeleteAccount email={user.email} hasSubscription={hasSubscription} />
      </Card>
    </div>
  );
}
