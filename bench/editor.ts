// npm run bench:editor: the visual editor on a production build, driven by Playwright in Debian's
// Chromium. For a normal generated site and for a page of 60 sections it measures, in the page:
//   - a keystroke in an in-place text field until the next frame after the canvas has it,
//   - a keystroke in an inspector field until the next frame after the canvas shows it,
//   - a palette change until the canvas is restyled (style recalculated, next frame),
//   - on the long page: delete, duplicate, move and undo, from the key until the next frame after
//     the canvas changed.
// Every figure is p50/p95 over BENCH_REPEATS (default 20) tries, keystrokes over BENCH_TYPING
// (default 100: a keystroke's figure moves with where it falls between two frames, so its p95
// needs many tries to settle), with its target beside it. It
// also prints the first-load JavaScript (gzip bytes) of the editor route with its target (350 KB)
// and beside the dashboard's (see firstLoadJs).
// BENCH_PROFILE=1 also writes a CPU profile of each measurement to .data/bench-profiles/ and
// prints the functions that took the most time (build with `next build --no-mangling` to read
// their names). BENCH_TRACE=1 instead writes a Chrome trace of each measurement there (open it in
// DevTools' Performance panel, or at ui.perfetto.dev), with the figures of each try in rows.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureBuild } from '../scripts/build';
import { findChromium } from '../scripts/chromium';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, percentile } from './support';

const APP_PORT = Number(process.env.BENCH_EDITOR_PORT ?? 3194);
const REPEATS = Math.max(5, Number(process.env.BENCH_REPEATS ?? 20));
const TYPING = Math.max(5, Number(process.env.BENCH_TYPING ?? 100));
process.stderr.write('bench:editor: building if needed, then measuring\n');
const BASE = `http://localhost:${APP_PORT}`;
const EMAIL = `bench-editor-${Date.now()}@example.test`;
const PASSWORD = 'bench editor password';

// `floor`: the baseline row this figure stands on (the same kind of keystroke with no editor work).
type Row = { what: string; values: number[]; target: number; floor?: string };

const { url: databaseUrl, server: postgres } = await benchDatabase('bench_editor');
const env = benchEnv(databaseUrl, APP_PORT);
Object.assign(process.env, env);
const children: ChildProcess[] = [];

function line(row: Row, rows: Row[]) {
  const misses = row.values.filter((v) => v < 0).length;
  const values = row.values.filter((v) => v >= 0);
  if (!values.length) return `  ${row.what.padEnd(44)} no change reached the canvas in ${misses} tries`;
  const p50 = percentile(values, 50);
  const p95 = percentile(values, 95);
  const verdict = p95 <= row.target ? 'ok' : 'over';
  const floor = rows.find((r) => r.what === row.floor);
  const ratio = floor ? `, ${(p95 / percentile(floor.values, 95)).toFixed(2)}x the floor's p95` : '';
  return `  ${row.what.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (target ${row.target} ms: ${verdict}${ratio})${misses ? `, ${misses} missed` : ''}`;
}

// Installs, in the editor page, a one-shot measurement: from the next input event (keydown or
// click, in the editor or inside the canvas) to the first animation frame after the canvas changed,
// and returns once the editor is idle.
// (A string, not a function: tsx names inner functions with a helper the page does not have.)
const armScript = `(({ trigger, restyle }) => {
  const frame = document.querySelector('.pm-editor-canvas iframe');
  const fw = frame.contentWindow;
  const fd = frame.contentDocument;
  window.__done = new Promise((resolve) => {
    let start = 0;
    // A change that never reaches the canvas counts as a miss, not a hang.
    setTimeout(() => resolve(-1), 5000);
    function onStart(event) {
      if (start) return;
      const view = (event.target && event.target.ownerDocument && event.target.ownerDocument.defaultView) || window;
      start = view.performance.timeOrigin + event.timeStamp;
    }
    document.addEventListener(trigger, onStart, { capture: true, once: true });
    fd.addEventListener(trigger, onStart, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!start) return;
      observer.disconnect();
      if (restyle) void fw.getComputedStyle(fd.body).backgroundColor;
      fw.requestAnimationFrame(() => resolve(fw.performance.timeOrigin + fw.performance.now() - start));
    });
    observer.observe(fd.body, { subtree: true, childList: true, characterData: true, attributes: !restyle });
  });
  // Each try starts from an editor at rest, as a person's keystrokes do (about 100 ms apart at
  // 120 words a minute): the work left over from the previous try finishes first, both the
  // page's scripts and the drawing of the frames they changed (two frames go by, then an idle
  // moment). Drawing matters here: headless Chromium composites in software, where drawing a frame
  // with a large changed area takes up to 20 ms, and the next frame cannot begin until it is done.
  // Then a random pause of up to one frame: a person's key falls anywhere between two frames, not
  // at the same point after one.
  const frame2 = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));
  return frame2().then(idle).then(() => new Promise((resolve) => setTimeout(resolve, Math.random() * 16.7)));
})`;

async function arm(page: Page, opts: { trigger: 'keydown' | 'click'; restyle?: boolean }) {
  await page.evaluate(`${armScript}(${JSON.stringify(opts)})`);
}

const done = (page: Page) => page.evaluate('window.__done') as Promise<number>;

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

// Runs `work` under the CPU profiler when BENCH_PROFILE is set, and prints where the time went.
async function profiled(page: Page, name: string, work: () => Promise<void>) {
  if (process.env.BENCH_TRACE) {
    const cdp = await page.context().newCDPSession(page);
    const chunks: unknown[] = [];
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => chunks.push(...e.value));
    const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,blink,cc,gpu,viz,input,benchmark,toplevel,v8.execute,blink.user_timing',
      transferMode: 'ReportEvents',
    } as never);
    await work();
    await cdp.send('Tracing.end');
    await finished;
    const dir = join(ROOT, '.data/bench-profiles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name.replace(/\W+/g, '-')}.trace.json`), JSON.stringify({ traceEvents: chunks }));
    return;
  }
  if (!process.env.BENCH_PROFILE) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const dir = join(ROOT, '.data/bench-profiles');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/\W+/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  process.stderr.write(`\n${name}: ${file}\n${top.map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`).join('\n')}\n`);
}

async function openEditor(page: Page, siteId: string) {
  await page.goto(`${BASE}/editor/${siteId}`);
  await page.frameLocator('.pm-editor-canvas iframe').locator('h1').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
}

// The floors the typing figures stand on, measured the same way with no editor work at all: a
// keystroke in a bare editable element placed in the canvas, and one in a bare input placed in the
// inspector whose native listener copies its text into the canvas. Even with no work, the next
// frame comes some milliseconds after the key (up to one display interval, 16.7 ms at 60 Hz).
const CANVAS_FLOOR = 'floor: bare editable in the canvas';
const INSPECTOR_FLOOR = 'floor: bare inspector input -> canvas';

async function measureBaseline(page: Page, rows: Row[]) {
  const frame = page.frameLocator('.pm-editor-canvas iframe');
  await page.evaluate(`(() => {
    const fd = document.querySelector('.pm-editor-canvas iframe').contentDocument;
    const el = fd.createElement('div');
    el.id = 'pm-bench-baseline';
    el.contentEditable = 'plaintext-only';
    el.textContent = 'Baseline';
    el.style.cssText = 'position:fixed;top:8px;left:8px;z-index:99999;background:#fff;padding:4px';
    fd.body.append(el);
    const input = document.createElement('input');
    input.id = 'pm-bench-input';
    input.setAttribute('aria-label', 'Baseline');
    input.value = 'Baseline';
    input.addEventListener('input', () => { el.textContent = input.value; });
    document.querySelector('aside:last-of-type').prepend(input);
  })()`);
  const floors: Array<[string, () => Promise<void>]> = [
    [CANVAS_FLOOR, () => frame.locator('#pm-bench-baseline').click()],
    [INSPECTOR_FLOOR, () => page.locator('#pm-bench-input').click()],
  ];
  for (const [what, focus] of floors) {
    await focus();
    await page.keyboard.press('End');
    const values: number[] = [];
    await profiled(page, what, async () => {
      for (let i = 0; i < TYPING; i++) {
        await arm(page, { trigger: 'keydown' });
        await page.keyboard.type(i % 2 ? 'b' : 'a');
        values.push(await done(page));
      }
    });
    rows.push({ what, values, target: 16 });
  }
  await page.evaluate(`(() => {
    document.querySelector('.pm-editor-canvas iframe').contentDocument.getElementById('pm-bench-baseline').remove();
    document.getElementById('pm-bench-input').remove();
  })()`);
}

async function measureTyping(page: Page, label: string, rows: Row[]) {
  const frame = page.frameLocator('.pm-editor-canvas iframe');
  // In place: the hero's subheadline.
  const inline = frame.locator('.s-hero .pm-lead [data-pm-inline]').first();
  await inline.click();
  await page.keyboard.press('ControlOrMeta+End');
  const inPlace: number[] = [];
  await profiled(page, `${label} in-place`, async () => {
    for (let i = 0; i < TYPING; i++) {
      await arm(page, { trigger: 'keydown' });
      await page.keyboard.type(i % 2 ? 'b' : 'a');
      inPlace.push(await done(page));
    }
  });
  rows.push({ what: `${label}: in-place keystroke -> canvas`, values: inPlace, target: 16, floor: CANVAS_FLOOR });
  process.stderr.write(`${label}: in-place done\n`);

  // The inspector: the same section's headline field.
  await page.getByRole('tab', { name: 'Section' }).click();
  const field = page.locator('aside').getByRole('textbox', { name: 'Headline' }).first();
  await field.click();
  await page.keyboard.press('End');
  const inspector: number[] = [];
  await profiled(page, `${label} inspector`, async () => {
    for (let i = 0; i < TYPING; i++) {
      await arm(page, { trigger: 'keydown' });
      await page.keyboard.type(i % 2 ? 'b' : 'a');
      inspector.push(await done(page));
    }
  });
  rows.push({ what: `${label}: inspector keystroke -> canvas`, values: inspector, target: 16, floor: INSPECTOR_FLOOR });
  process.stderr.write(`${label}: inspector done\n`);

  // The palette.
  await page.getByRole('tab', { name: 'Theme' }).click();
  const palettes = ['midnight', 'forest', 'ocean', 'blush'];
  const restyle: number[] = [];
  await profiled(page, `${label} palette`, async () => {
    for (let i = 0; i < REPEATS; i++) {
      await arm(page, { trigger: 'click', restyle: true });
      await page.locator(`[data-palette="${palettes[i % palettes.length]}"]`).click();
      restyle.push(await done(page));
    }
  });
  rows.push({ what: `${label}: palette change -> restyled canvas`, values: restyle, target: 50 });
  process.stderr.write(`${label}: palette done\n`);
}

async function measureStructure(page: Page, rows: Row[]) {
  const frame = page.frameLocator('.pm-editor-canvas iframe');
  const sections = frame.locator('[data-puck-component]');
  const ops: Record<string, number[]> = { delete: [], duplicate: [], move: [], undo: [] };
  const key = async (name: keyof typeof ops, press: string) => {
    await arm(page, { trigger: 'keydown' });
    await page.keyboard.press(press);
    ops[name].push(await done(page));
  };
  await profiled(page, '60 sections structure', async () => {
    for (let i = 0; i < REPEATS; i++) {
      const target = sections.nth(30);
      await target.click({ position: { x: 8, y: 8 } });
      await key('delete', 'Delete');
      await key('undo', 'ControlOrMeta+Z');
      await sections.nth(30).click({ position: { x: 8, y: 8 } });
      await key('duplicate', 'ControlOrMeta+D');
      await key('undo', 'ControlOrMeta+Z');
      await sections.nth(30).click({ position: { x: 8, y: 8 } });
      await key('move', 'Alt+ArrowDown');
      await key('move', 'Alt+ArrowUp');
    }
  });
  for (const [name, values] of Object.entries(ops)) rows.push({ what: `60 sections: ${name}`, values, target: 100 });
}

// First-load JavaScript of a route: every script the page loads until the network is idle (the
// editor's own code arrives after the page, through next/dynamic, and counts), gzipped as a server
// would send it. Not counted: what the router prefetches for the page's links (the code of other
// routes, fetched after load), which is measured apart by loading the page again with prefetching
// allowed. Routing every request also turns the browser cache off, so each load fetches everything.
const FIRST_LOAD_TARGET_KB = 350;

async function scriptsOf(page: Page, path: string, opts: { prefetch: boolean }): Promise<Map<string, number>> {
  const scripts = new Set<string>();
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === 'script') scripts.add(response.url());
  };
  await page.route('**/*', (route) => (!opts.prefetch && route.request().headers()['next-router-prefetch'] ? route.abort() : route.continue()));
  page.on('response', listener);
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  page.off('response', listener);
  await page.unrouteAll({ behavior: 'wait' });
  const sizes = new Map<string, number>();
  for (const url of scripts) sizes.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
  return sizes;
}

async function firstLoadJs(page: Page, path: string): Promise<{ total: number; prefetched: number }> {
  const own = await scriptsOf(page, path, { prefetch: false });
  const withPrefetch = await scriptsOf(page, path, { prefetch: true });
  const sum = (sizes: Iterable<number>) => [...sizes].reduce((a, b) => a + b, 0);
  if (process.env.BENCH_PROFILE) {
    const list = [...own].sort((a, b) => b[1] - a[1]).map(([url, size]) => `  ${(size / 1024).toFixed(1).padStart(7)} KB  ${url.split('/').pop()}`);
    process.stderr.write(`\nScripts of ${path} (gzip):\n${list.join('\n')}\n`);
  }
  return { total: sum(own.values()), prefetched: sum([...withPrefetch].filter(([url]) => !own.has(url)).map(([, size]) => size)) };
}

try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { templateSample } = await import('../lib/generate/template-samples');
  const { createSite } = await import('../lib/sites/mutations');
  const { db } = await import('../lib/db');
  const { signUp } = await import('../lib/auth/accounts');

  const app = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(app);
  for (let i = 0; i < 480; i++) {
    const ok = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode} before it was ready.`);
    await new Promise((r) => setTimeout(r, 250));
  }

  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(60_000);
  // The account is made directly (signing up through the form now waits for the emailed link),
  // then the owner signs in through the form.
  await signUp({ name: 'Bench Owner', email: EMAIL, password: PASSWORD });
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/dashboard$/);
  const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });

  const normal = await templateSample('landing', 'en');
  const normalSite = await createSite(user, { name: 'Bench normal', document: normal, templateId: 'landing' });
  const long = structuredClone(normal);
  const home = long.pages.find((p) => p.path === '/')!;
  const body = home.sections.filter((s) => s.type !== 'navbar' && s.type !== 'footer');
  const sections = [home.sections[0]];
  for (let i = 0; sections.length < 59; i++) {
    const source = body[i % body.length];
    sections.push({ ...structuredClone(source), id: `long-${source.type}-${i}` });
  }
  sections.push(home.sections[home.sections.length - 1]);
  home.sections = sections;
  const longSite = await createSite(user, { name: 'Bench long', document: long, templateId: 'landing' });
  await db.$disconnect();

  const rows: Row[] = [];
  await openEditor(page, normalSite.id);
  await measureBaseline(page, rows);
  await measureTyping(page, 'normal site', rows);
  await openEditor(page, longSite.id);
  await measureTyping(page, '60 sections', rows);
  await measureStructure(page, rows);

  const editorJs = await firstLoadJs(page, `/editor/${normalSite.id}`);
  const dashboardJs = await firstLoadJs(page, '/dashboard');
  await browser.close();

  console.log(
    `Editor on a production build, headless Chromium, ${TYPING} tries per keystroke figure, ${REPEATS} for the others (${normal.pages[0].sections.length} sections on the normal home page, 60 on the long one):`,
  );
  for (const row of rows) console.log(line(row, rows));
  if (process.env.BENCH_TRACE) writeFileSync(join(ROOT, '.data/bench-profiles/rows.json'), JSON.stringify(rows));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = editorJs.total / 1024 <= FIRST_LOAD_TARGET_KB ? 'ok' : 'over';
  console.log(
    `\nFirst-load JavaScript (gzip): editor ${kb(editorJs.total)} (target ${FIRST_LOAD_TARGET_KB} KB: ${verdict}), dashboard ${kb(dashboardJs.total)}, ratio ${(editorJs.total / dashboardJs.total).toFixed(2)}`,
  );
  console.log(`  not counted, prefetched after load for the pages' links: editor ${kb(editorJs.prefetched)}, dashboard ${kb(dashboardJs.prefetched)}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await postgres.stop();
}
