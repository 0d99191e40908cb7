// Every setting the app reads, parsed once. The only module that reads process.env.
import { z } from 'zod';
import { uiLocaleSchema } from '@/lib/i18n/schemas';

const optional = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (npm start sets it for the embedded PostgreSQL)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z.url({ error: 'NEXTAUTH_URL must be the absolute URL of the app, such as http://localhost:3000' }).default('http://localhost:3000'),
  NEXTAUTH_SECRET: z
    .string({ error: 'NEXTAUTH_SECRET is required (npm start generates one into .data/)' })
    .min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
  SITES_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'SITES_DOMAIN must be a bare domain such as pagemagic.site')
    .default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: optional.pipe(z.url({ error: 'SMTP_URL must look like smtp://user:pass@host:587' }).optional()),
  EMAIL_FROM: z.string().default('Page Magic <no-reply@pagemagic.local>'),
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  GOOGLE_ID: optional,
  GOOGLE_SECRET: optional,
  // Behind a load balancer that sets X-Forwarded-For, turn this on; otherwise the socket address is used.
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // Cookieless visitor counts of published pages (lib/analytics); off, serving counts nothing.
  VISITOR_ANALYTICS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  // Lighthouse (mobile) on each publish's live home page, as a job (lib/builds/lighthouse-audit.ts);
  // needs Chromium at LIGHTHOUSE_CHROME_PATH and installs its runner on first use. Off by default.
  LIGHTHOUSE: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('off')
    .transform((v) => v === 'on' || v === 'true' || v === '1'),
  LIGHTHOUSE_CHROME_PATH: z.string().trim().min(1).default('/usr/bin/chromium'),
  DEFAULT_LOCALE: uiLocaleSchema.default('en'),
  // The bearer token Prometheus sends to GET /api/metrics; unset, that route answers 404.
  METRICS_TOKEN: optional,
  // OpenTelemetry traces (lib/observability/tracing.ts): the OTLP/HTTP collector's base URL, such as
  // http://otel-collector:4318 (spans go to <url>/v1/traces). Unset: tracing is off and not loaded.
  OTEL_EXPORTER_OTLP_ENDPOINT: optional.pipe(z.url({ error: 'OTEL_EXPORTER_OTLP_ENDPOINT must be a URL such as http://otel-collector:4318' }).optional()),
  OTEL_SERVICE_NAME: z.string().trim().min(1).default('page-magic'),
  // Test runs lower this to exercise the limiter quickly; production keeps 10 per 15 minutes.
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  // AI generation through OpenAI or any OpenAI-compatible server (Ollama, vLLM); unset, the offline generator is used.
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional.pipe(z.url({ error: 'OPENAI_BASE_URL must be a URL such as http://localhost:11434/v1' }).optional()),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().trim().min(1).default('text-embedding-3-small'),
  // Per request: the wait for the first byte and for each later chunk of a streamed answer.
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  // USD per million tokens, to record what each generation cost (defaults: gpt-4o-mini's list price).
  OPENAI_PRICE_INPUT_PER_MTOK: z.coerce.number().min(0).default(0.15),
  OPENAI_PRICE_OUTPUT_PER_MTOK: z.coerce.number().min(0).default(0.6),
  // Uploaded images go to an S3-compatible bucket when S3_BUCKET is set; unset, into PostgreSQL.
  S3_BUCKET: optional,
  // Any S3-compatible server (MinIO, R2, Ceph): its URL. Unset: AWS S3 itself.
  S3_ENDPOINT: optional.pipe(z.url({ error: 'S3_ENDPOINT must be a URL such as http://127.0.0.1:9000' }).optional()),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  // Unset: the AWS SDK's usual credential chain (instance role, AWS_* variables).
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  // Billing through Stripe: on when both the secret key and the webhook signing secret are set.
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  // Tests point the Stripe SDK at a local stand-in (test/stand-ins/stripe.ts); unset: api.stripe.com.
  STRIPE_API_BASE: optional.pipe(z.url({ error: 'STRIPE_API_BASE must be a URL such as http://127.0.0.1:12111' }).optional()),
  // Prices are found by lookup key, so the same code runs in test and live mode.
  STRIPE_PRICE_PRO_MONTHLY: z.string().trim().min(1).default('pagemagic_pro_monthly'),
  STRIPE_PRICE_PRO_YEARLY: z.string().trim().min(1).default('pagemagic_pro_yearly'),
  STRIPE_PRICE_BUSINESS_MONTHLY: z.string().trim().min(1).default('pagemagic_business_monthly'),
  STRIPE_PRICE_BUSINESS_YEARLY: z.string().trim().min(1).default('pagemagic_business_yearly'),
  // Metered prices for credits beyond the allowance (optional: without them Checkout sells the plan alone).
  STRIPE_PRICE_PRO_CREDITS: z.string().trim().min(1).default('pagemagic_pro_credits'),
  STRIPE_PRICE_BUSINESS_CREDITS: z.string().trim().min(1).default('pagemagic_business_credits'),
  // The Billing Meter's event name for generation credits beyond a paid plan's allowance.
  STRIPE_METER_EVENT_NAME: z.string().trim().min(1).default('pagemagic_generation_credits'),
  STRIPE_TAX_ENABLED: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // The plan everyone is on while billing is off (no Stripe keys).
  BILLING_DEFAULT_PLAN: z.enum(['free', 'pro', 'business']).default('free'),
  // Custom domains (docs/deploy.md). Where owners point their hostnames: a CNAME target for
  // subdomains, A and AAAA addresses for apex domains (comma-separated lists).
  DOMAINS_CNAME_TARGET: z.string().trim().default('sites.pagemagic.local'),
  DOMAINS_A: z.string().trim().default(''),
  DOMAINS_AAAA: z.string().trim().default(''),
  // DNS server the domain checker asks: an IP address, or ip:port ([v6]:port). Unset: the system's resolver.
  DNS_RESOLVER: z.string().trim().default(''),
  // The wait before a connecting domain's first background re-check, in milliseconds; later waits
  // grow in the same proportion (x2, x5, x10, x15, x30, then x60): 60000 gives 1, 2, 5, 10, 15 and
  // 30 minutes, then hourly. The e2e tests set 100 (then every 6 s at most).
  DOMAINS_RECHECK_FIRST_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
  ACME_CAA_DOMAIN: z.string().trim().toLowerCase().default('letsencrypt.org'),
  // Encrypts certificate keys at rest; required for the built-in ACME client.
  DOMAINS_KEY_SECRET: optional,
  // Built-in ACME: the CA's directory (unset: the built-in client is off; Caddy in front instead),
  // its contact email, an extra CA certificate file to trust for the directory (tests: pebble's),
  // and the HTTPS listener's port (0: none).
  ACME_DIRECTORY_URL: optional.pipe(z.url({ error: 'ACME_DIRECTORY_URL must be a URL such as https://acme-v02.api.letsencrypt.org/directory' }).optional()),
  ACME_EMAIL: optional,
  ACME_CA_FILE: optional,
  HTTPS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Cloudflare DNS provider: an API token, and a base URL for tests. Unset: off.
  CLOUDFLARE_API_TOKEN: optional,
  CLOUDFLARE_BASE_URL: optional.pipe(z.url({ error: 'CLOUDFLARE_BASE_URL must be a URL such as http://127.0.0.1:8787/client/v4' }).optional()),
  // Namecheap registrar: API user, key, username, the whitelisted client IPv4, and a base URL for
  // tests (default the live API). Unset key: off.
  NAMECHEAP_API_USER: optional,
  NAMECHEAP_API_KEY: optional,
  NAMECHEAP_USERNAME: optional,
  NAMECHEAP_CLIENT_IP: optional,
  NAMECHEAP_BASE_URL: optional.pipe(z.url({ error: 'NAMECHEAP_BASE_URL must be a URL such as https://api.namecheap.com/xml.response' }).optional()),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid settings (see .env.example):\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env = parseEnv();

export const features = {
  smtp: Boolean(env.SMTP_URL),
  github: Boolean(env.GITHUB_ID && env.GITHUB_SECRET),
  google: Boolean(env.GOOGLE_ID && env.GOOGLE_SECRET),
  openai: Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL),
  s3: Boolean(env.S3_BUCKET),
  billing: Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET),
  acme: Boolean(env.ACME_DIRECTORY_URL && env.DOMAINS_KEY_SECRET),
  cloudflare: Boolean(env.CLOUDFLARE_API_TOKEN),
  namecheap: Boolean(env.NAMECHEAP_API_KEY && env.NAMECHEAP_API_USER),
};
