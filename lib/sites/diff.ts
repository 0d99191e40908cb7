// What changed between two site documents, in words an owner understands: which pages were added,
// removed or changed, and within a page which sections were added, removed, edited or moved.
import type { SiteDocument } from './document';

export type PageChange = {
  path: string;
  title: string;
  status: 'added' | 'removed' | 'changed';
  sections: { added: number; removed: number; edited: number; moved: boolean };
  seo: boolean;
};

export type DocumentDiff = { theme: boolean; business: boolean; app: boolean; pages: PageChange[]; any: boolean };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffDocuments(before: SiteDocument | null, after: SiteDocument): DocumentDiff {
  const pages: PageChange[] = [];
  const beforePages = new Map((before?.pages ?? []).map((p) => [p.id, p]));
  for (const page of after.pages) {
    const old = beforePages.get(page.id);
    beforePages.delete(page.id);
    if (!old) {
      pages.push({
        path: page.path,
        title: page.title,
        status: 'added',
        sections: { added: page.sections.length, removed: 0, edited: 0, moved: false },
        seo: false,
      });
      continue;
    }
    const oldSections = new Map(old.sections.map((s) => [s.id, s]));
    const ids = new Set(page.sections.map((s) => s.id));
    const added = page.sections.filter((s) => !oldSections.has(s.id)).length;
    const removed = old.sections.filter((s) => !ids.has(s.id)).length;
    const edited = page.sections.filter((s) => oldSections.has(s.id) && !same(oldSections.get(s.id), s)).length;
    const kept = page.sections.filter((s) => oldSections.has(s.id)).map((s) => s.id);
    const keptBefore = old.sections.filter((s) => ids.has(s.id)).map((s) => s.id);
    const moved = !same(kept, keptBefore);
    const seo = old.title !== page.title || old.description !== page.description || old.socialImage !== page.socialImage || old.path !== page.path;
    if (added || removed || edited || moved || seo)
      pages.push({ path: page.path, title: page.title, status: 'changed', sections: { added, removed, edited, moved }, seo });
  }
  for (const page of beforePages.values()) {
    pages.push({
      path: page.path,
      title: page.title,
      status: 'removed',
      sections: { added: 0, removed: page.sections.length, edited: 0, moved: false },
      seo: false,
    });
  }
  const theme = before ? !same(before.theme, after.theme) : false;
  const business = before ? !same(before.business, after.business) : false;
  // The installable-app setting (absent and off are the same).
  const app = before ? Boolean(before.app?.installable) !== Boolean(after.app?.installable) : false;
  return { theme, business, app, pages, any: !before || theme || business || app || pages.length > 0 };
}
