// Where image bytes live, behind one small interface: PostgreSQL by default (nothing to set up),
// or an S3-compatible bucket when S3_BUCKET is set. Keys look like assets/<id>/<width>.<format>.
import type { S3Client } from '@aws-sdk/client-s3';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type StoredFile = { body: Buffer; contentType: string };

export interface MediaStorage {
  readonly kind: 'database' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(keys: string[]): Promise<void>;
}

export const databaseStorage: MediaStorage = {
  kind: 'database',
  async put(key, body, contentType) {
    await db.storedObject.upsert({
      where: { key },
      create: { key, contentType, body: new Uint8Array(body) },
      update: { contentType, body: new Uint8Array(body) },
    });
  },
  async get(key) {
    const row = await db.storedObject.findUnique({ where: { key } });
    return row ? { body: Buffer.from(row.body), contentType: row.contentType } : null;
  },
  async delete(keys) {
    if (keys.length) await db.storedObject.deleteMany({ where: { key: { in: keys } } });
  },
};

export type S3Settings = { bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string };

export function s3Storage(settings: S3Settings): MediaStorage {
  // The SDK is loaded on first use only: the default (database) storage never pays for it.
  let client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | null = null;
  const connect = () => (client ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, s3: createClient(sdk, settings) })));
  return {
    kind: 's3',
    async put(key, body, contentType) {
      const { s3, sdk } = await connect();
      await s3.send(
        new sdk.PutObjectCommand({
          Bucket: settings.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
    },
    async get(key) {
      const { s3, sdk } = await connect();
      try {
        const res = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key }));
        if (!res.Body) return null;
        return { body: Buffer.from(await res.Body.transformToByteArray()), contentType: res.ContentType ?? 'application/octet-stream' };
      } catch (error) {
        if (error instanceof sdk.NoSuchKey || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async delete(keys) {
      if (!keys.length) return;
      const { s3, sdk } = await connect();
      // One request per key: an asset has a handful, and DeleteObjects needs a Content-MD5 that
      // not every S3-compatible server handles alike.
      await Promise.all(keys.map((Key) => s3.send(new sdk.DeleteObjectCommand({ Bucket: settings.bucket, Key }))));
    },
  };
}

function createClient(sdk: typeof import('@aws-sdk/client-s3'), settings: S3Settings): S3Client {
  return new sdk.S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    // S3-compatible servers (MinIO, Ceph) address buckets by path, not by subdomain.
    forcePathStyle: Boolean(settings.endpoint),
    credentials:
      settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    // Only the checksums S3 requires: several S3-compatible servers reject the newer default ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

let selected: MediaStorage | null = null;

// The storage the settings choose.
export function mediaStorage(): MediaStorage {
  selected ??= env.S3_BUCKET
    ? s3Storage({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      })
    : databaseStorage;
  return selected;
}
