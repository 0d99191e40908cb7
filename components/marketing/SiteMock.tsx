// A picture of a generated site (a terracotta bakery), drawn with HTML, CSS, inline SVG and lucide
// icons only: no images or fonts are fetched. Screen readers get one description instead of the fake page.
import { Check, Lock } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

// The generated site's own palette, which is deliberately not the app's.
const terracotta = {
  cream: '#fbf4ec',
  sand: '#f3e2d0',
  clay: '#b4532a',
  clayDark: '#8a3a1c',
  ink: '#3a2216',
  muted: '#6e4a36',
};

function Loaf() {
  return (
    <svg viewBox="0 0 400 300" preserveAspectRatio="xMidYMid slice" className="h-full w-full" focusable="false">
      <defs>
        <linearGradient id="mock-bg" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#f4d3b5" />
          <stop offset="1" stopColor="#dc8c62" />
        </linearGradient>
        <radialGradient id="mock-loaf" cx="0.45" cy="0.35" r="0.75">
          <stop offset="0" stopColor="#e9b071" />
          <stop offset="0.6" stopColor="#c7773f" />
          <stop offset="1" stopColor="#8f4a22" />
        </radialGradient>
      </defs>
      <rect width="400" height="300" fill="url(#mock-bg)" />
      <circle cx="330" cy="60" r="70" fill="#fff" opacity="0.18" />
      <ellipse cx="200" cy="238" rx="170" ry="46" fill="#8a4a26" />
      <ellipse cx="200" cy="228" rx="170" ry="46" fill="#b06a3c" />
      <ellipse cx="200" cy="226" rx="150" ry="36" fill="#c07a48" />
      <ellipse cx="200" cy="222" rx="118" ry="18" fill="#6d3417" opacity="0.25" />
      <ellipse cx="200" cy="168" rx="124" ry="66" fill="url(#mock-loaf)" />
      <g stroke="#f7dcb0" strokeWidth="7" strokeLinecap="round" fill="none" opacity="0.9">
        <path d="M120 150c14-18 30-28 48-32" />
        <path d="M168 170c14-22 32-34 52-38" />
        <path d="M222 176c12-20 28-32 46-36" />
      </g>
      <g fill="#fff" opacity="0.55">
        <circle cx="150" cy="132" r="2.5" />
        <circle cx="196" cy="122" r="2" />
        <circle cx="250" cy="136" r="2.5" />
        <circle cx="272" cy="158" r="1.8" />
        <circle cx="128" cy="176" r="1.8" />
      </g>
      <g stroke="#8a5a2b" strokeWidth="3" strokeLinecap="round" fill="#e8c27a">
        <path d="M330 240 360 120" fill="none" />
        <ellipse cx="356" cy="128" rx="5" ry="11" transform="rotate(14 356 128)" />
        <ellipse cx="346" cy="150" rx="5" ry="11" transform="rotate(-30 346 150)" />
        <ellipse cx="364" cy="152" rx="5" ry="11" transform="rotate(44 364 152)" />
        <ellipse cx="340" cy="174" rx="5" ry="11" transform="rotate(-30 340 174)" />
        <ellipse cx="358" cy="176" rx="5" ry="11" transform="rotate(44 358 176)" />
      </g>
    </svg>
  );
}

function Product({ kind }: { kind: 1 | 2 | 3 }) {
  const backgrounds = { 1: '#f1d2b6', 2: '#f5dfc0', 3: '#efd9a8' } as const;
  return (
    <svg viewBox="0 0 160 100" className="h-full w-full" focusable="false">
      <rect width="160" height="100" fill={backgrounds[kind]} />
      <ellipse cx="80" cy="82" rx="56" ry="10" fill="#000" opacity="0.08" />
      {kind === 1 && (
        <g>
          <ellipse cx="80" cy="60" rx="50" ry="24" fill="#c47a42" />
          <ellipse cx="76" cy="54" rx="40" ry="14" fill="#d99759" />
          <path d="M52 56c8-8 14-11 22-12M78 58c8-8 14-11 22-12" stroke="#f6d9aa" strokeWidth="4" strokeLinecap="round" fill="none" />
        </g>
      )}
      {kind === 2 && (
        <g stroke="#9c5a26" strokeWidth="1.5">
          <ellipse cx="46" cy="66" rx="14" ry="9" fill="#d8924c" transform="rotate(-35 46 66)" />
          <ellipse cx="114" cy="66" rx="14" ry="9" fill="#d8924c" transform="rotate(35 114 66)" />
          <ellipse cx="62" cy="55" rx="16" ry="14" fill="#e2a35e" />
          <ellipse cx="98" cy="55" rx="16" ry="14" fill="#e2a35e" />
          <ellipse cx="80" cy="50" rx="18" ry="17" fill="#eab56e" />
        </g>
      )}
      {kind === 3 && (
        <g>
          <ellipse cx="80" cy="66" rx="50" ry="18" fill="#d9a441" />
          <rect x="30" y="44" width="100" height="22" fill="#e8bb55" />
          <ellipse cx="80" cy="44" rx="50" ry="16" fill="#f2cf74" />
          <ellipse cx="80" cy="44" rx="13" ry="5" fill="#b9852c" />
          <path d="M44 40c8 6 18 8 24 6M92 46c8 2 18 0 24-6" stroke="#fff6dc" strokeWidth="3" strokeLinecap="round" fill="none" opacity="0.8" />
        </g>
      )}
    </svg>
  );
}

export async function SiteMock() {
  const t = await getTranslations('marketing.home.mock');
  const products = [
    { kind: 1, name: t('site.product1'), price: t('site.price1') },
    { kind: 2, name: t('site.product2'), price: t('site.price2') },
    { kind: 3, name: t('site.product3'), price: t('site.price3') },
  ] as const;
  const sections = [t('ui.sectionHero'), t('ui.sectionMenu'), t('ui.sectionAbout'), t('ui.sectionContact')];
  const swatches = [terracotta.clayDark, terracotta.clay, '#dc8c62', terracotta.sand, terracotta.cream];

  return (
    <div role="img" aria-label={t('label')} className="relative mx-auto max-w-5xl select-none">
      {/* Browser window */}
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl shadow-brand-900/15 ring-1 ring-black/5 sm:rounded-2xl dark:border-zinc-700 dark:shadow-black/50 dark:ring-white/5">
        <div className="flex h-9 items-center gap-3 border-b border-zinc-200 bg-zinc-100 px-3 sm:h-11 sm:px-4 dark:border-zinc-700 dark:bg-zinc-800">
          <div className="flex gap-1.5">
            <span className="size-2.5 rounded-full bg-[#ff5f57] sm:size-3" />
            <span className="size-2.5 rounded-full bg-[#febc2e] sm:size-3" />
            <span className="size-2.5 rounded-full bg-[#28c840] sm:size-3" />
          </div>
          <div className="mx-auto flex h-6 max-w-xs min-w-0 flex-1 items-center justify-center gap-1.5 rounded-md bg-white px-3 text-[11px] text-zinc-600 sm:h-7 sm:text-xs dark:bg-zinc-900 dark:text-zinc-300">
            <Lock className="size-3 shrink-0 text-emerald-600" strokeWidth={2.5} />
            <span className="truncate">{t('site.url')}</span>
          </div>
          <div className="w-10 sm:w-14" />
        </div>

        {/* The generated site */}
        <div style={{ backgroundColor: terracotta.cream, color: terracotta.ink }}>
          <div className="flex items-center justify-between px-4 py-3 sm:px-8 sm:py-4">
            <div className="flex items-center gap-2">
              <span
                className="flex size-6 items-center justify-center rounded-full text-[11px] font-bold text-white sm:size-7"
                style={{ backgroundColor: terracotta.clay }}
              >
                {t('site.brand').charAt(0)}
              </span>
              <span className="font-serif text-sm font-semibold sm:text-base">{t('site.brand')}</span>
            </div>
            <div className="hidden items-center gap-5 text-xs font-medium md:flex" style={{ color: terracotta.muted }}>
              <span style={{ color: terracotta.ink }}>{t('site.navHome')}</span>
              <span>{t('site.navMenu')}</span>
              <span>{t('site.navOrders')}</span>
              <span>{t('site.navContact')}</span>
            </div>
            <span className="rounded-full px-3 py-1 text-[10px] font-semibold text-white sm:text-xs" style={{ backgroundColor: terracotta.clay }}>
              {t('site.navOrders')}
            </span>
          </div>

          <div className="grid items-center gap-5 px-4 pt-3 pb-5 sm:grid-cols-[1.1fr_1fr] sm:gap-8 sm:px-8 sm:pt-6 sm:pb-8">
            <div>
              <p className="text-[10px] font-semibold tracking-[0.14em] uppercase sm:text-xs" style={{ color: terracotta.clay }}>
                {t('site.kicker')}
              </p>
              <p className="mt-2 font-serif text-xl leading-tight font-semibold text-balance sm:mt-3 sm:text-3xl lg:text-4xl">{t('site.title')}</p>
              <p className="mt-2 max-w-sm text-xs leading-5 sm:mt-3 sm:text-sm sm:leading-6" style={{ color: terracotta.muted }}>
                {t('site.body')}
              </p>
              <div className="mt-4 flex flex-wrap gap-2 sm:mt-5">
                <span
                  className="rounded-full px-3.5 py-1.5 text-[11px] font-semibold text-white shadow-sm sm:px-4 sm:py-2 sm:text-xs"
                  style={{ backgroundColor: terracotta.clay }}
                >
                  {t('site.cta')}
                </span>
                <span
                  className="rounded-full border px-3.5 py-1.5 text-[11px] font-semibold sm:px-4 sm:py-2 sm:text-xs"
                  style={{ borderColor: terracotta.clay, color: terracotta.clayDark }}
                >
                  {t('site.secondary')}
                </span>
              </div>
            </div>
            <div className="aspect-[16/9] overflow-hidden rounded-xl shadow-md sm:aspect-[4/3] sm:rounded-2xl">
              <Loaf />
            </div>
          </div>

          <div className="grid grid-cols-3 gap-2 px-4 pb-4 sm:gap-4 sm:px-8 sm:pb-8">
            {products.map((product) => (
              <div
                key={product.kind}
                className="overflow-hidden rounded-lg bg-white shadow-sm sm:rounded-xl"
                style={{ boxShadow: `0 1px 0 ${terracotta.sand}` }}
              >
                <div className="aspect-[16/10]">
                  <Product kind={product.kind} />
                </div>
                <div className="flex flex-col gap-0.5 px-2 py-1.5 sm:flex-row sm:items-center sm:justify-between sm:px-3 sm:py-2.5">
                  <span className="truncate text-[10px] font-semibold sm:text-sm">{product.name}</span>
                  <span className="text-[10px] font-semibold sm:text-sm" style={{ color: terracotta.clay }}>
                    {product.price}
                  </span>
                </div>
              </div>
            ))}
          </div>
        </div>
      </div>

      {/* Editor panel floating over the preview */}
      <div className="absolute top-24 -right-6 hidden w-56 rounded-xl border border-zinc-200 bg-white/95 p-4 text-zinc-900 shadow-xl shadow-zinc-900/10 backdrop-blur lg:block xl:-right-14 dark:border-zinc-700 dark:bg-zinc-900/95 dark:text-zinc-100 dark:shadow-black/40">
        <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{t('ui.theme')}</p>
        <div className="mt-2 flex items-center gap-1.5">
          {swatches.map((colour) => (
            <span key={colour} className="size-6 rounded-full ring-1 ring-black/10" style={{ backgroundColor: colour }} />
          ))}
        </div>
        <p className="mt-2 text-xs font-medium">{t('ui.palette')}</p>
        <div className="my-3 h-px bg-zinc-200 dark:bg-zinc-700" />
        <p className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{t('ui.sections')}</p>
        <ul className="mt-2 space-y-1.5">
          {sections.map((section, index) => (
            <li
              key={section}
              className={
                index === 0
                  ? 'flex items-center gap-2 rounded-md bg-brand-50 px-2 py-1.5 text-xs font-medium text-brand-800 ring-1 ring-brand-300 dark:bg-brand-900/50 dark:text-brand-100 dark:ring-brand-700'
                  : 'flex items-center gap-2 rounded-md px-2 py-1.5 text-xs text-zinc-700 dark:text-zinc-300'
              }
            >
              <span className="grid grid-cols-2 gap-0.5 opacity-50">
                {[0, 1, 2, 3, 4, 5].map((dot) => (
                  <span key={dot} className="size-[3px] rounded-full bg-current" />
                ))}
              </span>
              {section}
            </li>
          ))}
        </ul>
      </div>

      {/* Published chip */}
      <div className="absolute -bottom-5 left-4 hidden items-center gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 shadow-lg shadow-zinc-900/10 sm:flex lg:-left-8 dark:border-zinc-700 dark:bg-zinc-900 dark:shadow-black/40">
        <span className="flex size-8 items-center justify-center rounded-full bg-emerald-100 text-emerald-700 dark:bg-emerald-900/60 dark:text-emerald-300">
          <Check className="size-5 shrink-0" strokeWidth={1.75} />
        </span>
        <span className="flex flex-col">
          <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{t('ui.published')}</span>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{t('ui.pages')}</span>
        </span>
      </div>
    </div>
  );
}
