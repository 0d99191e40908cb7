import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { isBuiltMarketingPath, marketingPagePath, varyAlso } from './marketing-paths';

describe('marketingPagePath', () => {
  it('sends the marketing addresses to the page built for the language and visitor', () => {
    expect(marketingPagePath('/', undefined, undefined, 'en')).toBe('/en/guest');
    expect(marketingPagePath('/pricing', undefined, 'pt-BR,pt;q=0.9', 'en')).toBe('/pt-BR/guest/pricing');
    expect(marketingPagePath('/pricing', undefined, 'es-419,es;q=0.9,en;q=0.5', 'en')).toBe('/es/guest/pricing');
    expect(marketingPagePath('/', 'NEXT_LOCALE=es', 'pt-BR', 'en')).toBe('/es/guest');
    expect(marketingPagePath('/legal/terms?from=footer', 'NEXT_LOCALE=pt-BR', 'en-US', 'en')).toBe('/pt-BR/guest/legal/terms?from=footer');
    expect(marketingPagePath('/legal/privacy', 'a=1; next-auth.session-token=abc; NEXT_LOCALE=en', 'pt-BR', 'pt-BR')).toBe('/en/member/legal/privacy');
    // Over HTTPS the cookie has the __Secure- prefix; a large one comes in chunks.
    expect(marketingPagePath('/', '__Secure-next-auth.session-token=abc', undefined, 'pt-BR')).toBe('/pt-BR/member');
    expect(marketingPagePath('/', 'next-auth.session-token.0=abc', undefined, 'en')).toBe('/en/member');
  });

  it('keeps a query string, Next’s own (_rsc) included', () => {
    expect(marketingPagePath('/pricing?_rsc=1x2y', undefined, undefined, 'en')).toBe('/en/guest/pricing?_rsc=1x2y');
  });

  it('takes a saved language only when it is one of ours, and an empty session cookie as none', () => {
    expect(marketingPagePath('/', 'NEXT_LOCALE=fr', 'pt', 'en')).toBe('/pt-BR/guest');
    expect(marketingPagePath('/', 'NEXT_LOCALE=', undefined, 'en')).toBe('/en/guest');
    expect(marketingPagePath('/', 'next-auth.session-token=', undefined, 'en')).toBe('/en/guest');
    expect(marketingPagePath('/', 'xnext-auth.session-token=abc; next-auth.csrf-token=1', undefined, 'en')).toBe('/en/guest');
    expect(marketingPagePath('/', 'next-auth.session-tokenx=abc', undefined, 'en')).toBe('/en/guest');
  });

  it('leaves every other address alone', () => {
    for (const path of ['/dashboard', '/pricing/', '/pricingx', '/legal', '/legal/privacy/x', '/api/health', '/en/guest', '//pricing', '/PRICING', ''])
      expect(marketingPagePath(path, undefined, undefined, 'en')).toBeNull();
  });

  it('never throws and answers a built page or null for any cookie and header (seeded)', () => {
    const random = seededRandom(20261205);
    const alphabet = 'ab=;, \t.-_%\u0000é日NEXT_LOCALEpt-BRnext-auth.session-token__Secure-';
    const noise = () => Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 2_000; i++) {
      const built = marketingPagePath(random() < 0.5 ? '/' : '/pricing', noise(), noise(), 'en');
      expect(built).toMatch(/^\/(en|pt-BR|es)\/(guest|member)(\/pricing)?$/);
    }
  });
});

describe('isBuiltMarketingPath', () => {
  it('recognises a built page asked for by its own path', () => {
    expect(isBuiltMarketingPath('/en/guest')).toBe(true);
    expect(isBuiltMarketingPath('/pt-BR/member/pricing')).toBe(true);
    expect(isBuiltMarketingPath('/en')).toBe(false);
    expect(isBuiltMarketingPath('/es/guest')).toBe(true);
    expect(isBuiltMarketingPath('/fr/guest')).toBe(false);
    expect(isBuiltMarketingPath('/dashboard')).toBe(false);
    expect(isBuiltMarketingPath('/')).toBe(false);
  });
});

describe('varyAlso', () => {
  it('keeps its fields when the header is set again later', async () => {
    const { ServerResponse, IncomingMessage } = await import('node:http');
    const { Socket } = await import('node:net');
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    varyAlso(res, 'Accept-Language, Cookie');
    expect(res.getHeader('vary')).toBe('Accept-Language, Cookie');
    res.setHeader('Vary', 'rsc, Accept-Encoding');
    expect(res.getHeader('vary')).toBe('rsc, Accept-Encoding, Accept-Language, Cookie');
    res.setHeader('X-Other', '1');
    expect(res.getHeader('x-other')).toBe('1');
  });
});
