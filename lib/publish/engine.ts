// The publishing engine (static HTML rendering and building) runs outside Next's bundle: Next
// refuses react-dom/server in its server graph, and published pages must be rendered with the
// ordinary React build. server.ts (and the test setup) register the real engine at start
// (lib/publish/engine-node.ts); code inside Next reaches it only through this module.
import type { AssetMap } from '@/lib/media/files';
import type { Page, SiteDocument } from '@/lib/sites/document';
import type { BuildStepReport, BuiltFile } from './build';

export type PublishEngine = {
  buildSite: (doc: SiteDocument, opts: { origin: string; showBadge?: boolean; assets?: AssetMap; onStep?: BuildStepReport }) => Promise<BuiltFile[]>;
  renderPreview: (doc: SiteDocument, page: Page, opts: { origin: string; assets?: AssetMap }) => Promise<string>;
};

const KEY = Symbol.for('page-magic.publish-engine');
const holder = globalThis as unknown as Record<symbol, PublishEngine | undefined>;

export function registerPublishEngine(engine: PublishEngine) {
  holder[KEY] = engine;
}

export function publishEngine(): PublishEngine {
  const engine = holder[KEY];
  if (!engine) throw new Error('The publishing engine is not loaded: start the app through server.ts (npm start).');
  return engine;
}
