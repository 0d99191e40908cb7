// Imported first by server.ts, so that the instrumentations are in place before `http`, `pg` and
// Next are loaded by its other imports (tracing.ts says why this cannot be a top-level await).
import { startTracing } from './tracing';

startTracing();
