// A small client for Namecheap's API, which is XML over HTTPS: every call is a URL with the
// credentials and a Command, answered by <ApiResponse Status="OK|ERROR">. No maintained npm client
// exists (namecheap-api rests on `request` and xml2js 0.4), so this is fetch + fast-xml-parser.
// Namecheap's errors (<Errors><Error Number="...">) become AppErrors.
import { XMLParser } from 'fast-xml-parser';
import { AppError } from '@/lib/errors';

export type NamecheapConfig = { apiUser: string; apiKey: string; username: string; clientIp: string; baseUrl: string; timeoutMs?: number };

// Elements that can repeat, always read as arrays, even when one came back. The parser also asks
// about attributes, which must stay scalars.
const repeating = new Set(['Error', 'Warning', 'DomainCheckResult', 'ProductType', 'ProductCategory', 'Product', 'Price', 'Nameserver', 'host']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  // Namecheap never sends entities we need; refusing them keeps a hostile answer from expanding.
  processEntities: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && repeating.has(name),
});

export type XmlNode = Record<string, unknown>;

type NamecheapErrorEntry = { number: string; message: string };

// Namecheap's error numbers we can name; anything else is an upstream failure with its message.
function errorFor(command: string, entries: NamecheapErrorEntry[]): AppError {
  const first = entries[0] ?? { number: '0', message: 'no message' };
  const said = `${first.message} (Namecheap error ${first.number})`;
  const details = { provider: 'namecheap', command, errors: entries };
  const n = first.number;
  // 1010xxx / 1011xxx / 1017xxx: the API user, key, username or whitelisted IP is wrong: the operator's to fix.
  if (/^10(10|11|17)\d{3}$/.test(n)) {
    return new AppError('UPSTREAM_FAILED', `Namecheap refused our credentials: ${said}. Check the NAMECHEAP_* settings and the whitelisted IP.`, details);
  }
  if (['2019166', '2016166', '4019337'].includes(n)) return new AppError('NOT_FOUND', `Namecheap has no such domain in this account: ${said}`, details);
  if (['3019166', '4019166', '2033407', '3031166'].includes(n)) return new AppError('CONFLICT', `That domain is not available: ${said}`, details);
  if (n === '2528166' || n === '3028166') return new AppError('UPSTREAM_FAILED', `Namecheap could not place the order: ${said}`, details);
  if (/^2(01[0-9]|030)\d{3}$/.test(n)) return new AppError('INVALID_INPUT', `Namecheap refused the request: ${said}`, details);
  if (n === '500000' || /too many requests/i.test(first.message)) return new AppError('RATE_LIMITED', `Namecheap is limiting our requests: ${said}`, details);
  return new AppError('UPSTREAM_FAILED', `Namecheap failed: ${said}`, details);
}

const text = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']);
  return '';
};

// One API call. Reads (check, pricing, getHosts) go as GET; writes as a form POST, which also keeps
// long setHosts lists out of the URL. Answers the <CommandResponse> element.
export async function namecheapCall(
  config: NamecheapConfig,
  command: string,
  params: Record<string, string>,
  method: 'GET' | 'POST' = 'GET',
): Promise<XmlNode> {
  const all = new URLSearchParams({
    ApiUser: config.apiUser,
    ApiKey: config.apiKey,
    UserName: config.username,
    ClientIp: config.clientIp,
    Command: command,
    ...params,
  });
  const url = new URL(config.baseUrl);
  let response: Response;
  try {
    const signal = AbortSignal.timeout(config.timeoutMs ?? 30_000);
    response =
      method === 'GET'
        ? await fetch(`${url.origin}${url.pathname}?${all}`, { signal })
        : await fetch(url, { method: 'POST', body: all, headers: { 'content-type': 'application/x-www-form-urlencoded' }, signal });
  } catch {
    throw new AppError('UPSTREAM_FAILED', `Namecheap did not answer (${command}). Try again in a moment.`);
  }
  const body = await response.text();
  if (response.status === 429) throw new AppError('RATE_LIMITED', 'Namecheap is limiting our requests. Try again in a minute.');
  let doc: XmlNode;
  try {
    doc = parser.parse(body) as XmlNode;
  } catch {
    throw new AppError('UPSTREAM_FAILED', `Namecheap answered something that is not XML (status ${response.status}).`);
  }
  const api = doc.ApiResponse as XmlNode | undefined;
  if (!api) throw new AppError('UPSTREAM_FAILED', `Namecheap answered without an ApiResponse (status ${response.status}).`);
  if (api['@_Status'] !== 'OK') {
    const errors = ((api.Errors as XmlNode | undefined)?.Error as unknown[] | undefined) ?? [];
    throw errorFor(
      command,
      errors.map((e) => ({ number: String((e as XmlNode)['@_Number'] ?? '0'), message: text(e).trim() })),
    );
  }
  const result = api.CommandResponse;
  if (!result || typeof result !== 'object') throw new AppError('UPSTREAM_FAILED', `Namecheap answered ${command} without a result.`);
  return result as XmlNode;
}

export const attr = (node: unknown, name: string): string => String(((node ?? {}) as XmlNode)[`@_${name}`] ?? '');
export const child = (node: unknown, name: string): XmlNode => (((node ?? {}) as XmlNode)[name] ?? {}) as XmlNode;
export const children = (node: unknown, name: string): XmlNode[] => (((node ?? {}) as XmlNode)[name] ?? []) as XmlNode[];
export { text as xmlText };
