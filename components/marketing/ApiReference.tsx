// The API reference (/docs/api): the OpenAPI document of lib/api/openapi.ts drawn as a page, so
// the reference and /api/v1/openapi.json cannot differ. Operations are grouped by tag, each with
// its method and path, the scope it needs, its parameters and body fields (from the routes' own
// zod schemas) and its answers. The page's own words are translated; the document's are English.
import { getTranslations } from 'next-intl/server';
import { buildOpenApiDocument } from '@/lib/api/openapi';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  pattern?: string;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; description?: string };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
};
type Field = { name: string; type: string; required: boolean; notes: string[]; depth: number };

const methodColours: Record<string, string> = {
  get: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  post: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  put: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200',
  patch: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  delete: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200',
};

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  const name = schema.$ref?.split('/').pop();
  return name && components[name] ? components[name] : schema;
}

function typeOf(schema: Schema, components: Record<string, Schema>): string {
  const s = resolve(schema, components);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants)
    return [...new Set(variants.map((v) => typeOf(v, components)))]
      .filter((t) => t !== 'null')
      .join(' | ')
      .concat(variants.some((v) => v.type === 'null') ? ' | null' : '');
  if (s.type === 'array') return `${s.items ? typeOf(s.items, components) : 'any'}[]`;
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
  return s.format ? `${type} (${s.format})` : type;
}

function notesOf(s: Schema): string[] {
  const notes: string[] = [];
  if (s.minLength !== undefined || s.maxLength !== undefined) notes.push(`${s.minLength ?? 0}–${s.maxLength ?? '∞'} characters`);
  if (s.minimum !== undefined || s.maximum !== undefined) notes.push(`${s.minimum ?? '−∞'}–${s.maximum ?? '∞'}`);
  if (s.default !== undefined) notes.push(`default ${JSON.stringify(s.default)}`);
  if (s.description) notes.push(s.description);
  return notes;
}

// An object's fields, nested objects' fields indented under them (three levels at most).
function fieldsOf(schema: Schema, components: Record<string, Schema>, depth = 0, prefix = ''): Field[] {
  const s = resolve(schema, components);
  const object = s.type === 'array' && s.items ? resolve(s.items, components) : s;
  if (!object.properties || depth > 2) return [];
  return Object.entries(object.properties).flatMap(([name, child]) => {
    const c = resolve(child, components);
    return [
      { name: `${prefix}${name}`, type: typeOf(child, components), required: object.required?.includes(name) ?? false, notes: notesOf(c), depth },
      ...fieldsOf(c, components, depth + 1, `${prefix}${name}${c.type === 'array' ? '[]' : ''}.`),
    ];
  });
}

function FieldTable({
  caption,
  fields,
  labels,
}: {
  caption: string;
  fields: Field[];
  labels: { name: string; type: string; notes: string; required: string };
}) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-zinc-950 dark:text-white">{caption}</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {labels.name}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {labels.type}
            </th>
            <th scope="col" className="py-2 font-medium">
              {labels.notes}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-900">
          {fields.map((field) => (
            <tr key={field.name} className="align-top">
              <td className="py-2 pr-4 font-mono text-xs [overflow-wrap:anywhere] text-zinc-950 dark:text-white" style={{ paddingLeft: `${field.depth}rem` }}>
                {field.name}
                {field.required && <span className="block font-sans text-rose-700 dark:text-rose-400">{labels.required}</span>}
              </td>
              <td className="py-2 pr-4 font-mono text-xs text-zinc-700 dark:text-zinc-300">{field.type}</td>
              <td className="py-2 text-zinc-700 dark:text-zinc-300">{field.notes.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Where the API answers (the document's server).
const API_BASE = '/api/v1';

const slug = (method: string, path: string) => `${method}-${path.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}`;

export async function ApiReference() {
  const t = await getTranslations('marketing.apiDocs');
  const document = buildOpenApiDocument(API_BASE);
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => {
      const op = (item as Record<string, Operation | undefined>)[method];
      return op ? [{ method, path, op, tag: op.tags?.[0] ?? 'Other' }] : [];
    }),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  const labels = { name: t('field'), type: t('type'), notes: t('notes'), required: t('required') };
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
      <div className="grid gap-12 lg:grid-cols-[15rem_1fr]">
        <nav aria-labelledby="api-contents" className="hidden lg:block">
          <div className="sticky top-24 max-h-[calc(100vh-8rem)] overflow-y-auto">
            <h2 id="api-contents" className="text-sm font-semibold text-zinc-950 dark:text-white">
              {t('contents')}
            </h2>
            <ul className="mt-3 space-y-4">
              {tags.map((tag) => (
                <li key={tag}>
                  <a href={`#${tag.toLowerCase()}`} className="text-sm font-medium text-zinc-950 hover:underline dark:text-white">
                    {tag}
                  </a>
                  <ul className="mt-1 space-y-1 border-l border-zinc-200 dark:border-zinc-800">
                    {operations
                      .filter((o) => o.tag === tag)
                      .map(({ method, path }) => (
                        <li key={`${method} ${path}`}>
                          <a
                            href={`#${slug(method, path)}`}
                            className="-ml-px block border-l border-transparent pl-3 font-mono text-xs break-all text-zinc-600 hover:border-zinc-400 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
                          >
                            {method.toUpperCase()} {path}
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <article className="min-w-0 max-w-3xl">
          <h1 className="text-4xl font-semibold tracking-tight text-zinc-950 dark:text-white">{t('title')}</h1>
          <p className="mt-6 text-lg leading-8 text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
          <ul className="mt-6 list-disc space-y-2 pl-5 text-base leading-7 text-zinc-700 dark:text-zinc-300">
            <li>{t('auth')}</li>
            <li>{t('limits')}</li>
            <li>{t('idempotency')}</li>
            <li>{t('errors')}</li>
          </ul>
          <p className="mt-6 text-base text-zinc-700 dark:text-zinc-300">
            {t('base')} <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-sm dark:bg-zinc-900">{API_BASE}</code>
            {' · '}
            <a href="/api/v1/openapi.json" className="font-medium text-zinc-950 underline dark:text-white">
              {t('document')}
            </a>
          </p>
          {tags.map((tag) => (
            <section key={tag} id={tag.toLowerCase()} aria-labelledby={`${tag.toLowerCase()}-title`} className="mt-14 scroll-mt-24">
              <h2 id={`${tag.toLowerCase()}-title`} className="text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">
                {tag}
              </h2>
              {operations
                .filter((o) => o.tag === tag)
                .map(({ method, path, op }) => {
                  const query = (op.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path' || p.in === 'header');
                  const body = op.requestBody?.content['application/json']?.schema;
                  const bodyFields = body ? fieldsOf(body, components) : [];
                  return (
                    <section
                      key={`${method} ${path}`}
                      id={slug(method, path)}
                      aria-labelledby={`${slug(method, path)}-title`}
                      className="mt-8 scroll-mt-24 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
                    >
                      <h3 id={`${slug(method, path)}-title`} className="flex flex-wrap items-center gap-3">
                        <span className={`rounded-md px-2 py-0.5 font-mono text-xs font-semibold ${methodColours[method]}`}>{method.toUpperCase()}</span>
                        <code className="font-mono text-sm text-zinc-950 dark:text-white">{path}</code>
                      </h3>
                      <p className="mt-2 text-base text-zinc-800 dark:text-zinc-200">{op.summary}</p>
                      {op.description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{op.description.replace(/`/g, '')}</p>}
                      {query.length > 0 && (
                        <FieldTable
                          caption={t('parameters')}
                          labels={labels}
                          fields={query.map((p) => ({
                            name: `${p.name} (${p.in})`,
                            type: p.schema ? typeOf(p.schema, components) : 'string',
                            required: p.required ?? false,
                            notes: [...(p.schema ? notesOf(p.schema) : []), ...(p.description && !p.schema?.description ? [p.description] : [])],
                            depth: 0,
                          }))}
                        />
                      )}
                      {bodyFields.length > 0 && (
                        <FieldTable caption={op.requestBody?.required ? t('body') : t('bodyOptional')} labels={labels} fields={bodyFields} />
                      )}
                      <h4 className="mt-4 text-sm font-semibold text-zinc-950 dark:text-white">{t('responses')}</h4>
                      <dl className="mt-2 space-y-1 text-sm">
                        {Object.entries(op.responses).map(([status, response]) => (
                          <div key={status} className="flex gap-3">
                            <dt
                              className={`w-10 shrink-0 font-mono ${status.startsWith('2') ? 'text-emerald-700 dark:text-emerald-400' : 'text-zinc-600 dark:text-zinc-400'}`}
                            >
                              {status}
                            </dt>
                            <dd className="text-zinc-700 dark:text-zinc-300">{response.description.replace(/`/g, '')}</dd>
                          </div>
                        ))}
                      </dl>
                    </section>
                  );
                })}
            </section>
          ))}
        </article>
      </div>
    </div>
  );
}
