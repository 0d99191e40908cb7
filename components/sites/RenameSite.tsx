'use client';
// The site's name, as the owner sees it in the dashboard (the address does not change).
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { renameAction } from '@/lib/sites/actions';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

export function RenameSite({ siteId, name }: { siteId: string; name: string }) {
  const t = useTranslations('sites.site.rename');
  const toast = useToast();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();
  const clean = value.trim();
  const isChanged = clean !== name;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!clean) {
      setError(t('required'));
      return;
    }
    setError(undefined);
    startTransition(async () => {
      const result = await renameAction({ siteId, name: clean }).catch(() => null);
      if (result?.ok) toast({ tone: 'success', title: t('saved') });
      else setError(t('failed'));
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Input label={t('label')} hint={t('hint')} name="name" maxLength={100} value={value} error={error} onChange={(event) => setValue(event.target.value)} />
      </div>
      <Button type="submit" variant="secondary" disabled={!isChanged || isPending} className="sm:mt-7">
        {isPending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
