'use client';
// A custom domain's certificate from the built-in ACME client: its status and health, renew now,
// and export as PEM or PKCS#12 under a password the owner chooses. While the certificate is being
// issued the panel asks for its status every few seconds.
import { Download, RefreshCw } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import type { CertificateSummary } from '@/lib/domains/certificates';
import { certificateStatusAction, exportCertificateP12Action, exportCertificatePemAction, renewCertificateAction } from '@/lib/domains/certificate-actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

const POLL_MS = 3000;

function download(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CertificatePanel({ domainId, initial, isAcmeOn }: { domainId: string; initial: CertificateSummary | null; isAcmeOn: boolean }) {
  const t = useTranslations('certificates');
  const format = useFormatter();
  const toast = useToast();
  const [cert, setCert] = useState(initial);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [isRenewing, startRenew] = useTransition();
  const [isExporting, startExport] = useTransition();

  useEffect(() => {
    if (cert?.status !== 'pending') return;
    const timer = setInterval(() => {
      void certificateStatusAction({ domainId })
        .then((result) => result.ok && setCert(result.data))
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [cert?.status, domainId]);

  if (!isAcmeOn) {
    return (
      <Card title={t('title')} headingLevel={3}>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('handledInFront')}</p>
      </Card>
    );
  }

  function renew() {
    startRenew(async () => {
      const result = await renewCertificateAction({ domainId }).catch(() => null);
      if (result?.ok) {
        setCert(result.data);
        toast({ tone: 'success', title: t('renewed') });
      } else {
        toast({ tone: 'error', title: t('renewFailed'), description: result?.ok === false ? result.error.message : undefined });
        void certificateStatusAction({ domainId }).then((next) => next.ok && setCert(next.data));
      }
    });
  }

  function exportPem() {
    startExport(async () => {
      const result = await exportCertificatePemAction({ domainId }).catch(() => null);
      if (result?.ok) download(result.data.filename, new Blob([result.data.pem], { type: 'application/x-pem-file' }));
      else toast({ tone: 'error', title: t('exportFailed') });
    });
  }

  function exportP12(event: React.FormEvent) {
    event.preventDefault();
    if (password.length < 8) {
      setPasswordError(t('passwordTooShort'));
      return;
    }
    setPasswordError(undefined);
    startExport(async () => {
      const result = await exportCertificateP12Action({ domainId, password }).catch(() => null);
      if (result?.ok) {
        const bytes = Uint8Array.from(atob(result.data.base64), (c) => c.charCodeAt(0));
        download(result.data.filename, new Blob([bytes], { type: 'application/x-pkcs12' }));
        setPassword('');
      } else if (result?.ok === false && result.error.code === 'INVALID_INPUT') {
        setPasswordError(result.error.message);
      } else {
        toast({ tone: 'error', title: t('exportFailed') });
      }
    });
  }

  const health = cert?.health;
  const hasCertificate = cert?.status === 'issued' || cert?.status === 'expired';

  return (
    <Card title={t('title')} headingLevel={3}>
      <div className="space-y-4 text-sm">
        <p>
          <span className="font-medium">{t('statusLabel')}</span> <span data-testid="certificate-status">{t(`status.${cert?.status ?? 'none'}`)}</span>
        </p>
        {cert?.status === 'failed' && cert.lastError && (
          <Alert tone="error">
            {t('lastError')} {cert.lastError}
          </Alert>
        )}
        {hasCertificate && cert.notAfter && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-zinc-600 dark:text-zinc-400">{t('covers')}</dt>
            <dd>{cert.hostnames.join(', ')}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">{t('issuer')}</dt>
            <dd>{cert.issuer}</dd>
            <dt className="text-zinc-600 dark:text-zinc-400">{t('validUntil')}</dt>
            <dd>
              {format.dateTime(new Date(cert.notAfter), { dateStyle: 'medium' })}
              {health && ` (${t('daysLeft', { days: health.daysLeft })})`}
            </dd>
          </dl>
        )}
        {health && (
          <div>
            <h4 className="font-medium">{t('health')}</h4>
            {health.problems.length === 0 ? (
              <p className="text-emerald-700 dark:text-emerald-400" data-testid="certificate-health">
                {t('healthy')}
              </p>
            ) : (
              <ul className="list-disc pl-5 text-amber-800 dark:text-amber-300" data-testid="certificate-health">
                {health.problems.map((problem) => (
                  <li key={problem}>{t(`problem.${problem}`, { hostnames: health.uncoveredHostnames.join(', '), days: health.daysLeft })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" size="sm" onClick={renew} disabled={isRenewing || cert?.status === 'pending'}>
            <RefreshCw className="size-3.5" />
            {isRenewing ? t('renewing') : t('renewNow')}
          </Button>
          {hasCertificate && (
            <Button type="button" variant="secondary" size="sm" onClick={exportPem} disabled={isExporting}>
              <Download className="size-3.5" />
              {t('exportPem')}
            </Button>
          )}
        </div>
        {hasCertificate && (
          <form onSubmit={exportP12} className="flex flex-wrap items-end gap-2">
            <Input
              label={t('p12Password')}
              hint={t('p12Hint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={passwordError}
              className="w-64"
            />
            <Button type="submit" variant="secondary" size="sm" disabled={isExporting}>
              <Download className="size-3.5" />
              {t('exportP12')}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
