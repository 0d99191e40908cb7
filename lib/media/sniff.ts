// Tells an image's format from its first bytes, never from its name or declared type.
import type { AcceptedFormat } from './limits';

export type SniffedFormat = AcceptedFormat | 'svg' | 'gif' | null;

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);
const ascii = (buf: Uint8Array, from: number, to: number) => String.fromCharCode(...buf.subarray(from, to));

export function sniffImageFormat(buf: Uint8Array): SniffedFormat {
  if (buf.length >= 3 && startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (buf.length >= 8 && startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return 'webp';
  if (buf.length >= 6 && (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a')) return 'gif';
  // ISO-BMFF: [size]["ftyp"][major brand][minor version][compatible brands...]
  if (buf.length >= 16 && ascii(buf, 4, 8) === 'ftyp') {
    const size = Math.min(new DataView(buf.buffer, buf.byteOffset, 4).getUint32(0), buf.length, 64);
    const brands = [ascii(buf, 8, 12)];
    for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(buf, i, i + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
    return null;
  }
  // SVG is XML text: look past a BOM, whitespace, an XML declaration, comments and a doctype.
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(buf.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'svg';
  return null;
}
