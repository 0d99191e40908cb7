'use client';
// An error from the domains API, in the owner's language: the hostname's problem by its reason,
// the other refusals by their code.
import { useTranslations } from 'next-intl';
import { ApiError } from '@/lib/fetch-json';

const problems = ['EMPTY', 'TOO_LONG', 'INVALID', 'IP_ADDRESS', 'SINGLE_LABEL', 'PUBLIC_SUFFIX', 'RESERVED'] as const;

type Failure = ApiError | { code: string; details?: unknown; message?: string };

export function useDomainErrorMessage(): (error: unknown) => string {
  const t = useTranslations('domains');
  return (error: unknown) => {
    const failure: Failure | null = error instanceof ApiError || (error && typeof error === 'object' && 'code' in error) ? (error as Failure) : null;
    switch (failure?.code) {
      case 'HOSTNAME_INVALID': {
        const reason = (failure.details as { reason?: string } | undefined)?.reason;
        return t(`problem.${problems.find((p) => p === reason) ?? 'INVALID'}`);
      }
      case 'INVALID_INPUT':
        return t('problem.INVALID');
      case 'HOSTNAME_TAKEN':
        return t('error.taken');
      case 'CONFLICT':
        return t('error.duplicate');
      case 'NOT_FOUND':
        return t('error.siteGone');
      case 'PLAN_LIMIT':
        return t('error.planLimit');
      case 'RATE_LIMITED':
        return t('error.rateLimited');
      default:
        return t('error.generic');
    }
  };
}
