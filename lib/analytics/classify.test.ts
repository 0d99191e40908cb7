import { describe, expect, it } from 'vitest';
import { countryCode, deviceClass, isBot, memoize, referrerHost, requestHostname } from './classify';

// Real user agents, as browsers and crawlers send them.
const desktop = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
];
const mobile = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.37.108;FBBV/612345678]',
  'Opera/9.80 (J2ME/MIDP; Opera Mini/5.1.21214/28.2725; U; ru) Presto/2.8.119 Version/11.10',
  'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
];
const tablet = [
  'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/131.3.1 like Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Android 14; Tablet; rv:133.0) Gecko/133.0 Firefox/133.0',
];
const bots = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
  'curl/8.5.0',
  'Wget/1.21.4',
  'python-requests/2.32.3',
  'Go-http-client/1.1',
  'okhttp/4.12.0',
  'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
  'Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
];

describe('isBot', () => {
  it('passes browsers, Cubot phones included', () => {
    for (const ua of [...desktop, ...mobile, ...tablet]) expect(isBot(ua), ua).toBe(false);
  });
  it('catches crawlers, previewers, headless browsers, monitors and HTTP clients', () => {
    for (const ua of bots) expect(isBot(ua), ua).toBe(true);
  });
  it('treats a missing or tiny user agent as automated', () => {
    expect(isBot(undefined)).toBe(true);
    expect(isBot('')).toBe(true);
    expect(isBot('Mozilla')).toBe(true);
  });
});

describe('deviceClass', () => {
  it('tells desktop, mobile and tablet apart', () => {
    for (const ua of desktop) expect(deviceClass(ua), ua).toBe('desktop');
    for (const ua of mobile) expect(deviceClass(ua), ua).toBe('mobile');
    for (const ua of tablet) expect(deviceClass(ua), ua).toBe('tablet');
  });
});

describe('referrerHost', () => {
  const own = 'padaria.localhost';
  it('keeps the host of an http(s) referrer, lower case, without www., port, user or path', () => {
    expect(referrerHost('https://www.Google.com/search?q=p%C3%A3o', own)).toBe('google.com');
    expect(referrerHost('http://news.ycombinator.com:8080/item?id=1', own)).toBe('news.ycombinator.com');
    expect(referrerHost('HTTPS://L.FACEBOOK.COM/', own)).toBe('l.facebook.com');
    expect(referrerHost('https://site.example./page', own)).toBe('site.example');
    expect(referrerHost('https://xn--bcher-kva.example/', own)).toBe('xn--bcher-kva.example');
    expect(referrerHost('https://127.0.0.1/', own)).toBe('127.0.0.1');
    expect(referrerHost('https://t.co', own)).toBe('t.co');
  });
  it('takes the real host when user info tries to hide it', () => {
    expect(referrerHost('https://user:pass@evil.example/path', own)).toBe('evil.example');
    expect(referrerHost('https://google.com@evil.example/', own)).toBe('evil.example');
    expect(referrerHost('https://google.com%2f@evil.example/', own)).toBe('evil.example');
    expect(referrerHost('https://evil.example\\@google.com/', own)).toBe('evil.example');
  });
  it('ignores the site itself (moving between its pages)', () => {
    expect(referrerHost('http://padaria.localhost:3000/sobre', own)).toBe('');
  });
  it('gives nothing for hostile or malformed referrers', () => {
    for (const bad of [
      undefined,
      '',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'android-app://com.google.android.gm/',
      'ftp://files.example/',
      'https://',
      'https:///path',
      'https://exa mple.com/',
      'https://<script>.com/',
      'https://bücher.example/',
      'https://-bad-.example/',
      'https://a..b/',
      'https://example.com:99999999/',
      'https://example.com:port/',
      'https://[::1]:3000/',
      'https://a.com\r\nSet-Cookie: x=1',
      `https://${'a'.repeat(64)}.com/`,
      `https://${'abc.'.repeat(70)}com/`,
      `https://example.com/${'x'.repeat(5000)}`,
      'x'.repeat(100_000),
    ]) {
      expect(referrerHost(bad, own), String(bad).slice(0, 80)).toBe('');
    }
  });
});

describe('countryCode', () => {
  it('keeps a two-letter code from CF-IPCountry, upper case', () => {
    expect(countryCode('BR')).toBe('BR');
    expect(countryCode('pt')).toBe('PT');
  });
  it('gives nothing for unknown, Tor, missing or malformed values', () => {
    for (const bad of [undefined, '', 'XX', 'T1', 'BRA', 'B', '1A', 'B1', '--', 'ÉU', ['BR', 'US'], 'B\n']) {
      expect(countryCode(bad as string | string[] | undefined), JSON.stringify(bad)).toBe('');
    }
  });
});

describe('requestHostname', () => {
  it('drops the port and a trailing dot, lower case', () => {
    expect(requestHostname('Padaria.LOCALHOST:3000')).toBe('padaria.localhost');
    expect(requestHostname('www.example.com.')).toBe('www.example.com');
    expect(requestHostname(undefined)).toBe('');
    expect(requestHostname('a'.repeat(300))).toBe('');
  });
});

describe('memoize', () => {
  it('works each input out once, empties itself when full, and keeps no long input', () => {
    const calls: string[] = [];
    const length = memoize((input: string) => {
      calls.push(input);
      return input.length;
    }, 3);
    expect([length('a'), length('bb'), length('a'), length('ccc'), length('bb')]).toEqual([1, 2, 1, 3, 2]);
    expect(calls).toEqual(['a', 'bb', 'ccc']);
    length('dddd'); // the fourth: the cache empties, then keeps it
    length('a');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
    const long = 'x'.repeat(513);
    length(long);
    length(long);
    expect(calls.filter((c) => c === long)).toHaveLength(2);
  });
});
