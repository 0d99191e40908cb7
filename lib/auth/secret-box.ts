// Encrypts small secrets at rest with AES-256-GCM. `seal`/`open` use a key derived from
// NEXTAUTH_SECRET (TOTP seeds); `secretBox(secret, purpose)` gives the same format under another
// secret (certificate keys under DOMAINS_KEY_SECRET), so rotating one secret leaves the other alone.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

export type SecretBox = { seal: (plain: string) => string; open: (sealed: string) => string };

export function secretBox(secret: string, purpose: string): SecretBox {
  const key = createHash('sha256').update(`page-magic:${purpose}:${secret}`).digest();
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unknown sealed format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

// The purpose string keeps the derivation of the TOTP seeds' key exactly as before.
export const { seal, open } = secretBox(env.NEXTAUTH_SECRET, 'secret-box');
