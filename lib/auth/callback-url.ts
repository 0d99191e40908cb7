// Where sign-in may send the person next: a path on this app only. The path is read as the browser
// will read it (dot segments resolved, backslashes as slashes), and anything that would leave the
// app's origin, including a path that resolves to `//host` (scheme-relative), is refused.
export function safeCallbackPath(raw: string | undefined, appUrl: string): string | null {
  if (!raw || /[\u0000-\u001f]/.test(raw)) return null;
  try {
    const app = new URL(appUrl);
    const url = new URL(raw, app);
    if (url.origin !== app.origin) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // `/.//evil.com` resolves to the path `//evil.com`, which a browser or router takes as a host.
    if (!/^\/(?![/\\])/.test(path)) return null;
    if (url.pathname.startsWith('/sign-in') || url.pathname.startsWith('/api/')) return null;
    // Read again as the browser would: it must still be this app.
    if (new URL(path, app).origin !== app.origin) return null;
    return path;
  } catch {
    return null;
  }
}
