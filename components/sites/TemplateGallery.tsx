// The template gallery: one card per template with a live miniature of its home page (filled in
// for a sample business), its name and description, and the way to start a site from it.
import { ArrowRight, ArrowUpRight } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import type { UiLocale } from '@/lib/i18n/languages';

export type TemplateCard = { id: string; name: string; description: string; samplePrompt: string };

// The page is laid out at four times the card's width and shown at a quarter of its size, so the
// miniature is a desktop view at any card width, with no script to measure it.
const SCALE_CLASS = 'w-[400%] h-[400%] [transform:scale(0.25)]';

export async function TemplateGallery({ templates, language }: { templates: TemplateCard[]; language: UiLocale }) {
  const t = await getTranslations('sites.templates');
  return (
    <>
      <h2 className="sr-only">{t('listTitle', { count: templates.length })}</h2>
      <ul className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
        {templates.map((template) => {
          const previewSrc = `/api/templates/${template.id}/preview?lang=${language}`;
          const titleId = `template-${template.id}-title`;
          return (
            <li
              key={template.id}
              className="flex flex-col overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm transition-shadow hover:shadow-md dark:border-zinc-800 dark:bg-zinc-900"
            >
              {/* A picture of the page, not a place to browse: out of the tab order and the reading order. */}
              <div inert className="relative aspect-[4/3] overflow-hidden border-b border-zinc-200 bg-zinc-100 dark:border-zinc-800 dark:bg-zinc-800">
                <iframe
                  src={previewSrc}
                  title={t('previewTitle', { name: template.name })}
                  loading="lazy"
                  tabIndex={-1}
                  sandbox=""
                  className={`pointer-events-none absolute top-0 left-0 origin-top-left border-0 ${SCALE_CLASS}`}
                />
              </div>
              <div className="flex flex-1 flex-col gap-2 p-4 sm:p-5">
                <h3 id={titleId} className="text-base font-semibold tracking-tight text-zinc-950 dark:text-white">
                  {template.name}
                </h3>
                <p className="text-sm leading-6 text-zinc-600 dark:text-zinc-400">{template.description}</p>
                <p className="text-xs leading-5 text-zinc-500 dark:text-zinc-400">{t('sample', { prompt: template.samplePrompt })}</p>
                <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2 pt-3">
                  <Button asChild size="sm">
                    <Link href={`/dashboard/sites/new?template=${template.id}`} aria-describedby={titleId}>
                      {t('use')}
                      <ArrowRight className="size-4" />
                    </Link>
                  </Button>
                  <a
                    href={previewSrc}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-describedby={titleId}
                    className="inline-flex items-center gap-1 rounded text-sm font-medium text-zinc-600 hover:text-zinc-950 hover:underline dark:text-zinc-400 dark:hover:text-white"
                  >
                    {t('openPreview')}
                    <ArrowUpRight className="size-3.5" />
                    <span className="sr-only">{t('opensInNewTab')}</span>
                  </a>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
