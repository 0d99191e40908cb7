// Reads one file from a multipart/form-data request without holding more than the limit: a body
// that declares or turns out to be larger is refused as soon as that is known.
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_BYTES } from './limits';

const tooLarge = () => new AppError('TOO_LARGE', 'The image is larger than 10 MB. Upload a smaller one.');

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function readUploadedFile(req: Request): Promise<{ name: string; bytes: Buffer; alt: string }> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('BAD_REQUEST', 'Send the image as multipart/form-data, in a field named "file".');
  }
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BODY_BYTES) throw tooLarge();
  const raw = await readCapped(req.body, MAX_UPLOAD_BODY_BYTES);
  let form: FormData;
  try {
    form = await new Response(new Blob([raw as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The upload could not be read as multipart/form-data.');
  }
  const file = form.get('file');
  if (!file || typeof file === 'string') throw new AppError('INVALID_INPUT', 'Choose an image file to upload (field "file").');
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const alt = form.get('alt');
  return { name: file.name ?? '', bytes: Buffer.from(await file.arrayBuffer()), alt: typeof alt === 'string' ? alt : '' };
}
