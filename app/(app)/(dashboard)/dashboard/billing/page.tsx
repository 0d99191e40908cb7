// Billing: the owner's plan, its renewal, usage this period, payment method, invoices and the
// recent Stripe events. With no Stripe keys it says plainly that payments are not configured.
import { AlertTriangle, Check, Minus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CheckoutConfirmation } from '@/components/billing/CheckoutConfirmation';
import { InvoicePending } from '@/components/billing/InvoicePending';
import { ManageBillingButton } from '@/components/billing/ManageBillingButton';
import { SpendingCapForm } from '@/components/billing/SpendingCapForm';
import { UpgradeOptions } from '@/components/billing/UpgradeOptions';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { requireUser } from '@/lib/auth/require-user';
import { currencyFor, moneyFormat, paidPlanIds, plans, toCurrency } from '@/lib/billing/plans';
import { getBillingOverview } from '@/lib/billing/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('billing');
  return { title: t('page.metaTitle') };
}

type Props = { searchParams: Promise<{ checkout?: string | string[] }> };

const th = 'px-3 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400';
const td = 'px-3 py-2.5 align-top text-sm text-zinc-700 dark:text-zinc-300';
// Stripe's card brands are lower-case ids ("visa", "amex"); show them as names.
const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  elo: 'Elo',
  hipercard: 'Hipercard',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
};
const brandName = (brand: string) => brandNames[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
const linkClass = 'rounded font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300';

// Stripe's hosted invoice and its PDF, when Stripe gave them.
function InvoiceLinks({ invoice, view, pdf }: { invoice: { hostedInvoiceUrl: string | null; invoicePdf: string | null }; view: string; pdf: string }) {
  return (
    <>
      {invoice.hostedInvoiceUrl && (
        <a href={invoice.hostedInvoiceUrl} className={linkClass} target="_blank" rel="noopener noreferrer">
          {view}
        </a>
      )}
      {invoice.invoicePdf && (
        <a href={invoice.invoicePdf} className={linkClass} target="_blank" rel="noopener noreferrer">
          {pdf}
        </a>
      )}
    </>
  );
}

export default async function BillingPage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, format, locale, overview, query] = await Promise.all([
    getTranslations('billing'),
    getFormatter(),
    getLocale(),
    getBillingOverview(user.id),
    searchParams,
  ]);
  const { plan, subscription, endedSubscription, credits } = overview;
  const planName = t(`plans.${plan.id}`);
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: 'medium' });
  const money = (cents: number, currency: string) => format.number(cents / 100, moneyFormat(currency, cents));
  const currency = subscription ? toCurrency(subscription.currency) : currencyFor(locale);
  const checkout = typeof query.checkout === 'string' ? query.checkout : null;
  const overageCents = plan.overageCreditCents?.[currency];
  const entitlements = [
    { text: t('page.sites', { count: plan.limits.sites }), isLimit: false },
    { text: t('page.domains', { count: plan.limits.customDomains }), isLimit: plan.limits.customDomains === 0 },
    { text: t('page.credits', { count: format.number(plan.limits.monthlyCredits) }), isLimit: false },
    ...(overageCents ? [{ text: t('page.overage', { price: money(overageCents, currency) }), isLimit: false }] : []),
    { text: plan.hasBadge ? t('page.badge') : t('page.noBadge'), isLimit: plan.hasBadge },
  ];
  const subscriptionPrice = subscription ? plan.prices[currency][subscription.interval === 'year' ? 'yearly' : 'monthly'] : 0;

  return (
    <div className="space-y-8">
      <PageHeader title={t('page.title')} description={t('page.description')} />

      {!overview.isBillingEnabled && (
        <div
          role="status"
          className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 px-4 py-4 text-amber-950 dark:border-amber-900/70 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <AlertTriangle className="mt-0.5 size-5 shrink-0 text-amber-700 dark:text-amber-300" strokeWidth={1.75} />
          <div>
            <h2 className="text-sm font-semibold">{t('page.notConfiguredTitle')}</h2>
            <p className="mt-1 text-sm leading-6 text-amber-900 dark:text-amber-200">{t('page.notConfiguredBody', { plan: planName })}</p>
          </div>
        </div>
      )}

      {checkout === 'success' && !subscription && <CheckoutConfirmation />}
      {(checkout === 'confirmed' || checkout === 'success') && subscription && <Alert tone="success">{t('page.confirmed', { plan: planName })}</Alert>}
      {checkout === 'canceled' && <Alert tone="info">{t('page.checkoutCanceled')}</Alert>}

      {overview.hasPaymentProblem && (
        <div
          role="alert"
          className="flex flex-col gap-3 rounded-xl border border-red-200 bg-red-50 px-4 py-4 text-red-900 sm:flex-row sm:items-center sm:justify-between dark:border-red-900 dark:bg-red-950 dark:text-red-100"
        >
          <div className="flex gap-3">
            <AlertTriangle className="mt-0.5 size-5 shrink-0 text-red-700 dark:text-red-300" strokeWidth={1.75} />
            <div>
              <h2 className="text-sm font-semibold">{t('page.paymentFailedTitle')}</h2>
              <p className="mt-1 text-sm leading-6">{t('page.paymentFailedBody', { plan: planName })}</p>
            </div>
          </div>
          <ManageBillingButton label={t('page.fixPayment')} variant="primary" />
        </div>
      )}

      {endedSubscription && (
        <div
          role="status"
          className="rounded-xl border border-zinc-200 bg-zinc-50 px-4 py-4 text-sm text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200"
        >
          <h2 className="font-semibold">{t('page.endedTitle', { plan: t(`plans.${endedSubscription.plan as 'pro' | 'business'}`) })}</h2>
          <p className="mt-1 leading-6">{t('page.endedBody')}</p>
          {overview.sites.readOnly > 0 && <p className="mt-1 leading-6">{t('page.readOnlySites', { count: overview.sites.readOnly })}</p>}
        </div>
      )}

      <section aria-labelledby="current-plan" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="flex flex-col gap-4 p-6 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t('page.currentPlan')}</p>
            <h2 id="current-plan" className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">
              {t('page.planName', { plan: planName })}
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {subscription ? t('page.pricePerInterval', { price: money(subscriptionPrice, currency), interval: subscription.interval }) : t('page.free')}
            </p>
            {subscription && (
              <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                  {t('page.status', { status: subscription.status })}
                </span>
                {subscription.trialEnd && subscription.status === 'trialing' ? (
                  <span>{t('page.trialEnds', { date: date(subscription.trialEnd) })}</span>
                ) : subscription.currentPeriodEnd ? (
                  <span>
                    {subscription.cancelAtPeriodEnd
                      ? t('page.cancels', { date: date(subscription.currentPeriodEnd), plan: planName })
                      : t('page.renews', { date: date(subscription.currentPeriodEnd) })}
                  </span>
                ) : null}
              </p>
            )}
          </div>
          <div className="flex shrink-0 flex-wrap gap-2">
            {overview.hasCustomer && overview.isBillingEnabled && <ManageBillingButton />}
            <Button asChild variant="secondary">
              <Link href="/pricing">{t('page.comparePlans')}</Link>
            </Button>
          </div>
        </div>
        <div className="border-t border-zinc-200 p-6 dark:border-zinc-800">
          <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">{t('page.includes')}</h3>
          <ul className="mt-4 grid gap-3 text-sm text-zinc-700 sm:grid-cols-2 dark:text-zinc-300">
            {entitlements.map(({ text, isLimit }) => (
              <li key={text} className="flex gap-3">
                {isLimit ? (
                  <Minus className="size-5 shrink-0 translate-y-0.5 text-zinc-400 dark:text-zinc-500" strokeWidth={1.75} />
                ) : (
                  <Check className="size-5 shrink-0 translate-y-0.5 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                )}
                {text}
              </li>
            ))}
          </ul>
        </div>
        {overview.isBillingEnabled && !subscription && (
          <div className="border-t border-zinc-200 p-6 dark:border-zinc-800">
            <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">{t('page.upgradeTitle')}</h3>
            <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">{t('page.upgradeBody')}</p>
            <UpgradeOptions
              currency={currency}
              options={plans
                .filter((p) => (paidPlanIds as readonly string[]).includes(p.id))
                .map((p) => ({ id: p.id as 'pro' | 'business', prices: p.prices[currency] }))}
            />
          </div>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('page.usageTitle')} description={t('page.usagePeriod', { date: date(credits.periodEnd) })}>
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{t('page.creditsUsed')}</dt>
              <dd className="mt-1 text-xl font-semibold text-zinc-950 dark:text-white">
                {t('page.creditsValue', { used: credits.used, allowance: credits.allowance })}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{t('page.sitesUsed')}</dt>
              <dd className="mt-1 text-xl font-semibold text-zinc-950 dark:text-white">
                {t('page.sitesValue', { used: overview.sites.count, allowed: plan.limits.sites })}
              </dd>
            </div>
          </dl>
          <div className="mt-4 h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.min(100, (credits.used / Math.max(1, credits.allowance)) * 100)}%` }} />
          </div>
          {credits.overage && credits.overage.spentCents > 0 && (
            <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
              {t('page.overageSpent', {
                amount: money(credits.overage.spentCents, credits.overage.currency),
                cap: money(credits.overage.capCents, credits.overage.currency),
              })}
            </p>
          )}
        </Card>

        <Card title={t('page.paymentMethodTitle')}>
          {overview.paymentMethod ? (
            <div className="text-sm text-zinc-700 dark:text-zinc-300">
              <p className="font-medium text-zinc-950 dark:text-white">
                {t('page.card', { brand: brandName(overview.paymentMethod.brand ?? overview.paymentMethod.type), last4: overview.paymentMethod.last4 ?? '' })}
              </p>
              {overview.paymentMethod.expMonth && overview.paymentMethod.expYear && (
                <p className="mt-1">
                  {t('page.expires', { month: String(overview.paymentMethod.expMonth).padStart(2, '0'), year: String(overview.paymentMethod.expYear) })}
                </p>
              )}
            </div>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('page.paymentMethodNone')}</p>
          )}
        </Card>
      </div>

      {subscription && overview.spendingCapCents !== null && plan.overageCreditCents && (
        <Card title={t('page.spendingCapTitle')} description={t('page.spendingCapBody')}>
          <SpendingCapForm capCents={overview.spendingCapCents} currency={currency} />
        </Card>
      )}

      <Card title={t('page.invoicesTitle')}>
        {overview.invoices.length === 0 && (checkout === 'confirmed' || checkout === 'success') && subscription ? (
          <InvoicePending />
        ) : overview.invoices.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('page.invoicesEmpty')}</p>
        ) : (
          <>
            {/* Phones get a stacked list; wider screens the table. */}
            <ul className="divide-y divide-zinc-100 sm:hidden dark:divide-zinc-800">
              {overview.invoices.map((invoice) => (
                <li key={invoice.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3 text-sm text-zinc-700 dark:text-zinc-300">
                  <span className="font-medium text-zinc-950 dark:text-white">{invoice.number ?? t('page.noNumber')}</span>
                  <span className="font-medium text-zinc-950 dark:text-white">{money(invoice.total, invoice.currency)}</span>
                  <span>
                    {date(invoice.issuedAt)} · {t('page.invoiceState', { status: invoice.status })}
                  </span>
                  <span className="space-x-3">
                    <InvoiceLinks invoice={invoice} view={t('page.viewInvoice')} pdf={t('page.downloadPdf')} />
                  </span>
                </li>
              ))}
            </ul>
            <div className="-mx-3 hidden overflow-x-auto sm:block">
              <table className="w-full">
                <thead>
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className={th}>
                      {t('page.invoiceNumber')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.invoiceDate')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.invoiceAmount')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.invoiceStatus')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.invoiceLinks')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                  {overview.invoices.map((invoice) => (
                    <tr key={invoice.id}>
                      <td className={td}>{invoice.number ?? t('page.noNumber')}</td>
                      <td className={td}>{date(invoice.issuedAt)}</td>
                      <td className={td}>{money(invoice.total, invoice.currency)}</td>
                      <td className={td}>{t('page.invoiceState', { status: invoice.status })}</td>
                      <td className={`${td} space-x-3`}>
                        <InvoiceLinks invoice={invoice} view={t('page.viewInvoice')} pdf={t('page.downloadPdf')} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>

      <Card title={t('page.eventsTitle')} description={t('page.eventsBody')}>
        {overview.events.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('page.eventsEmpty')}</p>
        ) : (
          <>
            <ul className="divide-y divide-zinc-100 sm:hidden dark:divide-zinc-800">
              {overview.events.map((event) => (
                <li key={event.id} className="py-3 text-sm text-zinc-700 dark:text-zinc-300">
                  <p className="font-mono text-xs break-all text-zinc-950 dark:text-white">{event.type}</p>
                  <p className="mt-1">
                    {format.dateTime(event.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })} · {t('page.outcome', { outcome: event.outcome })}
                  </p>
                </li>
              ))}
            </ul>
            <div className="-mx-3 hidden overflow-x-auto sm:block">
              <table className="w-full">
                <thead>
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className={th}>
                      {t('page.eventType')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.eventReceived')}
                    </th>
                    <th scope="col" className={th}>
                      {t('page.eventOutcome')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                  {overview.events.map((event) => (
                    <tr key={event.id}>
                      <td className={`${td} font-mono text-xs`}>{event.type}</td>
                      <td className={td}>{format.dateTime(event.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      <td className={td}>{t('page.outcome', { outcome: event.outcome })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
