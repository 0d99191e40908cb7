'use client';
// Change the password (or set a first one, for accounts made by magic link or OAuth).
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { changePasswordAction } from '@/lib/auth/account-actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

type Errors = { current?: string; new?: string; form?: string };

export function ChangePasswordForm({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const t = useTranslations('settings.password');
  const common = useTranslations('settings.errors');
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Errors>({});

  // Moving focus to the field in error makes screen readers read its label and the error with it.
  useEffect(() => {
    const name = errors.current ? 'currentPassword' : errors.new ? 'newPassword' : null;
    const field = name ? formRef.current?.elements.namedItem(name) : null;
    if (field instanceof HTMLInputElement) field.focus();
  }, [errors]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      currentPassword: hasPassword ? String(form.get('currentPassword') ?? '') : undefined,
      newPassword: String(form.get('newPassword') ?? ''),
    };
    setErrors({});
    startTransition(async () => {
      const result = await changePasswordAction(input).catch(() => null);
      if (result?.ok) {
        formRef.current?.reset();
        toast({ tone: 'success', title: hasPassword ? t('changed') : t('setDone'), description: hasPassword ? t('changedDescription') : undefined });
        return;
      }
      const error = result?.error;
      if (error?.code === 'INVALID_INPUT' && error.fields) {
        // A zod error: the new password breaks the rule (the current one is only checked for length).
        setErrors(error.fields.newPassword ? { new: t('errors.new') } : { current: t('errors.current') });
      } else if (error?.code === 'INVALID_INPUT') {
        setErrors({ current: t('errors.current') });
      } else {
        setErrors({ form: common('default') });
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {hasPassword && (
        <Input
          label={t('current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          error={errors.current}
          readOnly={isPending}
        />
      )}
      <Input
        label={t('new')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint={t('newHint')}
        error={errors.new}
        readOnly={isPending}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('saving') : hasPassword ? t('submitChange') : t('submitSet')}
        </Button>
      </div>
    </form>
  );
}
