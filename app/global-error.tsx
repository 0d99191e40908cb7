'use client';
// Last-resort error page when the root layout itself fails: no providers, no stylesheet, so it
// carries its own words (English, Portuguese and Spanish) and inline styles.
import { useSyncExternalStore } from 'react';
import { isUiLocale, type UiLocale } from '@/lib/i18n/languages';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';

const copy: Record<UiLocale, { title: string; body: string; retry: string; home: string }> = {
  en: {
    title: 'Something went wrong',
    body: 'Page Magic could not load. This is usually temporary. Try again in a moment.',
    retry: 'Try again',
    home: 'Back to home',
  },
  'pt-BR': {
    title: 'Algo deu errado',
    body: 'Não foi possível carregar o Page Magic. Normalmente é passageiro. Tente de novo em instantes.',
    retry: 'Tentar de novo',
    home: 'Voltar ao início',
  },
  es: {
    title: 'Algo salió mal',
    body: 'No se pudo cargar Page Magic. Suele ser algo temporal. Inténtalo de nuevo en un momento.',
    retry: 'Intentar de nuevo',
    home: 'Volver al inicio',
  },
};

function detectLanguage(): UiLocale {
  const saved = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(document.cookie)?.[1];
  return isUiLocale(saved) ? saved : negotiateLocale(navigator.language, 'en');
}

const subscribe = () => () => {};

export default function GlobalError({ reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  const lang = useSyncExternalStore(subscribe, detectLanguage, (): UiLocale => 'en');
  const text = copy[lang];
  return (
    <html lang={lang}>
      <head>
        <title>{text.title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>{`
          :root { color-scheme: light dark; }
          body { margin: 0; min-height: 100dvh; display: grid; place-items: center; padding: 1rem; box-sizing: border-box;
            font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; background: #fff; color: #18181b; }
          main { max-width: 28rem; text-align: center; }
          h1 { font-size: 1.75rem; line-height: 1.2; margin: 0; letter-spacing: -0.01em; }
          p { margin: 1rem 0 0; line-height: 1.6; color: #52525b; }
          .actions { margin-top: 2rem; display: flex; gap: 0.75rem; justify-content: center; flex-wrap: wrap; }
          button, a { font: inherit; font-size: 0.95rem; font-weight: 600; border-radius: 0.6rem; padding: 0.7rem 1.25rem; cursor: pointer; text-decoration: none; }
          button { border: 0; background: #5b3fd1; color: #fff; }
          button:hover { background: #4a31b3; }
          a { border: 1px solid #d4d4d8; color: #18181b; background: #fff; }
          :focus-visible { outline: 2px solid #7c5cff; outline-offset: 2px; }
          @media (prefers-color-scheme: dark) {
            body { background: #09090b; color: #f4f4f5; }
            p { color: #a1a1aa; }
            a { background: #18181b; color: #f4f4f5; border-color: #3f3f46; }
          }
        `}</style>
      </head>
      <body>
        <main>
          <h1>{text.title}</h1>
          <p>{text.body}</p>
          <div className="actions">
            <button type="button" onClick={() => (retry ?? reset)()}>
              {text.retry}
            </button>
            {/* A full page load on purpose: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{text.home}</a>
          </div>
        </main>
      </body>
    </html>
  );
}
