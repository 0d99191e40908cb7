// Inline SVG illustrations for the dashboard's empty states. Decorative; colours follow light/dark mode.

export function SitesIllustration() {
  return (
    <svg viewBox="0 0 240 160" aria-hidden="true" focusable="false" className="h-36 w-auto sm:h-40">
      {/* back card */}
      <rect x="52" y="18" width="150" height="104" rx="10" className="fill-brand-100 dark:fill-brand-900/60" transform="rotate(-6 127 70)" />
      {/* browser window */}
      <rect x="36" y="28" width="168" height="112" rx="12" className="fill-white stroke-zinc-200 dark:fill-zinc-800 dark:stroke-zinc-700" strokeWidth="1.5" />
      <path d="M36 40a12 12 0 0 1 12-12h144a12 12 0 0 1 12 12v8H36z" className="fill-zinc-100 dark:fill-zinc-700" />
      <circle cx="48" cy="38" r="3" className="fill-zinc-300 dark:fill-zinc-500" />
      <circle cx="58" cy="38" r="3" className="fill-zinc-300 dark:fill-zinc-500" />
      <circle cx="68" cy="38" r="3" className="fill-zinc-300 dark:fill-zinc-500" />
      {/* page content */}
      <rect x="52" y="60" width="72" height="9" rx="4.5" className="fill-zinc-800 dark:fill-zinc-200" />
      <rect x="52" y="75" width="92" height="6" rx="3" className="fill-zinc-200 dark:fill-zinc-600" />
      <rect x="52" y="86" width="80" height="6" rx="3" className="fill-zinc-200 dark:fill-zinc-600" />
      <rect x="52" y="100" width="40" height="12" rx="6" className="fill-brand-600 dark:fill-brand-400" />
      <rect x="148" y="58" width="42" height="56" rx="8" className="fill-orange-200 dark:fill-orange-900/70" />
      <circle cx="169" cy="82" r="12" className="fill-orange-400 dark:fill-orange-600" />
      <rect x="52" y="122" width="40" height="8" rx="4" className="fill-zinc-100 dark:fill-zinc-700" />
      <rect x="100" y="122" width="40" height="8" rx="4" className="fill-zinc-100 dark:fill-zinc-700" />
      <rect x="148" y="122" width="40" height="8" rx="4" className="fill-zinc-100 dark:fill-zinc-700" />
      {/* prompt bubble */}
      <g transform="translate(150 6)">
        <rect width="82" height="30" rx="15" className="fill-brand-600 dark:fill-brand-500" />
        <path d="M20 8.5l1.6 3.9 3.9 1.6-3.9 1.6-1.6 3.9-1.6-3.9-3.9-1.6 3.9-1.6z" fill="white" />
        <rect x="32" y="12" width="38" height="6" rx="3" fill="white" opacity="0.85" />
      </g>
    </svg>
  );
}

export function DomainsIllustration() {
  return (
    <svg viewBox="0 0 240 160" aria-hidden="true" focusable="false" className="h-36 w-auto sm:h-40">
      <circle cx="120" cy="78" r="54" className="fill-brand-50 stroke-brand-200 dark:fill-brand-900/40 dark:stroke-brand-800" strokeWidth="1.5" />
      <g className="stroke-brand-400 dark:stroke-brand-500" strokeWidth="2" fill="none">
        <ellipse cx="120" cy="78" rx="24" ry="54" />
        <path d="M66 78h108M74 50h92M74 106h92" />
      </g>
      <g transform="translate(24 112)">
        <rect width="192" height="36" rx="18" className="fill-white stroke-zinc-200 dark:fill-zinc-800 dark:stroke-zinc-700" strokeWidth="1.5" />
        <circle cx="20" cy="18" r="8" className="fill-emerald-100 dark:fill-emerald-900" />
        <path
          d="M16.5 18l2.5 2.5 4.5-5"
          className="stroke-emerald-600 dark:stroke-emerald-300"
          strokeWidth="2"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <rect x="36" y="14" width="110" height="8" rx="4" className="fill-zinc-300 dark:fill-zinc-600" />
        <rect x="154" y="10" width="28" height="16" rx="8" className="fill-brand-600 dark:fill-brand-400" />
      </g>
    </svg>
  );
}

export function UsageIllustration() {
  return (
    <svg viewBox="0 0 240 160" aria-hidden="true" focusable="false" className="h-36 w-auto sm:h-40">
      <rect x="30" y="20" width="180" height="124" rx="12" className="fill-white stroke-zinc-200 dark:fill-zinc-800 dark:stroke-zinc-700" strokeWidth="1.5" />
      <rect x="46" y="36" width="60" height="8" rx="4" className="fill-zinc-300 dark:fill-zinc-600" />
      <g className="stroke-zinc-100 dark:stroke-zinc-700" strokeWidth="1.5">
        <path d="M46 70h148M46 94h148M46 118h148" />
      </g>
      <rect x="58" y="98" width="16" height="20" rx="4" className="fill-brand-200 dark:fill-brand-800" />
      <rect x="86" y="84" width="16" height="34" rx="4" className="fill-brand-300 dark:fill-brand-700" />
      <rect x="114" y="90" width="16" height="28" rx="4" className="fill-brand-200 dark:fill-brand-800" />
      <rect x="142" y="70" width="16" height="48" rx="4" className="fill-brand-400 dark:fill-brand-600" />
      <rect x="170" y="58" width="16" height="60" rx="4" className="fill-brand-600 dark:fill-brand-400" />
      <path
        d="M66 92l28-14 28 6 28-20 28-12"
        className="stroke-fuchsia-500 dark:stroke-fuchsia-400"
        strokeWidth="2.5"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray="4 5"
      />
    </svg>
  );
}
