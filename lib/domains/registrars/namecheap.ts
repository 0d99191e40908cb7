// The Namecheap registrar: availability, prices, registration, renewal, name servers and host
// records through Namecheap's XML API (namecheap-client.ts). On when NAMECHEAP_API_KEY and
// NAMECHEAP_API_USER are set; NAMECHEAP_BASE_URL points it at the sandbox or a test server.
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isHostname } from '../records';
import { attr, child, children, namecheapCall, xmlText, type NamecheapConfig } from './namecheap-client';
import type { Availability, HostRecord, Price, Registrant, Registrar, Registration } from './registrar';

const LIVE_URL = 'https://api.namecheap.com/xml.response';

let override: NamecheapConfig | null | undefined;

export function namecheapConfig(): NamecheapConfig | null {
  if (override !== undefined) return override;
  if (!env.NAMECHEAP_API_KEY || !env.NAMECHEAP_API_USER) return null;
  return {
    apiUser: env.NAMECHEAP_API_USER,
    apiKey: env.NAMECHEAP_API_KEY,
    username: env.NAMECHEAP_USERNAME ?? env.NAMECHEAP_API_USER,
    clientIp: env.NAMECHEAP_CLIENT_IP ?? '',
    baseUrl: env.NAMECHEAP_BASE_URL ?? LIVE_URL,
  };
}

// For tests only: undefined goes back to the settings, null turns Namecheap off.
export function configureNamecheap(config: NamecheapConfig | null | undefined): void {
  override = config;
}

export function findNamecheap(): NamecheapRegistrar | null {
  const config = namecheapConfig();
  return config ? new NamecheapRegistrar(config) : null;
}

// Suffixes of two labels that Namecheap sells as one TLD (SLD=example, TLD=com.br).
const twoLabelTlds = new Set([
  'co.uk',
  'org.uk',
  'me.uk',
  'com.br',
  'net.br',
  'com.au',
  'net.au',
  'co.nz',
  'com.mx',
  'us.com',
  'uk.com',
  'eu.com',
  'com.co',
  'net.co',
]);

export function splitDomain(name: string): { sld: string; tld: string } {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (!isHostname(lower) || lower.startsWith('_')) throw new AppError('INVALID_INPUT', `${name} is not a domain name.`);
  const labels = lower.split('.');
  const two = labels.slice(-2).join('.');
  const tldLabels = labels.length > 2 && twoLabelTlds.has(two) ? 2 : 1;
  if (labels.length !== tldLabels + 1)
    throw new AppError('INVALID_INPUT', `${name} is not a registrable domain (one name before its extension, such as example.com).`);
  return { sld: labels[0], tld: labels.slice(1).join('.') };
}

// Namecheap's amounts are decimal strings ("10.87"): integer cents, rounded once.
const cents = (value: string) => Math.round(Number(value) * 100);

// Namecheap dates are MM/DD/YYYY.
function usDate(value: string): Date {
  const m = value.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!m) throw new AppError('UPSTREAM_FAILED', `Namecheap answered a date we cannot read (${value}).`);
  return new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])));
}

const contactRoles = ['Registrant', 'Tech', 'Admin', 'AuxBilling'] as const;

function contactParams(contact: Registrant): Record<string, string> {
  const params: Record<string, string> = {};
  for (const role of contactRoles) {
    params[`${role}FirstName`] = contact.firstName;
    params[`${role}LastName`] = contact.lastName;
    params[`${role}Address1`] = contact.address1;
    params[`${role}City`] = contact.city;
    params[`${role}StateProvince`] = contact.stateProvince;
    params[`${role}PostalCode`] = contact.postalCode;
    params[`${role}Country`] = contact.country;
    params[`${role}Phone`] = contact.phone;
    params[`${role}EmailAddress`] = contact.email;
  }
  return params;
}

const hostTypes = new Set<HostRecord['type']>(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'URL', 'URL301', 'FRAME', 'CAA']);

export class NamecheapRegistrar implements Registrar {
  readonly id = 'namecheap' as const;
  constructor(private readonly config: NamecheapConfig) {}

  private call(command: string, params: Record<string, string>, method: 'GET' | 'POST' = 'GET') {
    return namecheapCall(this.config, command, params, method);
  }

  async check(names: string[]): Promise<Availability[]> {
    if (names.length === 0) return [];
    // Namecheap checks at most 50 names per call.
    if (names.length > 50) throw new AppError('INVALID_INPUT', 'Check at most 50 names at once.');
    for (const name of names) splitDomain(name);
    const result = await this.call('namecheap.domains.check', { DomainList: names.join(',') });
    return children(result, 'DomainCheckResult').map((r) => {
      const isPremium = attr(r, 'IsPremiumName') === 'true';
      return {
        name: attr(r, 'Domain').toLowerCase(),
        isAvailable: attr(r, 'Available') === 'true',
        isPremium,
        premiumPriceCents: isPremium ? cents(attr(r, 'PremiumRegistrationPrice')) : null,
      };
    });
  }

  async price(tld: string, action: 'register' | 'renew', years: number): Promise<Price | null> {
    const result = await this.call('namecheap.users.getPricing', { ProductType: 'DOMAIN', ActionName: action.toUpperCase(), ProductName: tld.toUpperCase() });
    const categories = children(child(result, 'UserGetPricingResult'), 'ProductType').flatMap((t) => children(t, 'ProductCategory'));
    const products = categories.filter((c) => attr(c, 'Name').toLowerCase() === action).flatMap((c) => children(c, 'Product'));
    const product = products.find((p) => attr(p, 'Name').toLowerCase() === tld.toLowerCase());
    const price = children(product, 'Price').find((p) => attr(p, 'Duration') === String(years) && attr(p, 'DurationType').toUpperCase() === 'YEAR');
    if (!price) return null;
    // What the account pays (YourPrice) plus the registry's fee (ICANN), as Namecheap charges it.
    const total = cents(attr(price, 'YourPrice') || attr(price, 'Price')) + cents(attr(price, 'YourAdditonalCost') || attr(price, 'AdditionalCost') || '0');
    return { cents: total, currency: attr(price, 'Currency') || 'USD', years };
  }

  async register(name: string, opts: { years: number; registrant: Registrant; nameservers?: string[] }): Promise<Registration> {
    splitDomain(name);
    const params: Record<string, string> = {
      DomainName: name.toLowerCase(),
      Years: String(opts.years),
      AddFreeWhoisguard: 'yes',
      WGEnabled: 'yes',
      ...contactParams(opts.registrant),
    };
    if (opts.nameservers?.length) params.Nameservers = opts.nameservers.join(',');
    const result = child(await this.call('namecheap.domains.create', params, 'POST'), 'DomainCreateResult');
    if (attr(result, 'Registered') !== 'true') throw new AppError('UPSTREAM_FAILED', `Namecheap did not register ${name}.`);
    return {
      name: attr(result, 'Domain').toLowerCase(),
      orderId: attr(result, 'OrderID'),
      chargedCents: cents(attr(result, 'ChargedAmount')),
      currency: 'USD',
      expiresAt: await this.expiry(name),
    };
  }

  async renew(name: string, years: number): Promise<{ orderId: string; chargedCents: number; expiresAt: Date }> {
    splitDomain(name);
    const result = child(await this.call('namecheap.domains.renew', { DomainName: name.toLowerCase(), Years: String(years) }, 'POST'), 'DomainRenewResult');
    if (attr(result, 'Renew') !== 'true') throw new AppError('UPSTREAM_FAILED', `Namecheap did not renew ${name}.`);
    return {
      orderId: attr(result, 'OrderID'),
      chargedCents: cents(attr(result, 'ChargedAmount')),
      expiresAt: usDate(xmlText(child(child(result, 'DomainDetails'), 'ExpiredDate'))),
    };
  }

  async expiry(name: string): Promise<Date> {
    const result = child(await this.call('namecheap.domains.getInfo', { DomainName: name.toLowerCase() }), 'DomainGetInfoResult');
    return usDate(xmlText(child(child(result, 'DomainDetails'), 'ExpiredDate')));
  }

  async getNameservers(name: string): Promise<{ isRegistrarDns: boolean; nameservers: string[] }> {
    const { sld, tld } = splitDomain(name);
    const result = child(await this.call('namecheap.domains.dns.getList', { SLD: sld, TLD: tld }), 'DomainDNSGetListResult');
    return { isRegistrarDns: attr(result, 'IsUsingOurDNS') === 'true', nameservers: children(result, 'Nameserver').map((n) => xmlText(n).toLowerCase()) };
  }

  async setNameservers(name: string, nameservers: string[]): Promise<void> {
    const { sld, tld } = splitDomain(name);
    if (nameservers.length < 2 || nameservers.some((ns) => !isHostname(ns)))
      throw new AppError('INVALID_INPUT', 'Give at least two name servers, as hostnames.');
    const result = child(
      await this.call('namecheap.domains.dns.setCustom', { SLD: sld, TLD: tld, Nameservers: nameservers.join(',') }, 'POST'),
      'DomainDNSSetCustomResult',
    );
    if (attr(result, 'Updated') !== 'true') throw new AppError('UPSTREAM_FAILED', `Namecheap did not change the name servers of ${name}.`);
  }

  async getHosts(name: string): Promise<HostRecord[]> {
    const { sld, tld } = splitDomain(name);
    const result = child(await this.call('namecheap.domains.dns.getHosts', { SLD: sld, TLD: tld }), 'DomainDNSGetHostsResult');
    return children(result, 'host')
      .filter((h) => hostTypes.has(attr(h, 'Type') as HostRecord['type']))
      .map((h) => ({
        name: attr(h, 'Name'),
        type: attr(h, 'Type') as HostRecord['type'],
        address: attr(h, 'Address'),
        ttl: Number(attr(h, 'TTL')) || 1800,
        ...(attr(h, 'Type') === 'MX' ? { mxPref: Number(attr(h, 'MXPref')) || 10 } : {}),
      }));
  }

  async setHosts(name: string, hosts: HostRecord[]): Promise<void> {
    const { sld, tld } = splitDomain(name);
    const params: Record<string, string> = { SLD: sld, TLD: tld };
    hosts.forEach((h, i) => {
      const n = i + 1;
      params[`HostName${n}`] = h.name;
      params[`RecordType${n}`] = h.type;
      params[`Address${n}`] = h.address;
      params[`TTL${n}`] = String(h.ttl);
      if (h.type === 'MX') params[`MXPref${n}`] = String(h.mxPref ?? 10);
    });
    // Mail records only take effect when the domain's email type says so.
    if (hosts.some((h) => h.type === 'MX')) params.EmailType = 'MX';
    const result = child(await this.call('namecheap.domains.dns.setHosts', params, 'POST'), 'DomainDNSSetHostsResult');
    if (attr(result, 'IsSuccess') !== 'true') throw new AppError('UPSTREAM_FAILED', `Namecheap did not save the host records of ${name}.`);
  }

  // Adds or replaces records by name and type, keeping every other record: setHosts replaces the
  // whole list, so the current one is read first.
  async upsertHosts(name: string, hosts: HostRecord[]): Promise<HostRecord[]> {
    const current = await this.getHosts(name);
    const key = (h: HostRecord) => `${h.name.toLowerCase()}|${h.type}`;
    const replaced = new Set(hosts.map(key));
    const next = [...current.filter((h) => !replaced.has(key(h))), ...hosts];
    await this.setHosts(name, next);
    return next;
  }
}
