// The translations a part of the app's client components use, and only those: every namespace
// given to NextIntlClientProvider is serialized into each page's HTML (all of them weighed 75 KB of
// the dashboard's 200 KB). `common` always comes along (the UI primitives, toasts and errors use it).
// Inside it, a client component reading another namespace shows keys: the i18n journey fails then.
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';

export type Namespace = 'ai' | 'auth' | 'billing' | 'certificates' | 'dashboard' | 'domains' | 'editor' | 'media' | 'providers' | 'settings' | 'sites';

export async function pickMessages(namespaces: readonly Namespace[]): Promise<AbstractIntlMessages> {
  const messages = await getMessages();
  return Object.fromEntries(['common', ...namespaces].map((ns) => [ns, messages[ns as keyof typeof messages]]));
}

export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await pickMessages(namespaces)}>{children}</NextIntlClientProvider>;
}
