// Draws the app's own raster images in public/ from its mark (public/favicon.svg): the touch icon
// and the social card shown when the landing page is shared. Run after changing the mark:
// `npx tsx scripts/build-app-images.ts`.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const mark = readFileSync('public/favicon.svg');

await sharp(mark, { density: 600 }).resize(180, 180).png().toFile('public/apple-touch-icon.png');

// 1200 x 630: the mark and the product's name and promise on the brand's gradient.
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d1147"/><stop offset="1" stop-color="#4328b8"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <g transform="translate(96 120) scale(4)">${mark
    .toString()
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')}</g>
  <text x="96" y="370" font-family="DejaVu Sans, Arial, sans-serif" font-size="88" font-weight="700" fill="#ffffff">Page Magic</text>
  <text x="96" y="450" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" fill="#d9d2ff">One sentence in, a whole website out.</text>
</svg>`;
await sharp(Buffer.from(card)).png({ compressionLevel: 9 }).toFile('public/og.png');
console.log('public/apple-touch-icon.png and public/og.png written');
