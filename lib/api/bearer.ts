// `Authorization: Bearer <key>`: the key, or undefined when the header has another shape.
const bearer = /^Bearer +(\S+) *$/i;

export function bearerToken(header: string): string | undefined {
  return bearer.exec(header)?.[1];
}
