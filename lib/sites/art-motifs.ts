// Generated art in a document: an image whose src is `art:<motif>:<seed>` is drawn, not uploaded
// (lib/render/art.ts draws it). The motifs are plain data, shared by templates, generators and
// the renderer.
export const artMotifs = ['blobs', 'waves', 'arches', 'sunburst', 'hills', 'circles', 'leaves', 'grid', 'stripes', 'terrazzo'] as const;
export type ArtMotif = (typeof artMotifs)[number];

export function parseArtSrc(src: string): { motif: ArtMotif; seed: number } | null {
  const m = src.match(/^art:([a-z-]+):(\d{1,9})$/);
  if (!m || !(artMotifs as readonly string[]).includes(m[1])) return null;
  return { motif: m[1] as ArtMotif, seed: Number(m[2]) };
}
