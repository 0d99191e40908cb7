// Who is calling, as far as the request says: client IP and user agent.
// server.ts sets x-forwarded-for from the socket unless TRUST_PROXY is on, so it cannot be spoofed.
// next/headers is loaded when first asked for: this module is also in server.ts's graph (the
// account-delete job reaches it), where importing next/headers before Next starts throws at load.

export type RequestInfo = { ip: string; userAgent: string };

export function requestInfoFrom(h: Headers): RequestInfo {
  const forwarded = h.get('x-forwarded-for') ?? '';
  const ip = forwarded.split(',')[0]?.trim() || h.get('x-real-ip') || '';
  return { ip: ip.slice(0, 64), userAgent: (h.get('user-agent') ?? '').slice(0, 400) };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  try {
    const { headers } = await import('next/headers');
    return requestInfoFrom(await headers());
  } catch {
    return { ip: '', userAgent: '' }; // outside a request (scripts, tests)
  }
}
