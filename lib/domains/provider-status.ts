// Which outside providers are on, for the Domains page: Cloudflare (records, purge) and Namecheap
// (search and registration). Each is off without its keys.
import { findCloudflare } from './providers/cloudflare';
import { findNamecheap } from './registrars/namecheap';

export function providerStatus(): { hasCloudflare: boolean; hasRegistrar: boolean } {
  return { hasCloudflare: findCloudflare() !== null, hasRegistrar: findNamecheap() !== null };
}
