// What the New site screen shows as the owner types: what the prompt was understood to say
// (name, kind, place, language, colours), for the owner to correct before anything is written,
// and an earlier site of theirs that a new prompt is close to.
import { z } from 'zod';
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import { siteLanguageSchema } from '@/lib/i18n/schemas';
import { findPalette } from '@/lib/sites/theme-options';
import { findKind, loadKinds } from './catalogue/load';
import { embeddingsEnabled, embedTexts, cosineSimilarity } from './embeddings';
import { findSimilarSite, type SimilarSite } from './similar-sites';
import { understandPrompt } from './understand/understand';

type Owner = { id: string };

export const promptReadingRequestSchema = z.object({
  prompt: z.string().max(1000, 'Keep the description under 1,000 characters.'),
  // The language of the owner's screen: kind labels come in it, and it breaks a tie in the prompt's language.
  locale: siteLanguageSchema.optional(),
});

export type PromptReading = {
  name: string | null;
  kind: { id: string; label: string } | null;
  kindAlternatives: Array<{ id: string; label: string }>;
  place: string | null;
  language: SiteLanguage;
  // The prompt's own language when sites are not written in it ("fr"); the site uses `language`.
  foreignLanguage: string | null;
  paletteId: string | null;
  offers: string[];
  similarSite: SimilarSite | null;
};

const kindLabel = (id: string, locale: SiteLanguage) => findKind(id)?.locales[locale].label ?? id;

// The kind whose catalogue words are nearest in the embeddings' space, when no word matched.
export async function nearestKindByEmbedding(text: string, api?: Parameters<typeof embedTexts>[2]): Promise<string | null> {
  const kinds = loadKinds();
  const docs = kinds.map((k) => siteLanguages.map((language) => [k.locales[language].label, ...k.locales[language].terms].join(', ')).join('; '));
  const [v, ...kindVectors] = await embedTexts([text, ...docs], undefined, api);
  let best = { id: '', similarity: 0 };
  kindVectors.forEach((kv, i) => {
    const similarity = cosineSimilarity(v, kv);
    if (similarity > best.similarity) best = { id: kinds[i].id, similarity };
  });
  return best.id && best.similarity >= 0.3 ? best.id : null;
}

export async function readPrompt(user: Owner, input: unknown): Promise<PromptReading> {
  const { prompt, locale = 'en' } = promptReadingRequestSchema.parse(input);
  const u = understandPrompt(prompt, { hint: locale });
  let kindId = u.kindId;
  if (u.kindVia !== 'terms' && embeddingsEnabled() && prompt.trim().length >= 3) kindId = (await nearestKindByEmbedding(prompt).catch(() => null)) ?? kindId;
  return {
    name: u.name,
    kind: kindId ? { id: kindId, label: kindLabel(kindId, locale) } : null,
    kindAlternatives: u.alternatives.filter((id) => id !== kindId).map((id) => ({ id, label: kindLabel(id, locale) })),
    place: u.place?.label ?? null,
    language: u.language,
    foreignLanguage: u.foreignLanguage ?? null,
    paletteId: u.paletteHints.find((id) => findPalette(id)) ?? null,
    offers: u.offers,
    similarSite: await findSimilarSite(user, prompt),
  };
}
