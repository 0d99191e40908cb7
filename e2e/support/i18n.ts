// What the i18n journey looks for on a rendered page: texts that read like a message key
// (`dashboard.billing.comparePlans`) and texts in another language's words. The page hands over
// what a user sees or hears; the checks run here, against the message files themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Frame, Page } from '@playwright/test';
import { uiLocales, type UiLocale } from '@/lib/i18n/languages';

export type Seen = { kind: string; text: string; html: string };

// Runs in the page. Text nodes of rendered elements, the accessible names around them, and the
// document title. Iframes are separate documents the walker never enters: the editor canvas is the
// owner's site, in the owner's language, not the interface.
export function collectSeen(page: Page | Frame): Promise<Seen[]> {
  return page.evaluate(() => {
    const seen: { kind: string; text: string; html: string }[] = [];
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const describe = (el: Element) => el.outerHTML.replace(/\s+/g, ' ').slice(0, 160);
    // A closed <select>'s options have no box of their own; they show when the select does.
    const isShown = (el: Element) => (el.closest('select') ?? el).checkVisibility({ visibilityProperty: true });
    const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'TEXTAREA']);
    const add = (kind: string, raw: string | null | undefined, el: Element) => {
      const text = squash(raw ?? '');
      if (text) seen.push({ kind, text, html: describe(el) });
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest([...skipped].join(',')) || !isShown(el)) continue;
      add('text', node.textContent, el);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (skipped.has(el.tagName) || el.closest('iframe') || !isShown(el)) continue;
      for (const attr of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder']) add(attr, el.getAttribute(attr), el);
      // A control's name and a sentence with a link inside are read as one text, not in pieces.
      const isNamed = el.matches('a, button, label, summary, [role=button], [role=link], [role=tab], [role=menuitem], [role=option]');
      const isMixed = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) && el.children.length > 0;
      if (isNamed || isMixed) add('name', (el as HTMLElement).innerText, el);
    }
    add('document title', document.title, document.documentElement);
    return seen;
  });
}

// --- Message keys ---------------------------------------------------------------------------

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// Read from disk: Playwright loads specs as ES modules, which import JSON only with an attribute
// that i18n/messages.ts (bundled by Next) does not carry. One file per namespace, named after it.
function messageTree(locale: UiLocale): Record<string, unknown> {
  const dir = join(import.meta.dirname, '..', '..', 'messages', locale);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  return Object.fromEntries(files.map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, file), 'utf8'))]));
}

const catalogues = Object.fromEntries(uiLocales.map((locale) => [locale, leaves(messageTree(locale))])) as Record<UiLocale, Map<string, string>>;
const english = catalogues.en;

export function messageText(locale: UiLocale, key: string): string {
  const value = catalogues[locale].get(key);
  if (value === undefined) throw new Error(`No message ${key}`);
  return value;
}
const namespaces = new Set(Object.keys(messageTree('en')));

// A dotted word starting in lower case; a neighbour of @ or / makes it part of an email or a URL.
const dotted = /(?<![\w.@/:-])[a-z][a-zA-Z0-9]+(?:\.[\w-]+)+(?![\w@/-]|\.[\w-])/g;
// The last label of a host name a page may show: the app's and sites' hosts, examples, DNS targets.
const hostEndings = new Set(['com', 'net', 'org', 'dev', 'app', 'io', 'co', 'br', 'pt', 'test', 'example', 'invalid', 'localhost', 'local', 'site', 'ai']);
const fileEndings = new Set(['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'svg', 'ico', 'json', 'zip', 'txt', 'xml', 'html', 'css', 'js', 'pdf', 'csv', 'md']);

// A dotted word that names a message or a branch of messages (`billing.page`) is a key whatever
// it ends with; any other is a key unless it reads as a host name or a file name.
function namesMessage(word: string): boolean {
  return namespaces.has(word.split('.')[0]) && [...english.keys()].some((key) => key === word || key.startsWith(`${word}.`));
}

function isHostOrFile(word: string): boolean {
  const labels = word.split('.');
  const last = labels.at(-1)!.toLowerCase();
  const isHost = labels.every((label) => /^[a-z0-9-]+$/.test(label)) && hostEndings.has(last);
  const isFile = labels.length === 2 && fileEndings.has(last);
  return isHost || isFile;
}

export function keyLike(text: string): string[] {
  return [...text.matchAll(dotted)].map((m) => m[0]).filter((word) => namesMessage(word) || !isHostOrFile(word));
}

// --- The other language's words -------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// An ICU message as the texts it can render: literal text as is, an argument as any text, a
// plural or select as any of its branches, a <tag> as its children.
function pattern(elements: MessageFormatElement[]): string {
  return elements
    .map((el) => {
      if (el.type === TYPE.literal) return escape(el.value);
      if (el.type === TYPE.pound) return '[\\d.,\\s]+';
      if (el.type === TYPE.plural || el.type === TYPE.select)
        return `(?:${Object.values(el.options)
          .map((o) => pattern(o.value))
          .join('|')})`;
      if (el.type === TYPE.tag) return pattern(el.children);
      return '.+';
    })
    .join('');
}

// The text a message shows when it has no arguments (a <tag> shows its children), else null.
function plain(elements: MessageFormatElement[]): string | null {
  let text = '';
  for (const el of elements) {
    if (el.type === TYPE.literal) text += el.value;
    else if (el.type === TYPE.tag) {
      const inner = plain(el.children);
      if (inner === null) return null;
      text += inner;
    } else return null;
  }
  return text;
}

function literalLetters(elements: MessageFormatElement[]): number {
  return elements.reduce((n, el) => (el.type === TYPE.literal ? n + (el.value.match(/\p{L}/gu)?.length ?? 0) : n), 0);
}

// One language's messages as exact texts and, for messages with arguments, patterns.
type Wording = { texts: Map<string, string>; patterns: { key: string; re: RegExp }[]; values: Map<string, string> };

function wording(values: Map<string, string>): Wording {
  const texts = new Map<string, string>();
  const patterns: Wording['patterns'] = [];
  for (const [key, value] of values) {
    const elements = parse(value);
    const text = plain(elements);
    if (text !== null) texts.set(squash(text), key);
    // An argument matches any text, so a message with little fixed text would match anything.
    else if (literalLetters(elements) >= 6) patterns.push({ key, re: new RegExp(`^${squash(pattern(elements))}$`, 'u') });
  }
  return { texts, patterns, values };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordings = Object.fromEntries(uiLocales.map((locale) => [locale, wording(catalogues[locale])])) as Record<UiLocale, Wording>;
const languageNames: Record<UiLocale, string> = { en: 'English', 'pt-BR': 'Portuguese', es: 'Spanish' };

function matchKey(w: Wording, text: string): string | undefined {
  return w.texts.get(text) ?? w.patterns.find((p) => p.re.test(text))?.key;
}

// Another language's message, and which language, when the text is one that this language words
// differently, and no message of this language reads the same (brand names, "Pro", "Email").
export function otherLanguageKey(text: string, locale: UiLocale): { key: string; language: UiLocale } | undefined {
  const own = wordings[locale];
  if (matchKey(own, text)) return undefined;
  for (const language of uiLocales) {
    if (language === locale) continue;
    const other = wordings[language];
    const key = matchKey(other, text);
    if (key && own.values.get(key) !== other.values.get(key)) return { key, language };
  }
  return undefined;
}

// Every finding on one page, as lines a person can act on; a text seen both as a node and as a
// control's name is reported once.
export function findings(where: string, seen: Seen[], locale: UiLocale): string[] {
  const out = new Map<string, string>();
  for (const { kind, text, html } of seen) {
    for (const word of keyLike(text)) {
      if (!out.has(`${word} ${html}`)) out.set(`${word} ${html}`, `${where}: ${kind} shows the key-like "${word}" in ${html}`);
    }
    const other = otherLanguageKey(text, locale);
    if (other && !out.has(`${text} ${html}`)) {
      out.set(`${text} ${html}`, `${where}: ${kind} "${text}" is the ${languageNames[other.language]} of ${other.key} in ${html}`);
    }
  }
  return [...out.values()];
}
