// What a build is: a publish, or an export in one of the formats a site can be exported in (its
// static files, a Vite + Vue project, a Next.js project or an Angular project: site-export.ts). No I/O, so the browser's code imports it.
export const exportKinds = ['export-static', 'export-vue', 'export-react', 'export-angular'] as const;
export type ExportKind = (typeof exportKinds)[number];
export const buildKinds = ['publish', ...exportKinds] as const;
export type BuildKind = (typeof buildKinds)[number];
