// Chooses the site generator: OpenAI (or any OpenAI-compatible server) when configured, else offline.
import { features } from '@/lib/env';
import { OfflineGenerator } from './offline/generator';
import { OpenAIGenerator } from './openai/generator';
import type { Generator } from './types';

let generator: Generator | null = null;

export function getGenerator(): Generator {
  generator ??= features.openai ? new OpenAIGenerator() : new OfflineGenerator();
  return generator;
}
