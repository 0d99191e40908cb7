// A local stand-in for the Stripe API, for tests: the real Stripe SDK is pointed at it
// (STRIPE_API_BASE) and it answers the calls lib/billing makes with Stripe's JSON shapes, kept in
// memory. Its "Checkout" and "portal" are small HTML pages on the same server; paying, failing a
// renewal or cancelling changes its state and then POSTs events to the app's webhook URL, signed
// with the SDK's own generateTestHeaderString, the way Stripe does (retrying non-2xx answers).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

type Obj = Record<string, unknown> & { id: string };
// method '*' matches every method; times Infinity stands for Stripe being down until up().
type Fault = { method: string; pathPrefix: string; times: number; status: number };
type Call = { method: string; path: string };

export type StandInOptions = {
  webhookSecret: string;
  // Where events go; unset, events are only kept in `events` (integration tests deliver them).
  webhookUrl?: string;
  port?: number;
  // Events are sent this long after the action, so the app cannot rely on the redirect alone.
  eventDelayMs?: number;
};

export type StripeStandIn = ReturnType<typeof createStandIn> & { url: string; close: () => Promise<void> };

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Stripe's form encoding: a[b][0][c]=x -> { a: { b: [ { c: 'x' } ] } } (arrays as index maps).
export function parseForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.split(/[[\]]+/).filter(Boolean);
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

const values = (value: unknown): unknown[] => (value && typeof value === 'object' ? Object.values(value) : value === undefined ? [] : [value]);

const PRICES: Array<{ lookupKey: string; amount: number | null; interval: 'month' | 'year'; usage: 'licensed' | 'metered' }> = [
  { lookupKey: 'pagemagic_pro_monthly', amount: 1900, interval: 'month', usage: 'licensed' },
  { lookupKey: 'pagemagic_pro_yearly', amount: 19000, interval: 'year', usage: 'licensed' },
  { lookupKey: 'pagemagic_business_monthly', amount: 4900, interval: 'month', usage: 'licensed' },
  { lookupKey: 'pagemagic_business_yearly', amount: 49000, interval: 'year', usage: 'licensed' },
  { lookupKey: 'pagemagic_pro_credits', amount: 10, interval: 'month', usage: 'metered' },
  { lookupKey: 'pagemagic_business_credits', amount: 5, interval: 'month', usage: 'metered' },
];

function createStandIn(opts: StandInOptions, baseUrl: () => string) {
  const signer = new Stripe('sk_test_stand_in');
  const customers = new Map<string, Obj>();
  const prices = new Map<string, Obj>();
  const sessions = new Map<string, Obj>();
  const portalSessions = new Map<string, Obj>();
  const subscriptions = new Map<string, Obj>();
  const invoices = new Map<string, Obj>();
  const paymentMethods = new Map<string, Obj>();
  const idempotent = new Map<string, unknown>();
  const meterEventCalls: Array<{ identifier: string; idempotencyKey: string | null; payload: Record<string, unknown> }> = [];
  const meterEvents = new Map<string, Obj>();
  const events: Stripe.Event[] = [];
  const deliveries: Array<{ eventId: string; type: string; status: number }> = [];
  const faults: Fault[] = [];
  const requests: Call[] = [];
  // Called before each API request is answered (a test checks what the app had done by then).
  const observers: Array<(call: Call) => Promise<void> | void> = [];
  const cancelCalls: Array<{ subscriptionId: string; params: Record<string, unknown> }> = [];
  let invoiceNumber = 0;

  for (const p of PRICES) {
    const id = newId('price');
    prices.set(id, {
      id,
      object: 'price',
      active: true,
      currency: 'usd',
      lookup_key: p.lookupKey,
      product: 'prod_pagemagic',
      type: 'recurring',
      unit_amount: p.amount,
      recurring: { interval: p.interval, interval_count: 1, usage_type: p.usage, meter: p.usage === 'metered' ? 'mtr_credits' : null },
      livemode: false,
      metadata: {},
    });
  }

  function event(type: string, object: Obj): Stripe.Event {
    const e = {
      id: newId('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    events.push(e);
    return e;
  }

  function sign(payload: string, timestamp?: number): string {
    return signer.webhooks.generateTestHeaderString({ payload, secret: opts.webhookSecret, timestamp });
  }

  async function deliver(e: Stripe.Event): Promise<void> {
    if (!opts.webhookUrl) return;
    const payload = JSON.stringify(e, null, 2);
    for (let attempt = 0; attempt < 6; attempt++) {
      const status = await fetch(opts.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': sign(payload) },
        body: payload,
      }).then(
        (r) => r.status,
        () => 0,
      );
      deliveries.push({ eventId: e.id, type: e.type, status });
      if (status >= 200 && status < 300) return;
      await sleep(500 * 2 ** attempt);
    }
  }

  // Sends events in order, each after the previous one was answered, after the configured delay.
  function send(list: Stripe.Event[]): void {
    void (async () => {
      await sleep(opts.eventDelayMs ?? 0);
      for (const e of list) await deliver(e);
    })();
  }

  function findCustomerByEmail(email: string) {
    return [...customers.values()].find((c) => c.email === email);
  }

  function subscriptionOf(customerId: string) {
    return [...subscriptions.values()].filter((s) => s.customer === customerId).at(-1);
  }

  function newInvoice(sub: Obj, status: 'paid' | 'open', amount: number): Obj {
    const id = newId('in');
    const item = (sub.items as { data: Array<{ current_period_start: number; current_period_end: number }> }).data[0];
    invoiceNumber += 1;
    const invoice: Obj = {
      id,
      object: 'invoice',
      customer: sub.customer,
      number: `PM-${String(invoiceNumber).padStart(4, '0')}`,
      status,
      currency: sub.currency,
      amount_due: amount,
      amount_paid: status === 'paid' ? amount : 0,
      amount_remaining: status === 'paid' ? 0 : amount,
      total: amount,
      subtotal: amount,
      attempt_count: 1,
      hosted_invoice_url: `${baseUrl()}/invoices/${id}`,
      invoice_pdf: `${baseUrl()}/invoices/${id}.pdf`,
      period_start: item.current_period_start,
      period_end: item.current_period_end,
      created: now(),
      livemode: false,
      parent: { type: 'subscription_details', subscription_details: { subscription: sub.id, metadata: {} }, quote_details: null },
    };
    invoices.set(id, invoice);
    sub.latest_invoice = id;
    return invoice;
  }

  // What Checkout does when the customer pays: a card, an active subscription, a paid invoice.
  function completeCheckout(sessionId: string): Stripe.Event[] {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`No checkout session ${sessionId}`);
    if (session.status === 'complete') return [];
    const customerId = session.customer as string;
    const customer = customers.get(customerId)!;
    const pm: Obj = {
      id: newId('pm'),
      object: 'payment_method',
      type: 'card',
      customer: customerId,
      card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: new Date().getFullYear() + 3, funding: 'credit', country: 'US' },
      created: now(),
      livemode: false,
      billing_details: { email: customer.email },
    };
    paymentMethods.set(pm.id, pm);
    customer.invoice_settings = { default_payment_method: pm.id };
    const lineItems = values(session.line_items) as Array<{ price: string }>;
    const start = now();
    const items = lineItems.map((line) => {
      const price = prices.get(line.price)!;
      const interval = (price.recurring as { interval: string }).interval;
      return {
        id: newId('si'),
        object: 'subscription_item',
        price,
        quantity: (price.recurring as { usage_type: string }).usage_type === 'metered' ? undefined : 1,
        current_period_start: start,
        current_period_end: start + (interval === 'year' ? 365 : 30) * 86400,
      };
    });
    const sub: Obj = {
      id: newId('sub'),
      object: 'subscription',
      customer: customerId,
      status: 'active',
      currency: 'usd',
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      trial_end: null,
      created: start,
      default_payment_method: pm.id,
      items: { object: 'list', data: items, has_more: false },
      metadata: (session.subscription_data as { metadata?: Record<string, string> } | undefined)?.metadata ?? {},
      livemode: false,
    };
    subscriptions.set(sub.id, sub);
    const licensed = items.find((i) => (i.price.recurring as { usage_type: string }).usage_type === 'licensed');
    const invoice = newInvoice(sub, 'paid', (licensed?.price.unit_amount as number) ?? 0);
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: sub.id });
    return [
      event('checkout.session.completed', session),
      event('customer.subscription.created', sub),
      event('payment_method.attached', pm),
      event('invoice.finalized', invoice),
      event('invoice.paid', invoice),
    ];
  }

  // A renewal whose card is declined: an open invoice and a past-due subscription.
  function failPayment(customerId: string): Stripe.Event[] {
    const sub = subscriptionOf(customerId);
    if (!sub) throw new Error(`No subscription for ${customerId}`);
    sub.status = 'past_due';
    const licensed = (sub.items as { data: Array<{ price: Obj }> }).data[0];
    const invoice = newInvoice(sub, 'open', (licensed.price.unit_amount as number) ?? 0);
    return [event('invoice.finalized', invoice), event('invoice.payment_failed', invoice), event('customer.subscription.updated', sub)];
  }

  // Payment methods stay on the customer until detached, as in Stripe.
  function detachPaymentMethod(paymentMethodId: string): Stripe.Event[] {
    const pm = paymentMethods.get(paymentMethodId);
    if (!pm) throw new Error(`No payment method ${paymentMethodId}`);
    pm.customer = null;
    const customer = [...customers.values()].find((c) => (c.invoice_settings as { default_payment_method: string | null }).default_payment_method === pm.id);
    if (customer) customer.invoice_settings = { default_payment_method: null };
    return [event('payment_method.detached', pm)];
  }

  function cancelSubscription(subscriptionId: string): Stripe.Event[] {
    const sub = subscriptions.get(subscriptionId);
    if (!sub) throw new Error(`No subscription ${subscriptionId}`);
    Object.assign(sub, { status: 'canceled', canceled_at: now(), ended_at: now() });
    return [event('customer.subscription.deleted', sub)];
  }

  return {
    customers,
    prices,
    sessions,
    portalSessions,
    subscriptions,
    invoices,
    paymentMethods,
    idempotent,
    meterEventCalls,
    meterEvents,
    events,
    deliveries,
    faults,
    requests,
    observers,
    cancelCalls,
    event,
    sign,
    deliver,
    send,
    completeCheckout,
    failPayment,
    cancelSubscription,
    detachPaymentMethod,
    findCustomerByEmail,
    subscriptionOf,
    // The next `times` requests whose path starts with pathPrefix answer `status` (not retried by the SDK).
    failNext(method: string, pathPrefix: string, times = 1, status = 500) {
      faults.push({ method, pathPrefix, times, status });
    },
    // Every API request fails (503) until up(): Stripe is unreachable for the app.
    down() {
      faults.push({ method: '*', pathPrefix: '/v1/', times: Infinity, status: 503 });
    },
    up() {
      faults.splice(0, faults.length, ...faults.filter((f) => f.times !== Infinity));
    },
    priceByLookupKey(lookupKey: string) {
      return [...prices.values()].find((p) => p.lookup_key === lookupKey);
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), ...headers });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse, what: string) {
  json(res, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } });
}

function html(res: ServerResponse, title: string, body: string) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#18181b}button{font:inherit;padding:.6rem 1rem;border-radius:.5rem;border:0;background:#635bff;color:#fff;cursor:pointer}form{margin:1rem 0}</style>
</head><body>${body}</body></html>`);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startStripeStandIn(opts: StandInOptions): Promise<StripeStandIn> {
  let url = '';
  const s = createStandIn(opts, () => url);

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: string) {
    const method = req.method ?? 'GET';
    s.requests.push({ method, path });
    for (const observe of s.observers) await observe({ method, path });
    const fault = s.faults.find((f) => (f.method === '*' || f.method === method) && path.startsWith(f.pathPrefix) && f.times > 0);
    if (fault) {
      fault.times -= 1;
      return json(res, fault.status, { error: { type: 'api_error', message: 'Injected failure' } }, { 'stripe-should-retry': 'false' });
    }
    // The SDK sends a GET's and a DELETE's parameters in the query string.
    const params = method === 'GET' || method === 'DELETE' ? parseForm(query) : parseForm(await readBody(req));
    const key = req.headers['idempotency-key'];
    const idemKey = typeof key === 'string' && method === 'POST' ? `${path}|${key}` : null;
    if (idemKey && s.idempotent.has(idemKey)) return json(res, 200, s.idempotent.get(idemKey));
    const answer = (body: unknown) => {
      if (idemKey) s.idempotent.set(idemKey, body);
      json(res, 200, body);
    };
    let m: RegExpMatchArray | null;

    if (method === 'POST' && path === '/v1/customers') {
      const customer: Obj = {
        id: newId('cus'),
        object: 'customer',
        email: params.email ?? null,
        name: params.name ?? null,
        metadata: params.metadata ?? {},
        invoice_settings: { default_payment_method: null },
        created: now(),
        livemode: false,
      };
      s.customers.set(customer.id, customer);
      return answer(customer);
    }
    if ((m = path.match(/^\/v1\/customers\/([^/]+)\/payment_methods$/))) {
      const data = [...s.paymentMethods.values()].filter((pm) => pm.customer === m![1]);
      return answer({ object: 'list', data, has_more: false, url: path });
    }
    if ((m = path.match(/^\/v1\/customers\/([^/]+)$/))) {
      const customer = s.customers.get(m[1]);
      return customer ? answer(customer) : notFound(res, `customer: '${m[1]}'`);
    }
    if (method === 'GET' && path === '/v1/prices') {
      const wanted = values(params.lookup_keys) as string[];
      const data = [...s.prices.values()].filter((p) => wanted.length === 0 || wanted.includes(p.lookup_key as string));
      return answer({ object: 'list', data, has_more: false, url: path });
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = newId('cs_test');
      const customer = params.customer as string;
      if (!s.customers.has(customer)) return notFound(res, `customer: '${customer}'`);
      const lineItems = values(params.line_items) as Array<{ price: string }>;
      if (lineItems.length === 0 || lineItems.some((line) => !s.prices.has(line.price))) {
        return json(res, 400, { error: { type: 'invalid_request_error', message: 'line_items: no such price' } });
      }
      const session: Obj = {
        id,
        object: 'checkout.session',
        mode: params.mode,
        status: 'open',
        payment_status: 'unpaid',
        customer,
        client_reference_id: params.client_reference_id ?? null,
        subscription: null,
        success_url: params.success_url,
        cancel_url: params.cancel_url,
        allow_promotion_codes: params.allow_promotion_codes === 'true',
        automatic_tax: { enabled: (params.automatic_tax as { enabled?: string } | undefined)?.enabled === 'true' },
        line_items: lineItems,
        subscription_data: params.subscription_data ?? {},
        metadata: params.metadata ?? {},
        url: `${url}/checkout/${id}`,
        livemode: false,
      };
      s.sessions.set(id, session);
      return answer(session);
    }
    if ((m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/))) {
      const session = s.sessions.get(m[1]);
      return session ? answer(session) : notFound(res, `checkout.session: '${m[1]}'`);
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = newId('bps');
      const session: Obj = {
        id,
        object: 'billing_portal.session',
        customer: params.customer,
        return_url: params.return_url,
        url: `${url}/portal/${id}`,
        livemode: false,
      };
      s.portalSessions.set(id, session);
      return answer(session);
    }
    if (method === 'GET' && path === '/v1/subscriptions') {
      // Like Stripe: without status=all, canceled subscriptions are left out.
      const data = [...s.subscriptions.values()].filter(
        (sub) => (!params.customer || sub.customer === params.customer) && (params.status === 'all' || sub.status !== 'canceled'),
      );
      return answer({ object: 'list', data, has_more: false, url: path });
    }
    if ((m = path.match(/^\/v1\/subscriptions\/([^/]+)$/)) && method === 'DELETE') {
      const sub = s.subscriptions.get(m[1]);
      if (!sub) return notFound(res, `subscription: '${m[1]}'`);
      if (sub.status === 'canceled') {
        return json(res, 400, { error: { type: 'invalid_request_error', message: 'A canceled subscription can not be canceled again.' } });
      }
      s.cancelCalls.push({ subscriptionId: sub.id, params });
      s.send(s.cancelSubscription(sub.id));
      return answer(sub);
    }
    if ((m = path.match(/^\/v1\/subscriptions\/([^/]+)$/))) {
      const sub = s.subscriptions.get(m[1]);
      return sub ? answer(sub) : notFound(res, `subscription: '${m[1]}'`);
    }
    if ((m = path.match(/^\/v1\/invoices\/([^/]+)$/))) {
      const invoice = s.invoices.get(m[1]);
      return invoice ? answer(invoice) : notFound(res, `invoice: '${m[1]}'`);
    }
    if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)\/detach$/)) && method === 'POST') {
      const pm = s.paymentMethods.get(m[1]);
      if (!pm?.customer) return notFound(res, `attached payment_method: '${m[1]}'`);
      s.send(s.detachPaymentMethod(pm.id));
      return answer(pm);
    }
    if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)$/))) {
      const pm = s.paymentMethods.get(m[1]);
      return pm ? answer(pm) : notFound(res, `payment_method: '${m[1]}'`);
    }
    if (method === 'POST' && path === '/v1/billing/meter_events') {
      const identifier = String(params.identifier ?? '');
      s.meterEventCalls.push({ identifier, idempotencyKey: typeof key === 'string' ? key : null, payload: (params.payload ?? {}) as Record<string, unknown> });
      const meterEvent: Obj = {
        id: identifier,
        object: 'billing.meter_event',
        event_name: params.event_name,
        identifier,
        payload: params.payload,
        timestamp: Number(params.timestamp ?? now()),
        created: now(),
        livemode: false,
      };
      // Like Stripe, a second event with the same identifier is not counted again.
      if (!s.meterEvents.has(identifier)) s.meterEvents.set(identifier, meterEvent);
      return answer(meterEvent);
    }
    return json(res, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } });
  }

  async function pages(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/checkout\/([^/]+)$/)) && req.method === 'GET') {
      const session = s.sessions.get(m[1]);
      if (!session) return notFound(res, 'checkout session');
      const line = (values(session.line_items) as Array<{ price: string }>)[0];
      const price = s.prices.get(line.price)!;
      return html(
        res,
        'Checkout (test stand-in)',
        `<h1>Checkout</h1><p>Subscribe to <strong>${esc(price.lookup_key)}</strong>: ${esc(Number(price.unit_amount) / 100)} USD.</p>
<p>Card 4242 4242 4242 4242 (test stand-in).</p>
<form method="post" action="/checkout/${esc(session.id)}/pay"><button type="submit">Pay and subscribe</button></form>
<p><a href="${esc(session.cancel_url)}">Back</a></p>`,
      );
    }
    if ((m = path.match(/^\/checkout\/([^/]+)\/pay$/)) && req.method === 'POST') {
      const session = s.sessions.get(m[1]);
      if (!session) return notFound(res, 'checkout session');
      s.send(s.completeCheckout(session.id));
      return redirect(res, String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id));
    }
    if ((m = path.match(/^\/portal\/([^/]+)$/)) && req.method === 'GET') {
      const portal = s.portalSessions.get(m[1]);
      if (!portal) return notFound(res, 'portal session');
      const sub = s.subscriptionOf(portal.customer as string);
      return html(
        res,
        'Billing portal (test stand-in)',
        `<h1>Billing portal</h1><p>Subscription: ${esc(sub?.status ?? 'none')}</p>
${sub && sub.status !== 'canceled' ? `<form method="post" action="/portal/${esc(portal.id)}/cancel"><button type="submit">Cancel subscription</button></form>` : ''}
<p><a href="${esc(portal.return_url)}">Return to Page Magic</a></p>`,
      );
    }
    if ((m = path.match(/^\/portal\/([^/]+)\/cancel$/)) && req.method === 'POST') {
      const portal = s.portalSessions.get(m[1]);
      const sub = portal && s.subscriptionOf(portal.customer as string);
      if (!portal || !sub) return notFound(res, 'subscription');
      s.send(s.cancelSubscription(sub.id));
      return redirect(res, String(portal.return_url));
    }
    // Test controls for browser journeys: a renewal that fails, for the customer with this email.
    if (path === '/test/fail-payment' && req.method === 'POST') {
      const customer = s.findCustomerByEmail(query.get('email') ?? '');
      if (!customer) return notFound(res, 'customer');
      s.send(s.failPayment(customer.id));
      return json(res, 200, { ok: true });
    }
    if ((m = path.match(/^\/invoices\/([^/]+?)(\.pdf)?$/))) {
      const invoice = s.invoices.get(m[1]);
      if (!invoice) return notFound(res, 'invoice');
      return html(res, `Invoice ${esc(invoice.number)}`, `<h1>Invoice ${esc(invoice.number)}</h1><p>Status: ${esc(invoice.status)}</p>`);
    }
    return notFound(res, 'page');
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://stand-in');
    const work = parsed.pathname.startsWith('/v1/')
      ? api(req, res, parsed.pathname, parsed.search.slice(1))
      : pages(req, res, parsed.pathname, parsed.searchParams);
    work.catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(s, {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
