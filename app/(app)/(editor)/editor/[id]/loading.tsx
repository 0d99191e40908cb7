import { getTranslations } from 'next-intl/server';
import { EditorSkeleton } from '@/components/editor/EditorSkeleton';

export default async function Loading() {
  const t = await getTranslations('editor');
  return <EditorSkeleton label={t('loading')} />;
}
