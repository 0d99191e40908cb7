// "Start from your site X": the owner's earlier generation whose prompt is most like a new one,
// when it is close enough to be worth offering. Character n-gram vectors offline; OpenAI
// embeddings (cached per text in PostgreSQL) when configured.
import { db } from '@/lib/db';
import { embeddingsEnabled, embedTexts, cosineSimilarity } from './embeddings';
import { cosine, textVector } from './understand/similar';

type Owner = { id: string };
export type SimilarSite = { siteId: string; name: string; prompt: string; similarity: number };

// Below this, prompts share words by chance ("em São Paulo"), not a business.
const NGRAM_THRESHOLD = 0.5;
const EMBEDDING_THRESHOLD = 0.85;

export async function findSimilarSite(user: Owner, prompt: string): Promise<SimilarSite | null> {
  const earlier = await db.generation.findMany({
    where: { userId: user.id, kind: 'site', status: 'succeeded', siteId: { not: null }, site: { ownerId: user.id } },
    select: { prompt: true, siteId: true, site: { select: { name: true } } },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  const bySite = new Map<string, { siteId: string; name: string; prompt: string }>();
  for (const g of earlier) if (g.siteId && g.site && !bySite.has(g.siteId)) bySite.set(g.siteId, { siteId: g.siteId, name: g.site.name, prompt: g.prompt });
  const candidates = [...bySite.values()];
  if (!candidates.length || prompt.trim().length < 8) return null;

  let scored: SimilarSite[];
  if (embeddingsEnabled()) {
    const vectors = await embedTexts([prompt, ...candidates.map((c) => c.prompt)]);
    scored = candidates.map((c, i) => ({ ...c, similarity: cosineSimilarity(vectors[0], vectors[i + 1]) }));
    scored = scored.filter((s) => s.similarity >= EMBEDDING_THRESHOLD);
  } else {
    const v = textVector(prompt);
    scored = candidates.map((c) => ({ ...c, similarity: cosine(v, textVector(c.prompt)) })).filter((s) => s.similarity >= NGRAM_THRESHOLD);
  }
  scored.sort((a, b) => b.similarity - a.similarity);
  return scored[0] ? { ...scored[0], similarity: Number(scored[0].similarity.toFixed(3)) } : null;
}
