// Searching and buying a domain through the registrar (Namecheap), for the owner. A search shows
// availability and the price per extension; buying checks the price the owner agreed to is still
// the price, records the registration, and, with Cloudflare on, adds the zone to Cloudflare and
// points the domain's name servers there, so "create the records for me" works on it.
import { getEntitlements } from '@/lib/billing/entitlements';
import { planLimitError } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { consume } from '@/lib/rate-limit';
import { findCloudflare } from './providers/cloudflare';
import { findNamecheap, splitDomain } from './registrars/namecheap';
import type { Registrant } from './registrars/registrar';

type Owner = { id: string };

export type SearchResult = { name: string; isAvailable: boolean; isPremium: boolean; priceCents: number | null; currency: string };

// Extensions offered when the owner types a bare name.
const suggestedTlds = ['com', 'net', 'io', 'com.br'];
const SEARCH_LIMIT = { limit: 30, windowMs: 60_000 };

function requireRegistrar() {
  const registrar = findNamecheap();
  if (!registrar) throw new AppError('UNAVAILABLE', 'Domain registration is not configured on this server.');
  return registrar;
}

// "https://www.Padaria.com/" -> "padaria.com"; "Padaria Bela" -> "padariabela".
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '')
    .replace(/\s+/g, '');
}

// Prices change rarely; one lookup per extension and hour spares Namecheap's rate limit.
const priceCache = new Map<string, { at: number; price: { cents: number; currency: string } | null }>();

async function registerPrice(tld: string) {
  const cached = priceCache.get(tld);
  if (cached && Date.now() - cached.at < 3_600_000) return cached.price;
  const price = await requireRegistrar().price(tld, 'register', 1);
  priceCache.set(tld, { at: Date.now(), price });
  return price;
}

export async function searchDomains(user: Owner, query: string): Promise<SearchResult[]> {
  const registrar = requireRegistrar();
  const q = normalizeQuery(query);
  if (!q) throw new AppError('INVALID_INPUT', 'Type a name to search for.');
  const names = q.includes('.') ? [q] : suggestedTlds.map((tld) => `${q}.${tld}`);
  for (const name of names) splitDomain(name);
  if (!(await consume(`domain-search:${user.id}`, SEARCH_LIMIT)))
    throw new AppError('RATE_LIMITED', 'Too many searches in a minute. Wait a moment and search again.');
  const availability = await registrar.check(names);
  return Promise.all(
    availability.map(async (a) => {
      const price = a.isPremium ? { cents: a.premiumPriceCents ?? 0, currency: 'USD' } : await registerPrice(splitDomain(a.name).tld);
      return {
        name: a.name,
        isAvailable: a.isAvailable && price !== null,
        isPremium: a.isPremium,
        priceCents: price?.cents ?? null,
        currency: price?.currency ?? 'USD',
      };
    }),
  );
}

export async function registerDomain(user: Owner, input: { name: string; years: number; registrant: Registrant; expectedPriceCents: number }) {
  const registrar = requireRegistrar();
  const name = normalizeQuery(input.name);
  const { tld } = splitDomain(name);
  // The registrar charges the server's account: only paid plans, which include custom domains, may buy.
  const { plan } = await getEntitlements(user.id);
  if (plan.limits.customDomains === 0) {
    throw planLimitError(`Your ${plan.id} plan does not include custom domains. Upgrade to register one.`, {
      limit: 'customDomains',
      allowed: 0,
      plan: plan.id,
    });
  }
  if (await db.domainRegistration.findUnique({ where: { name }, select: { id: true } })) throw new AppError('CONFLICT', `${name} is already registered here.`);
  const [availability] = await registrar.check([name]);
  if (!availability?.isAvailable) throw new AppError('CONFLICT', `${name} is not available any more.`);
  const yearly = availability.isPremium ? availability.premiumPriceCents : (await registrar.price(tld, 'register', input.years))?.cents;
  if (yearly == null) throw new AppError('INVALID_INPUT', `The extension .${tld} cannot be registered here.`);
  const priceCents = availability.isPremium ? yearly * input.years : yearly;
  if (priceCents !== input.expectedPriceCents) {
    throw new AppError('CONFLICT', `The price of ${name} is now ${(priceCents / 100).toFixed(2)} USD. Check it and confirm again.`, { priceCents });
  }

  // With Cloudflare on, the zone exists before the order, so the domain is delegated to it at once.
  const cloudflare = findCloudflare();
  const zone = cloudflare ? await cloudflare.createZone(name) : null;
  const registration = await registrar.register(name, { years: input.years, registrant: input.registrant, nameservers: zone?.nameservers });
  const saved = await db.$transaction(async (tx) => {
    const row = await tx.domainRegistration.create({
      data: {
        ownerId: user.id,
        name,
        registrar: registrar.id,
        providerOrderId: registration.orderId,
        expiresAt: registration.expiresAt,
        nameservers: zone?.nameservers ?? [],
      },
    });
    if (zone) {
      await tx.dNSZone.upsert({
        where: { ownerId_name: { ownerId: user.id, name } },
        create: { ownerId: user.id, name, provider: 'cloudflare', providerZoneId: zone.id, nameservers: zone.nameservers },
        update: { provider: 'cloudflare', providerZoneId: zone.id, nameservers: zone.nameservers },
      });
    }
    return row;
  });
  logger.info({ userId: user.id, name, orderId: registration.orderId, chargedCents: registration.chargedCents }, 'domain registered');
  return { id: saved.id, name, expiresAt: saved.expiresAt, chargedCents: registration.chargedCents, nameservers: saved.nameservers };
}
