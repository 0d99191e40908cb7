// The built-in ACME client (acme-client): one account per CA directory, kept in PostgreSQL, and
// HTTP-01 challenges whose answers live in PostgreSQL too, so whichever app instance the CA reaches
// answers them (server.ts calls answerAcmeChallenge for /.well-known/acme-challenge/ on any host).
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as acme from 'acme-client';
import { secretBox, type SecretBox } from '@/lib/auth/secret-box';
import { db } from '@/lib/db';
import { env, features } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';

export const ACME_CHALLENGE_PATH = '/.well-known/acme-challenge/';

// A CA keeps a pending authorization for days, but an answer is only needed while it validates.
const CHALLENGE_TTL_MS = 60 * 60 * 1000;
// RFC 8555 §8.3: the token is base64url; 16 to 128 characters is far wider than any CA's.
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

let box: SecretBox | undefined;

// Certificate and account keys are sealed under DOMAINS_KEY_SECRET, never stored in the clear.
export function keyBox(): SecretBox {
  if (!env.DOMAINS_KEY_SECRET) throw new AppError('UNAVAILABLE', 'DOMAINS_KEY_SECRET is not set, so certificate keys cannot be stored.');
  box ??= secretBox(env.DOMAINS_KEY_SECRET, 'domains-key');
  return box;
}

let agentSet = false;

// ACME_CA_FILE: an extra CA to trust for the directory's own HTTPS (pebble's in tests). acme-client
// talks through its own axios instance, so the agent is set there, once.
function trustDirectoryCa() {
  if (agentSet) return;
  agentSet = true;
  if (env.ACME_CA_FILE) acme.axios.defaults.httpsAgent = new Agent({ ca: readFileSync(env.ACME_CA_FILE) });
}

type Account = { key: string; url: string | null };

async function storedAccount(directoryUrl: string): Promise<Account> {
  const found = await db.acmeAccount.findUnique({ where: { directoryUrl } });
  if (found) return { key: keyBox().open(found.keyEncrypted), url: found.accountUrl };
  const key = (await acme.crypto.createPrivateEcdsaKey('P-256')).toString();
  // Two instances may race here: the first key stored wins and both use it.
  await db.acmeAccount.createMany({ data: [{ directoryUrl, keyEncrypted: keyBox().seal(key) }], skipDuplicates: true });
  const stored = await db.acmeAccount.findUniqueOrThrow({ where: { directoryUrl } });
  return { key: keyBox().open(stored.keyEncrypted), url: stored.accountUrl };
}

// A client on the stored account, registering it with the CA the first time. Registering a key the
// CA already knows answers 200 with its URL; acme-client then sends an update, which pebble refuses
// when it changes nothing: the URL is known by then, which is all that is needed.
async function accountClient(directoryUrl: string): Promise<acme.Client> {
  const account = await storedAccount(directoryUrl);
  const client = new acme.Client({
    directoryUrl,
    accountKey: account.key,
    accountUrl: account.url ?? undefined,
    // acme-client waits 5 s per pending challenge by default; a CA validates in well under a second.
    backoffMin: 200,
    backoffMax: 2000,
  });
  if (account.url) return client;
  try {
    await client.createAccount({ termsOfServiceAgreed: true, contact: env.ACME_EMAIL ? [`mailto:${env.ACME_EMAIL}`] : undefined });
  } catch (error) {
    // getAccountUrl() throws when the CA gave no account: then the registration itself failed.
    client.getAccountUrl();
    logger.debug({ err: error }, 'ACME account already registered');
  }
  await db.acmeAccount.update({ where: { directoryUrl }, data: { accountUrl: client.getAccountUrl() } });
  return client;
}

export type IssuedPair = { certificatePem: string; keyPem: string };

// Orders a certificate for the hostnames (the first is the common name) and answers their HTTP-01
// challenges. Throws with the CA's reason when an authorization fails.
export async function obtainCertificate(hostnames: string[]): Promise<IssuedPair> {
  if (!features.acme || !env.ACME_DIRECTORY_URL) throw new AppError('UNAVAILABLE', 'The built-in ACME client is off (ACME_DIRECTORY_URL is not set).');
  trustDirectoryCa();
  const directoryUrl = env.ACME_DIRECTORY_URL;
  let client = await accountClient(directoryUrl);
  const certificateKey = await acme.crypto.createPrivateEcdsaKey('P-256');
  const [, csr] = await acme.crypto.createCsr({ commonName: hostnames[0], altNames: hostnames }, certificateKey);
  const tokens: string[] = [];
  const order = (): Promise<string> =>
    client.auto({
      csr,
      termsOfServiceAgreed: true,
      challengePriority: ['http-01'],
      // acme-client would first fetch the challenge itself through the system resolver, which may
      // not see the name yet (and does not in tests); the CA's own validation is the one that counts.
      skipChallengeVerification: true,
      challengeCreateFn: async (authz, challenge, keyAuthorization) => {
        if (challenge.type !== 'http-01') throw new Error(`Unsupported challenge ${challenge.type}`);
        tokens.push(challenge.token);
        await db.acmeChallenge.upsert({
          where: { token: challenge.token },
          create: { token: challenge.token, keyAuthorization, hostname: authz.identifier.value, expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) },
          update: { keyAuthorization, expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) },
        });
      },
      challengeRemoveFn: async (_authz, challenge) => {
        await db.acmeChallenge.deleteMany({ where: { token: challenge.token } });
      },
    });
  try {
    let certificatePem: string;
    try {
      certificatePem = await order();
    } catch (error) {
      // The CA forgot the account (a reset CA, a deactivated account): register again, once.
      if (!/accountDoesNotExist|account.*(does not exist|not found)/i.test(String(error))) throw error;
      await db.acmeAccount.delete({ where: { directoryUrl } });
      client = await accountClient(directoryUrl);
      certificatePem = await order();
    }
    return { certificatePem, keyPem: certificateKey.toString() };
  } finally {
    // acme-client skips challengeRemoveFn when an authorization fails; expired rows go too.
    await db.acmeChallenge.deleteMany({ where: { OR: [{ token: { in: tokens } }, { expiresAt: { lt: new Date() } }] } }).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not remove ACME challenges');
    });
  }
}

export function isAcmeChallengeRequest(url: string | undefined): boolean {
  return Boolean(url?.startsWith(ACME_CHALLENGE_PATH));
}

// GET /.well-known/acme-challenge/<token> on any host: the key authorization as text, or 404.
// A malformed token is answered without a query.
export async function answerAcmeChallenge(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = (req.url ?? '').slice(ACME_CHALLENGE_PATH.length).split('?')[0] ?? '';
  const isRead = req.method === 'GET' || req.method === 'HEAD';
  const found = isRead && TOKEN.test(token) ? await db.acmeChallenge.findFirst({ where: { token, expiresAt: { gt: new Date() } } }) : null;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (!found) {
    res.statusCode = isRead ? 404 : 405;
    res.end(isRead ? 'Not Found' : 'Method Not Allowed');
    return;
  }
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : found.keyAuthorization);
}
