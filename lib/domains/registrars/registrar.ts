// What the app needs from a domain registrar: is a name free and at what price, buy it, renew it,
// and say which name servers and host records it uses. Namecheap (namecheap.ts) is the one
// implementation; without one, owners buy their domain at any registrar.
import { z } from 'zod';

export type Availability = { name: string; isAvailable: boolean; isPremium: boolean; premiumPriceCents: number | null };

export type Price = { cents: number; currency: string; years: number };

// The registrant contact every registrar requires (also used for the admin, tech and billing roles).
export const registrantSchema = z.object({
  firstName: z.string().trim().min(1, 'Enter the first name').max(60),
  lastName: z.string().trim().min(1, 'Enter the last name').max(60),
  address1: z.string().trim().min(1, 'Enter the street address').max(120),
  city: z.string().trim().min(1, 'Enter the city').max(60),
  stateProvince: z.string().trim().min(1, 'Enter the state or province').max(60),
  postalCode: z.string().trim().min(1, 'Enter the postal code').max(20),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'The country is a two-letter code such as BR or US')
    .transform((value) => value.toUpperCase()),
  // Registrars want +<country code>.<number>.
  phone: z
    .string()
    .trim()
    .regex(/^\+\d{1,3}\.\d{4,14}$/, 'The phone looks like +55.4199998888'),
  email: z.email('Enter an email address').max(120),
});
export type Registrant = z.output<typeof registrantSchema>;

export type Registration = { name: string; orderId: string; chargedCents: number; currency: string; expiresAt: Date };

export type HostRecord = {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX' | 'URL' | 'URL301' | 'FRAME' | 'CAA';
  address: string;
  ttl: number;
  mxPref?: number;
};

export interface Registrar {
  readonly id: 'namecheap';
  check(names: string[]): Promise<Availability[]>;
  price(tld: string, action: 'register' | 'renew', years: number): Promise<Price | null>;
  register(name: string, opts: { years: number; registrant: Registrant; nameservers?: string[] }): Promise<Registration>;
  renew(name: string, years: number): Promise<{ orderId: string; chargedCents: number; expiresAt: Date }>;
  expiry(name: string): Promise<Date>;
  getNameservers(name: string): Promise<{ isRegistrarDns: boolean; nameservers: string[] }>;
  setNameservers(name: string, nameservers: string[]): Promise<void>;
  getHosts(name: string): Promise<HostRecord[]>;
  // Replaces every host record of the domain (Namecheap has no per-record call).
  setHosts(name: string, hosts: HostRecord[]): Promise<void>;
}
