// npm run eval:generate [en|pt-BR|es|<kind>] [--offers]: runs the prompt-understanding evaluation
// (lib/generate/eval/). Offline it needs no database; the settings check still wants a URL and a
// secret, so placeholders stand in for them (nothing connects).
import { ensureAuthSecret, ensureDataDir, loadDotEnv } from './local-env';

loadDotEnv();
ensureDataDir();
ensureAuthSecret();
process.env.DATABASE_URL ??= 'postgresql://localhost/unused';
process.env.LOG_LEVEL ??= 'warn';
const { runEval } = await import('../lib/generate/eval/main');
process.exit(await runEval(process.argv.slice(2)));
