// npm run bench:generate: offline generation time over the prompt table (p50, p95) and the time
// to publish a five-page site (build, compress, store, flip), against the same-run baseline of
// rendering alone.
import { benchDatabase, benchEnv, confirmedSite, percentile } from './support';

const { url, server } = await benchDatabase('bench_generate');
Object.assign(process.env, benchEnv(url, 3190));
try {
  const { OfflineGenerator } = await import('../lib/generate/offline/generator');
  const { promptCases } = await import('../test/fixtures/prompts');
  const { parseSiteDocument } = await import('../lib/sites/validate');
  await import('../lib/publish/engine-node');
  const { publishSite } = await import('../lib/publish/publish');
  const { createSite } = await import('../lib/sites/mutations');
  const { renderPageDocument } = await import('../lib/render/render-page');
  const { db } = await import('../lib/db');

  const generator = new OfflineGenerator();
  const generate = async (prompt: string, seed: number) => parseSiteDocument((await generator.generate({ prompt, seed }, () => {})).document);
  for (const c of promptCases.slice(0, 5)) await generate(c.prompt, 99); // warm up

  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const c of promptCases) {
      const t = performance.now();
      await generate(c.prompt, round + 1);
      times.push(performance.now() - t);
    }
  }
  console.log(`offline generation over ${promptCases.length} prompts x 5 seeds (generate + validate):`);
  console.log(
    `  p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   max ${Math.max(...times).toFixed(1)} ms   (target p95 < 50 ms)`,
  );

  // The evaluation set's sentences (written the ways owners write), with reading the prompt alone as the baseline.
  const { evalCases } = await import('../lib/generate/eval/cases');
  const { understandPrompt } = await import('../lib/generate/understand/understand');
  const reading: number[] = [];
  const whole: number[] = [];
  for (const c of evalCases) {
    let t = performance.now();
    understandPrompt(c.prompt);
    reading.push(performance.now() - t);
    t = performance.now();
    await generate(c.prompt, 1);
    whole.push(performance.now() - t);
  }
  console.log(`\noffline generation over the ${evalCases.length} evaluation prompts:`);
  console.log(`  reading the prompt (baseline): p50 ${percentile(reading, 50).toFixed(2)} ms   p95 ${percentile(reading, 95).toFixed(2)} ms`);
  console.log(
    `  whole generation:              p50 ${percentile(whole, 50).toFixed(1)} ms   p95 ${percentile(whole, 95).toFixed(1)} ms   max ${Math.max(...whole).toFixed(1)} ms   (${(percentile(whole, 50) / percentile(reading, 50)).toFixed(1)}x the reading; target p95 < 50 ms)`,
  );

  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: 'Bench' } });
  // The landing template makes a five-page site.
  const doc = await generate('An app that helps dentists schedule patients', 1);
  console.log(`\npublishing a ${doc.pages.length}-page site (${doc.pages.map((p) => p.path).join(' ')}):`);
  const renderTimes: number[] = [];
  const publishTimes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const site = await createSite(user, { name: `Bench ${i}`, document: confirmedSite(doc) });
    let t = performance.now();
    for (const page of doc.pages) await renderPageDocument(doc, page, { mode: 'publish', origin: 'http://bench.localhost', files: new Map() });
    renderTimes.push(performance.now() - t);
    t = performance.now();
    await publishSite(user, site.id);
    publishTimes.push(performance.now() - t);
  }
  const drop = (xs: number[]) => xs.slice(2); // first runs warm the JIT
  const r50 = percentile(drop(renderTimes), 50);
  const p50 = percentile(drop(publishTimes), 50);
  console.log(`  render only (baseline): p50 ${r50.toFixed(1)} ms`);
  console.log(
    `  full publish:           p50 ${p50.toFixed(1)} ms   p95 ${percentile(drop(publishTimes), 95).toFixed(1)} ms   (${(p50 / r50).toFixed(1)}x the render alone; target < 300 ms)`,
  );
  await db.$disconnect();
} finally {
  await server.stop();
}
process.exit(0);
