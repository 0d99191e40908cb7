// npx tsx lib/generate/catalogue/check.ts [file.json …]: validates catalogue files (all by default)
// and prints what catalogue.test.ts would refuse, plus warnings about terms two kinds share.
import path from 'node:path';
import { catalogueProblems } from './problems';
import { kindsDir } from './load';

const files = process.argv.slice(2).map((f) => path.resolve(f));
const { errors, warnings } = catalogueProblems(files.length ? files : undefined);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(`${errors.length} errors, ${warnings.length} warnings (${files.length || 'all'} files in ${path.relative(process.cwd(), kindsDir)})`);
process.exit(errors.length ? 1 : 0);
