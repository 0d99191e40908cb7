// Chooses the site generator: OpenAI (or any OpenAI-compatible server) when configured, else offline.
import { OfflineGenerator } from './offline/generator';
import type { Generator } from './types';

let offline: OfflineGenerator | null = null;

export function getGenerator(): Generator {
  offline ??= new OfflineGenerator();
  return offline;
}
