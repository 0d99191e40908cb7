// What a build is: a publish, or an export in one of the formats a site can be exported in (its
// static files, a Vite + Vue project or a Next.js project: site-export.ts). No I/O, so the browser's code imports it.
export const exportKinds = ['export-static', 'export-vue', 'export-react'] as const;
export type ExportKind = (typeof exportKinds)[number];
export const buildKinds = ['publish', ...exportKinds] as const;
export type BuildKind = (typeof buildKinds)[number];
