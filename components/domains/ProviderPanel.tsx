// The Domains page's providers card: with Namecheap on, search and buy a name; with Cloudflare
// on, "create the records for me" on each of the given domains that are not active yet; with
// either off, what turning it on adds.
import { Cloud, Globe } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/Card';
import { providerStatus } from '@/lib/domains/provider-status';
import { CloudflareRecordsButton } from './CloudflareRecordsButton';
import { DomainSearch } from './DomainSearch';

export async function ProviderPanel({ domains = [] }: { domains?: Array<{ id: string; hostname: string }> }) {
  const t = await getTranslations('providers');
  const { hasCloudflare, hasRegistrar } = providerStatus();
  return (
    <Card title={t('title')} description={t('description')}>
      <div className="space-y-5">
        <div className="flex gap-3 text-sm leading-6">
          <Cloud className="mt-0.5 size-5 shrink-0 text-brand-600" aria-hidden />
          <div className="min-w-0 flex-1 space-y-3">
            <p className="text-zinc-700 dark:text-zinc-300">{hasCloudflare ? t('cloudflareOn') : t('cloudflareOff')}</p>
            {hasCloudflare &&
              domains.map((domain) => (
                <div key={domain.id} className="space-y-2">
                  <p className="font-medium">{domain.hostname}</p>
                  <CloudflareRecordsButton domainId={domain.id} />
                </div>
              ))}
          </div>
        </div>
        <div className="flex gap-3 text-sm leading-6">
          <Globe className="mt-0.5 size-5 shrink-0 text-brand-600" aria-hidden />
          {hasRegistrar ? (
            <div className="min-w-0 flex-1">
              <DomainSearch />
            </div>
          ) : (
            <p className="text-zinc-700 dark:text-zinc-300">{t('registrarOff')}</p>
          )}
        </div>
      </div>
    </Card>
  );
}
