// Checks an upload by its content and converts it with sharp: every accepted image becomes WebP
// and AVIF at a few widths (never upscaled), turned upright, with its metadata (EXIF, GPS)
// stripped. Anything else is refused with a message that says why.
import sharp from 'sharp';
import { AppError } from '@/lib/errors';
import { RENDITION_FORMATS, type RenditionFormat } from '@/lib/storage/renditions';
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, RENDITION_WIDTHS, type AcceptedFormat } from './limits';
import { sniffImageFormat } from './sniff';

type SharpMetadata = Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;

export type Rendition = { width: number; height: number; format: RenditionFormat; body: Buffer };
export type ProcessedImage = { format: AcceptedFormat; width: number; height: number; widths: number[]; renditions: Rendition[] };

const ACCEPTED = 'Upload a JPEG, PNG, WebP or AVIF image.';

export function renditionWidths(originalWidth: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= originalWidth);
  const largest = RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1];
  if (originalWidth < largest && !widths.includes(originalWidth)) widths.push(originalWidth);
  return widths;
}

function sharpFormatMatches(format: AcceptedFormat, meta: SharpMetadata): boolean {
  if (format === 'avif') return meta.format === 'heif' && meta.compression === 'av1';
  return meta.format === format;
}

export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', `The file is empty. ${ACCEPTED}`);
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('TOO_LARGE', 'The image is larger than 10 MB. Upload a smaller one.');
  const format = sniffImageFormat(bytes);
  if (format === 'svg') {
    throw new AppError('INVALID_INPUT', `SVG images are not accepted, because they can carry scripts. ${ACCEPTED}`);
  }
  if (format === null || format === 'gif') {
    throw new AppError('INVALID_INPUT', `This file is not a JPEG, PNG, WebP or AVIF image, whatever its name says. ${ACCEPTED}`);
  }
  let meta: SharpMetadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new AppError('INVALID_INPUT', `The image could not be read: the file may be damaged. ${ACCEPTED}`);
  }
  if (!sharpFormatMatches(format, meta) || !meta.width || !meta.height) {
    throw new AppError('INVALID_INPUT', `The image could not be read: the file may be damaged. ${ACCEPTED}`);
  }
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    throw new AppError('INVALID_INPUT', 'The image has too many pixels (more than 40 megapixels). Upload a smaller one.');
  }
  // EXIF orientations 5-8 are rotated a quarter turn: the upright image has its sides swapped.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const widths = renditionWidths(width);
  try {
    const renditions = await Promise.all(
      widths.flatMap((w) =>
        RENDITION_FORMATS.map(async (fmt): Promise<Rendition> => {
          // failOn 'error': a truncated or corrupt file is refused instead of half-decoded.
          const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate().resize({ width: w, withoutEnlargement: true });
          const out = fmt === 'avif' ? pipeline.avif({ quality: 55, effort: 2 }) : pipeline.webp({ quality: 80 });
          const { data, info } = await out.toBuffer({ resolveWithObject: true });
          return { width: info.width, height: info.height, format: fmt, body: data };
        }),
      ),
    );
    return { format, width, height, widths, renditions };
  } catch {
    throw new AppError('INVALID_INPUT', `The image could not be converted: the file may be damaged. ${ACCEPTED}`);
  }
}
