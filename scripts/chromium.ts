// Finds a Chromium for Playwright: PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's, or Playwright's own.
import { existsSync } from 'node:fs';

export function findChromium(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return undefined; // let Playwright use its own downloaded browser, if any
}
