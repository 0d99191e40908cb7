// The public API's OpenAPI 3.1 document, generated (zod-to-openapi) from the very zod schemas the
// /api/v1 routes parse their input with: `apiOperations` names, per operation, the schema objects
// the route imports, so the document cannot describe another input than the one the route checks.
// openapi.test.ts walks app/api/v1 and fails when a route and this list disagree (a route or method
// missing here, an operation without a route, a body or query schema other than the route's).
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { apiScopes, type ApiScope } from '@/lib/api/keys';
import { buildRequestSchema, leadsQuerySchema, publishInputSchema, rollbackInputSchema, templatesQuerySchema } from '@/lib/api/sites';
import { checkoutSchema } from '@/lib/billing/checkout';
import { analyticsQuerySchema, certificateExportSchema, domainRegisterSchema, domainSearchSchema, purgeSchema } from '@/lib/domains/api-input';
import { dnsRecordPatchSchema } from '@/lib/domains/dns-records';
import { addDomainSchema, domainSettingsSchema } from '@/lib/domains/mutations';
import { domainPageSchema } from '@/lib/domains/queries';
import { dnsRecordSchema } from '@/lib/domains/records';
import { errorStatus, type ErrorCode } from '@/lib/errors';
import { batchRequestSchema } from '@/lib/generate/batch';
import { generateRequestSchema } from '@/lib/generate/types';
import { pageQuerySchema } from '@/lib/page-cursor';
import { saveDraftSchema } from '@/lib/sites/mutations';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type ApiOperation = {
  method: Method;
  // OpenAPI's form: /sites/{id}, relative to /api/v1.
  path: string;
  summary: string;
  tag: string;
  // null: public, no credentials.
  scope: ApiScope | null;
  query?: z.ZodObject;
  body?: z.ZodType;
  // The body may be left out (POST /sites/{id}/publish).
  bodyOptional?: boolean;
  idempotent?: boolean;
  // The success answer: its status and what it is.
  success: { status: number; description: string; contentType?: string };
  // Error codes this operation answers besides the ones every authenticated operation can.
  errors?: ErrorCode[];
};

const json = 'application/json';

export const apiOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'Reference',
    scope: null,
    summary: 'This document',
    success: { status: 200, description: 'The OpenAPI 3.1 document.' },
  },
  // Sites
  {
    method: 'get',
    path: '/sites',
    tag: 'Sites',
    scope: 'read',
    summary: 'List your sites (cursor pages)',
    query: pageQuerySchema,
    success: { status: 200, description: '`{ sites, nextCursor }`; pass `nextCursor` as `cursor` for the next page.' },
  },
  {
    method: 'post',
    path: '/sites',
    tag: 'Sites',
    scope: 'write',
    summary: 'Create a site from a prompt (one credit)',
    body: generateRequestSchema,
    idempotent: true,
    success: { status: 201, description: '`{ site, generation }`: the generated site.' },
    errors: ['PLAN_LIMIT', 'RATE_LIMITED', 'UPSTREAM_FAILED'],
  },
  {
    method: 'get',
    path: '/sites/{id}',
    tag: 'Sites',
    scope: 'read',
    summary: 'Get a site with its draft document and revision',
    success: { status: 200, description: '`{ site }`.' },
  },
  {
    method: 'put',
    path: '/sites/{id}',
    tag: 'Sites',
    scope: 'write',
    summary: 'Replace the draft document, naming the revision it was edited from',
    body: saveDraftSchema,
    success: { status: 200, description: '`{ revision }`: the draft’s new revision.' },
    errors: ['CONFLICT', 'PLAN_LIMIT'],
  },
  {
    method: 'delete',
    path: '/sites/{id}',
    tag: 'Sites',
    scope: 'write',
    summary: 'Delete a site (its versions, leads and images; its addresses are freed)',
    success: { status: 204, description: 'Deleted.' },
  },
  {
    method: 'post',
    path: '/sites/{id}/publish',
    tag: 'Sites',
    scope: 'publish',
    summary: 'Publish the draft as a new version',
    body: publishInputSchema,
    bodyOptional: true,
    idempotent: true,
    success: { status: 200, description: '`{ version, url, durationMs }`.' },
    errors: ['UNCONFIRMED_FACTS', 'PLAN_LIMIT'],
  },
  {
    method: 'get',
    path: '/sites/{id}/versions',
    tag: 'Sites',
    scope: 'read',
    summary: 'List the published versions, newest first (cursor pages)',
    query: pageQuerySchema,
    success: { status: 200, description: '`{ versions, nextCursor }`; each version has `id`, `number`, `createdAt`, `isLive`.' },
  },
  {
    method: 'post',
    path: '/sites/{id}/rollback',
    tag: 'Sites',
    scope: 'publish',
    summary: 'Make an earlier version live again',
    body: rollbackInputSchema,
    idempotent: true,
    success: { status: 200, description: '`{ version }`: the number of the version now live.' },
  },
  {
    method: 'get',
    path: '/sites/{id}/leads',
    tag: 'Sites',
    scope: 'read',
    summary: 'Contact-form leads, newest first (cursor pages), or all as CSV',
    query: leadsQuerySchema,
    success: { status: 200, description: '`{ leads, nextCursor }`, or with `format=csv` (or `Accept: text/csv`) a `text/csv` attachment of every lead.' },
  },
  {
    method: 'get',
    path: '/sites/{id}/builds',
    tag: 'Builds',
    scope: 'read',
    summary: "The site's publishes and exports, newest first (cursor pages)",
    query: pageQuerySchema,
    success: {
      status: 200,
      description:
        "`{ builds, nextCursor }`; each build has `id`, `kind` (`publish`, `export-static`, `export-vue`, `export-react`, `export-angular`), `status` (`queued`, `running`, `succeeded`, `failed`, `cancelled`), `versionNumber`, times, `durationMs`, `log` (step, message, ms), `metrics`, `error`, `bytes`, `hasDownload`, and `lighthouse` (a publish's Lighthouse run with `LIGHTHOUSE=on`, else null: `status` `queued`, `running`, `succeeded` or `failed`, `scores` per category 0–100, `failingAudits` with `id`, `category`, `title`, `displayValue`, `score`, or `error`).",
    },
  },
  {
    method: 'post',
    path: '/sites/{id}/builds',
    tag: 'Builds',
    scope: 'write',
    summary: 'Export the live version as a static site, a Vite + Vue project, a Next.js project or an Angular project (a ZIP built as a job)',
    body: buildRequestSchema,
    idempotent: true,
    success: { status: 202, description: '`{ buildId, isNew }`: the export asked for, or the one of that kind already under way (`isNew` false).' },
    errors: ['CONFLICT'],
  },
  {
    method: 'get',
    path: '/sites/{id}/builds/{buildId}',
    tag: 'Builds',
    scope: 'read',
    summary: 'One build, with its log, figures and Lighthouse scores',
    success: { status: 200, description: '`{ build }`, as in the list (with `lighthouse`: the scores and failing audits of a measured publish).' },
  },
  {
    method: 'post',
    path: '/sites/{id}/builds/{buildId}/cancel',
    tag: 'Builds',
    scope: 'write',
    summary: 'Cancel an export that is queued or running',
    idempotent: true,
    success: { status: 200, description: '`{ build }`, now `cancelled`: nothing from it is kept.' },
    errors: ['CONFLICT'],
  },
  {
    method: 'get',
    path: '/sites/{id}/builds/{buildId}/download',
    tag: 'Builds',
    scope: 'read',
    summary: "A finished export's ZIP",
    success: { status: 200, description: 'The ZIP (`application/zip`, as an attachment).', contentType: 'application/zip' },
  },
  {
    method: 'get',
    path: '/sites/{id}/subdomains',
    tag: 'Sites',
    scope: 'read',
    summary: "The site's free address and its old labels",
    success: { status: 200, description: '`{ address, subdomains }`.' },
  },
  {
    method: 'get',
    path: '/templates',
    tag: 'Sites',
    scope: 'read',
    summary: 'The templates a site can be created from',
    query: templatesQuerySchema,
    success: { status: 200, description: '`{ templates }`: `id` (the `templateId` of `POST /sites`), `name`, `description`, `pages`, `samplePrompt`.' },
  },
  // Generations
  {
    method: 'get',
    path: '/generations',
    tag: 'Generations',
    scope: 'read',
    summary: 'Your generation records, newest first (cursor pages)',
    query: pageQuerySchema,
    success: {
      status: 200,
      description:
        '`{ generations, nextCursor }`: prompt, options, status, generator, model, tokens and cost (`costMicros`, millionths of a US dollar) when recorded, `siteId`, `createdAt`, `durationMs`.',
    },
  },
  {
    method: 'get',
    path: '/generations/{id}',
    tag: 'Generations',
    scope: 'read',
    summary: 'One generation record',
    success: { status: 200, description: '`{ generation }`.' },
  },
  {
    method: 'post',
    path: '/generations/batch',
    tag: 'Generations',
    scope: 'write',
    summary: 'Generate many sites from prompts (one credit each), run as jobs',
    body: batchRequestSchema,
    idempotent: true,
    success: {
      status: 202,
      description:
        '`{ batch: { id, status, items: [{ index, status }] } }`. The whole batch is refused, nothing created, when it has more prompts than your plan runs at once (`PLAN_LIMIT`, `details.limit` `batchPrompts`: Free 1, Pro 10, Business 50) or the credits or sites for every prompt are not there.',
    },
    errors: ['PLAN_LIMIT', 'RATE_LIMITED'],
  },
  {
    method: 'get',
    path: '/generations/batch/{id}',
    tag: 'Generations',
    scope: 'read',
    summary: 'A batch: its status and each prompt’s status, site and error',
    success: {
      status: 200,
      description:
        '`{ batch: { id, status, createdAt, finishedAt, lastEventId, items } }`; `status` is `running`, `done`, `done_with_failures` or `cancelled`; an item is `queued`, `running`, `done` (with `siteId`), `failed` (with `error`) or `cancelled`.',
    },
  },
  {
    method: 'post',
    path: '/generations/batch/{id}/cancel',
    tag: 'Generations',
    scope: 'write',
    summary: 'Cancel the prompts of a batch still waiting',
    idempotent: true,
    success: {
      status: 200,
      description:
        '`{ cancelled, batch }`: how many prompts were stopped (each now `cancelled`, its credit released) and the batch as `GET` gives it. Prompts being written when you cancel finish and keep their sites; the batch then ends `cancelled`.',
    },
    errors: ['CONFLICT'],
  },
  {
    method: 'get',
    path: '/generations/batch/{id}/events',
    tag: 'Generations',
    scope: 'read',
    summary: 'A batch’s progress as Server-Sent Events, resumable with Last-Event-ID',
    success: {
      status: 200,
      contentType: 'text/event-stream',
      description:
        'One `item` event per state change (`{ index, status, siteId, error }`) and a final `done` event (`{ status, done, failed, cancelled }`), after which the stream ends. Each has an `id:` that grows by one per batch; reconnect with `Last-Event-ID` to get only what came after it. Comment lines keep the connection alive.',
    },
  },
  {
    method: 'get',
    path: '/generations/batch/{id}/results.csv',
    tag: 'Generations',
    scope: 'read',
    summary: 'A batch’s results as CSV: each prompt’s status, site address and editor, or why it failed',
    success: {
      status: 200,
      contentType: 'text/csv',
      description:
        "A `text/csv` attachment with the columns `index, prompt, status, site_name, site_url, editor_url, error`, one row per prompt in order. `site_url` is where the site goes live once published. A cell starting with `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does not run it.",
    },
  },
  {
    method: 'get',
    path: '/usage',
    tag: 'Usage',
    scope: 'read',
    summary: 'Generation credits this billing period',
    success: { status: 200, description: 'Used, allowance, per day, projection and overage.' },
  },
  // Domains
  {
    method: 'get',
    path: '/domains',
    tag: 'Domains',
    scope: 'read',
    summary: 'List your custom domains (cursor pages) with the plan allowance',
    query: domainPageSchema,
    success: { status: 200, description: '`{ domains, nextCursor, allowance }`.' },
  },
  {
    method: 'post',
    path: '/domains',
    tag: 'Domains',
    scope: 'write',
    summary: 'Connect a custom domain to a site',
    body: addDomainSchema,
    success: { status: 201, description: '`{ domain }` with the DNS records to create.' },
    errors: ['PLAN_LIMIT', 'HOSTNAME_INVALID', 'HOSTNAME_TAKEN'],
  },
  {
    method: 'get',
    path: '/domains/search',
    tag: 'Domains',
    scope: 'read',
    summary: 'Search names to register',
    query: domainSearchSchema,
    success: { status: 200, description: '`{ results }`: availability and price per name.' },
    errors: ['UNAVAILABLE'],
  },
  {
    method: 'post',
    path: '/domains/register',
    tag: 'Domains',
    scope: 'write',
    summary: 'Register (buy) a domain at the agreed price',
    body: domainRegisterSchema,
    success: { status: 201, description: '`{ registration }`.' },
    errors: ['UNAVAILABLE', 'PLAN_LIMIT'],
  },
  {
    method: 'get',
    path: '/domains/{id}',
    tag: 'Domains',
    scope: 'read',
    summary: 'Get a domain (records, findings, settings)',
    success: { status: 200, description: '`{ domain }`.' },
  },
  { method: 'delete', path: '/domains/{id}', tag: 'Domains', scope: 'write', summary: 'Remove a domain', success: { status: 204, description: 'Removed.' } },
  {
    method: 'patch',
    path: '/domains/{id}/settings',
    tag: 'Domains',
    scope: 'write',
    summary: 'Change serving settings',
    body: domainSettingsSchema,
    success: { status: 200, description: '`{ domain }` as it now is.' },
  },
  {
    method: 'post',
    path: '/domains/{id}/check',
    tag: 'Domains',
    scope: 'write',
    summary: "Check the domain's DNS now",
    success: { status: 200, description: '`{ domain }` with its findings.' },
    errors: ['RATE_LIMITED'],
  },
  {
    method: 'get',
    path: '/domains/{id}/analytics',
    tag: 'Domains',
    scope: 'read',
    summary: "Page views on the domain's hostnames",
    query: analyticsQuerySchema,
    success: { status: 200, description: 'Views by day, page, referrer, country and device.' },
  },
  {
    method: 'get',
    path: '/domains/{id}/records',
    tag: 'DNS records',
    scope: 'read',
    summary: "The domain's DNS zone and records",
    success: { status: 200, description: '`{ zone, records }`.' },
  },
  {
    method: 'post',
    path: '/domains/{id}/records',
    tag: 'DNS records',
    scope: 'write',
    summary: 'Create a DNS record',
    body: dnsRecordSchema,
    success: { status: 201, description: '`{ record }`.' },
    errors: ['UPSTREAM_FAILED'],
  },
  {
    method: 'patch',
    path: '/domains/{id}/records/{recordId}',
    tag: 'DNS records',
    scope: 'write',
    summary: 'Change a DNS record',
    body: dnsRecordPatchSchema,
    success: { status: 200, description: '`{ record }`.' },
    errors: ['UPSTREAM_FAILED'],
  },
  {
    method: 'delete',
    path: '/domains/{id}/records/{recordId}',
    tag: 'DNS records',
    scope: 'write',
    summary: 'Delete a DNS record',
    success: { status: 204, description: 'Deleted.' },
    errors: ['UPSTREAM_FAILED'],
  },
  {
    method: 'get',
    path: '/domains/{id}/certificate',
    tag: 'Certificates',
    scope: 'read',
    summary: "The latest certificate's status and health",
    success: { status: 200, description: '`{ domain, certificate }` (certificate null before the first).' },
  },
  {
    method: 'post',
    path: '/domains/{id}/certificate/renew',
    tag: 'Certificates',
    scope: 'write',
    summary: 'Issue a certificate now',
    success: { status: 200, description: '`{ certificate }`.' },
  },
  {
    method: 'post',
    path: '/domains/{id}/certificate/export',
    tag: 'Certificates',
    scope: 'write',
    summary: 'Export the certificate and key (PEM or PKCS#12)',
    body: certificateExportSchema,
    success: { status: 200, description: 'The chain and key as an attachment.', contentType: 'application/octet-stream' },
  },
  {
    method: 'post',
    path: '/domains/{id}/purge',
    tag: 'Domains',
    scope: 'write',
    summary: "Purge the site's paths from the CDN cache",
    body: purgeSchema,
    success: { status: 200, description: '`{ zones, urls }`.' },
    errors: ['UNAVAILABLE'],
  },
  // Billing
  {
    method: 'get',
    path: '/billing/subscription',
    tag: 'Billing',
    scope: 'billing',
    summary: 'Plan, subscription and credits',
    success: { status: 200, description: 'The billing overview.' },
  },
  {
    method: 'get',
    path: '/billing/invoices',
    tag: 'Billing',
    scope: 'billing',
    summary: 'Invoices, newest first',
    success: { status: 200, description: '`{ invoices }`.' },
  },
  {
    method: 'post',
    path: '/billing/checkout',
    tag: 'Billing',
    scope: 'billing',
    summary: 'Start Stripe Checkout for a plan',
    body: checkoutSchema,
    success: { status: 200, description: '`{ url }`: the Checkout page.' },
    errors: ['UNAVAILABLE'],
  },
  {
    method: 'post',
    path: '/billing/portal',
    tag: 'Billing',
    scope: 'billing',
    summary: 'Open the Stripe customer portal',
    success: { status: 200, description: '`{ url }`: the portal.' },
    errors: ['UNAVAILABLE'],
  },
];

const errorCodes = Object.keys(errorStatus) as ErrorCode[];

// The one error shape every route answers (lib/http.ts `toErrorBody`).
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([...errorCodes, 'INTERNAL']),
      message: z.string(),
      requestId: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional().describe('INVALID_INPUT: a message per field.'),
      details: z.unknown().optional().describe('PLAN_LIMIT, HOSTNAME_INVALID, UNCONFIRMED_FACTS, RATE_LIMITED: what the caller needs.'),
    }),
  })
  .meta({ id: 'Error' });

const errorDescriptions: Partial<Record<ErrorCode, string>> = {
  BAD_REQUEST: 'The body is not valid JSON.',
  INVALID_INPUT: 'The input does not match the schema; `fields` says where.',
  UNAUTHENTICATED: 'No credentials, another scheme, or a malformed, unknown, revoked or expired key.',
  FORBIDDEN: 'The key lacks the scope this operation needs.',
  NOT_FOUND: 'No such resource among yours (another owner’s id is 404 too).',
  CONFLICT:
    'The draft was saved since the revision you name (read it again), or a request with this Idempotency-Key is still running (retry once it has finished).',
  PLAN_LIMIT: 'Your plan does not allow this (out of credits, or over its number of sites or domains); `details` says which.',
  RATE_LIMITED: 'Over the per-minute limit of the key or the account; wait `Retry-After` seconds.',
  UPSTREAM_FAILED: 'A service we depend on failed (the AI model, the registrar, DNS); try again.',
  UNAVAILABLE: 'The service is busy or down for a moment; try again.',
};

const pathParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .describe(name === 'id' ? 'The resource id.' : `The ${name}.`);

export function buildOpenApiDocument(serverUrl = '/api/v1') {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'pm_live_…',
    description: `An API key made in Settings: \`Authorization: Bearer pm_live_…\`. A key has scopes (${apiScopes.join(', ')}); each operation names the one it needs. Without an Authorization header the signed-in session is used.`,
  });

  for (const op of apiOperations) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const errors = new Set<ErrorCode>([
      ...(op.scope ? (['UNAUTHENTICATED', 'FORBIDDEN'] as const) : []),
      ...(params.length ? (['NOT_FOUND'] as const) : []),
      ...(op.errors ?? []),
    ]);
    if (op.body || op.query) errors.add('INVALID_INPUT');
    if (op.body) errors.add('BAD_REQUEST');
    if (op.idempotent) errors.add('CONFLICT');
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of errors) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
    const errorResponses = Object.fromEntries(
      [...byStatus].map(([status, codes]) => [
        String(status),
        {
          description: codes.map((code) => `\`${code}\`${errorDescriptions[code] ? `: ${errorDescriptions[code]}` : ''}`).join(' '),
          content: { [json]: { schema: apiErrorSchema } },
        },
      ]),
    );
    registry.registerPath({
      method: op.method,
      path: op.path,
      tags: [op.tag],
      summary: op.summary,
      description: op.scope ? `Scope: \`${op.scope}\`.${op.idempotent ? ' Honours `Idempotency-Key` for 24 hours.' : ''}` : 'Public: no credentials.',
      security: op.scope ? [{ apiKey: [op.scope] }] : [],
      request: {
        ...(params.length && { params: z.object(Object.fromEntries(params.map((p) => [p, pathParam(p)]))) }),
        ...(op.query && { query: op.query }),
        ...(op.idempotent && {
          headers: z.object({ 'Idempotency-Key': z.string().max(255).optional().describe('Replays the first answer of a retried request for 24 hours.') }),
        }),
        ...(op.body && { body: { required: !op.bodyOptional, content: { [json]: { schema: op.body } } } }),
      },
      responses: {
        [String(op.success.status)]: {
          description: op.success.description,
          ...(op.success.status !== 204 && {
            content: { [op.success.contentType ?? json]: { schema: op.success.contentType ? z.string() : z.object({}).loose() } },
          }),
        },
        ...errorResponses,
        ...(op.scope && {
          '500': { description: '`INTERNAL`: something failed on our side; quote `requestId`.', content: { [json]: { schema: apiErrorSchema } } },
        }),
      },
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Page Magic API',
      version: '1.0.0',
      description:
        'Create, publish and manage sites by script. Every error answers one shape (`Error`). Lists are paged by an opaque cursor. Make a key in Settings → API keys.',
    },
    servers: [{ url: serverUrl }],
  });
}
