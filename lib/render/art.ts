// Generated imagery: abstract SVG art in the theme's colours, made from a motif and a seed,
// deterministic and needing no network. Small enough to ship as a file per image.
import type { ArtMotif } from '@/lib/sites/art-motifs';
import type { Palette } from '@/lib/sites/theme';
import { seededRandom } from '@/lib/random';

const r1 = (n: number) => Math.round(n * 10) / 10;

export function artSvg(motif: ArtMotif, seed: number, palette: Palette, width = 800, height = 600): string {
  const rnd = seededRandom(seed * 7919 + motif.length);
  const colours = [palette.primary, palette.accent, palette.surface, palette.muted];
  const pick = () => colours[Math.floor(rnd() * colours.length)];
  const shapes: string[] = [];
  const w = width;
  const h = height;
  switch (motif) {
    case 'blobs':
      for (let i = 0; i < 5; i++) {
        const cx = rnd() * w,
          cy = rnd() * h,
          r = (0.15 + rnd() * 0.3) * Math.min(w, h);
        shapes.push(
          `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(r)}" ry="${r1(r * (0.6 + rnd() * 0.5))}" fill="${pick()}" opacity="${r1(0.55 + rnd() * 0.4)}" transform="rotate(${Math.round(rnd() * 180)} ${r1(cx)} ${r1(cy)})"/>`,
        );
      }
      break;
    case 'waves':
      for (let i = 0; i < 5; i++) {
        const y = h * (0.3 + i * 0.15),
          a = 20 + rnd() * 50,
          p = 0.5 + rnd();
        shapes.push(
          `<path d="M0 ${r1(y)} C ${r1(w * 0.25)} ${r1(y - a)}, ${r1(w * 0.5 * p)} ${r1(y + a)}, ${w} ${r1(y - a / 2)} L ${w} ${h} L 0 ${h} Z" fill="${colours[i % 2 ? 1 : 0]}" opacity="${r1(0.35 + i * 0.12)}"/>`,
        );
      }
      break;
    case 'arches':
      for (let i = 0; i < 4; i++) {
        const cx = w * (0.2 + i * 0.2),
          r = h * (0.25 + rnd() * 0.2);
        shapes.push(
          `<path d="M${r1(cx - r / 2)} ${h} V ${r1(h - r)} A ${r1(r / 2)} ${r1(r / 2)} 0 0 1 ${r1(cx + r / 2)} ${r1(h - r)} V ${h} Z" fill="${colours[i % colours.length]}"/>`,
        );
      }
      break;
    case 'sunburst': {
      const cx = w / 2,
        cy = h * 0.95;
      for (let i = 0; i < 12; i++) {
        const a0 = Math.PI + (i / 12) * Math.PI,
          a1 = a0 + Math.PI / 24,
          R = Math.max(w, h);
        shapes.push(
          `<path d="M${cx} ${r1(cy)} L ${r1(cx + R * Math.cos(a0))} ${r1(cy + R * Math.sin(a0))} L ${r1(cx + R * Math.cos(a1))} ${r1(cy + R * Math.sin(a1))} Z" fill="${palette.accent}" opacity="0.5"/>`,
        );
      }
      shapes.push(`<circle cx="${cx}" cy="${r1(cy)}" r="${r1(h * 0.3)}" fill="${palette.primary}"/>`);
      break;
    }
    case 'hills':
      for (let i = 0; i < 4; i++) {
        const y = h * (0.45 + i * 0.14);
        shapes.push(
          `<path d="M0 ${r1(y)} Q ${r1(w * (0.2 + rnd() * 0.3))} ${r1(y - 60 - rnd() * 80)} ${r1(w * 0.6)} ${r1(y)} T ${w} ${r1(y - 20)} V ${h} H 0 Z" fill="${colours[i % colours.length]}" opacity="${r1(0.6 + i * 0.1)}"/>`,
        );
      }
      shapes.push(`<circle cx="${r1(w * (0.65 + rnd() * 0.2))}" cy="${r1(h * 0.25)}" r="${r1(h * 0.09)}" fill="${palette.accent}"/>`);
      break;
    case 'circles':
      for (let i = 0; i < 9; i++) {
        shapes.push(
          `<circle cx="${r1(rnd() * w)}" cy="${r1(rnd() * h)}" r="${r1(20 + rnd() * Math.min(w, h) * 0.22)}" fill="none" stroke="${pick()}" stroke-width="${r1(6 + rnd() * 18)}" opacity="0.8"/>`,
        );
      }
      break;
    case 'leaves':
      for (let i = 0; i < 8; i++) {
        const x = rnd() * w,
          y = rnd() * h,
          s = 60 + rnd() * 120,
          rot = Math.round(rnd() * 360);
        shapes.push(
          `<path d="M0 0 C ${r1(s * 0.5)} ${r1(-s * 0.4)}, ${r1(s)} 0, ${r1(s)} 0 C ${r1(s)} 0, ${r1(s * 0.5)} ${r1(s * 0.4)}, 0 0 Z" fill="${i % 2 ? palette.primary : palette.accent}" opacity="0.85" transform="translate(${r1(x)} ${r1(y)}) rotate(${rot})"/>`,
        );
      }
      break;
    case 'grid': {
      const n = 6,
        cw = w / n,
        ch = h / 4;
      for (let x = 0; x < n; x++)
        for (let y = 0; y < 4; y++) {
          const v = rnd();
          if (v < 0.35)
            shapes.push(`<rect x="${r1(x * cw + 6)}" y="${r1(y * ch + 6)}" width="${r1(cw - 12)}" height="${r1(ch - 12)}" rx="10" fill="${pick()}"/>`);
          else if (v < 0.6)
            shapes.push(`<circle cx="${r1(x * cw + cw / 2)}" cy="${r1(y * ch + ch / 2)}" r="${r1(Math.min(cw, ch) / 2 - 8)}" fill="${pick()}"/>`);
        }
      break;
    }
    case 'stripes':
      for (let i = 0; i < 10; i++) {
        shapes.push(
          `<rect x="${r1(-w * 0.2 + i * w * 0.16)}" y="${-h}" width="${r1(w * 0.06 + rnd() * w * 0.05)}" height="${h * 3}" fill="${pick()}" transform="rotate(${25} ${w / 2} ${h / 2})"/>`,
        );
      }
      break;
    case 'terrazzo':
      for (let i = 0; i < 40; i++) {
        const x = rnd() * w,
          y = rnd() * h,
          s = 6 + rnd() * 26;
        shapes.push(`<path d="M${r1(x)} ${r1(y)} l ${r1(s)} ${r1(s * 0.3)} l ${r1(-s * 0.4)} ${r1(s * 0.8)} Z" fill="${pick()}"/>`);
      }
      break;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${palette.surface}"/>${shapes.join('')}</svg>`;
}
