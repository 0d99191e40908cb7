// The real publishing engine, loaded by server.ts and the tests (never bundled by Next).
import { renderPageDocument } from '@/lib/render/render-page';
import { buildSite } from './build';
import { registerPublishEngine, type PublishEngine } from './engine';

export const nodePublishEngine: PublishEngine = {
  buildSite,
  renderPreview: (doc, page, opts) => renderPageDocument(doc, page, { mode: 'editor', origin: opts.origin, assets: opts.assets }),
};

registerPublishEngine(nodePublishEngine);
