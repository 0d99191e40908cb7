// Every redirect the site hosts build goes through here, so none can send a visitor elsewhere: a
// request for `/%2Fevil.com/` once answered `Location: //evil.com`, which a browser reads as
// another host. The result is always `/` followed by a character that is neither `/` nor `\`
// (or `/` alone), percent-encoded so that no byte can end the header or start a new one.

// Characters a path may carry as they are (RFC 3986 pchar and '/'); everything else is
// percent-encoded, '%' and '\' included, so a decoded path goes back out meaning the same thing.
const UNSAFE_PATH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu;
// A query keeps its printable ASCII as sent, except what would end the URL ('#') or the header, and '\'.
const UNSAFE_QUERY = /[^\x21-\x22\x24-\x5b\x5d-\x7e]/gu;

function encode(char: string): string {
  return encodeURIComponent(char);
}

// `path` is a decoded path (what the site's files are named by); `search` is the request's raw
// query, with its '?', or ''.
export function sameHostPath(path: string, search = ''): string {
  // A lone surrogate cannot be percent-encoded: it becomes U+FFFD first.
  const encoded = path.toWellFormed().replace(UNSAFE_PATH, encode);
  const location = `/${encoded.replace(/^\/+/, '')}`;
  const query = search.startsWith('?') && search.length > 1 ? search.toWellFormed().replace(UNSAFE_QUERY, encode) : '';
  return location + query;
}
