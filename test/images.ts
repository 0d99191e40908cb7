// Test images made with sharp at test time (no binary fixtures in the repository).
import sharp from 'sharp';

export async function makeImage(format: 'jpeg' | 'png' | 'webp' | 'avif', width = 1200, height = 800, opts: { exif?: boolean } = {}): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 60 } } });
  if (opts.exif) image = image.withExif({ IFD0: { Copyright: 'Secret Owner', Artist: 'Jane Camera' } });
  if (format === 'jpeg') return image.jpeg().toBuffer();
  if (format === 'png') return image.png().toBuffer();
  if (format === 'webp') return image.webp().toBuffer();
  return image.avif({ effort: 0 }).toBuffer();
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// A tiny PNG whose header claims a huge canvas: what a decompression bomb looks like at the door.
export async function makePixelBomb(width = 60_000, height = 60_000): Promise<Buffer> {
  const png = Buffer.from(await makeImage('png', 1, 1));
  // IHDR starts at byte 8: length(4) "IHDR"(4) width(4) height(4) ... crc(4) over type+data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export const svgWithScript = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

export const textFile = Buffer.from('This is a plain text file, whatever its name says.\n'.repeat(20));
