// A local stand-in for the Chat Completions API, for tests: POST /v1/chat/completions on
// 127.0.0.1, answering each request with the next scripted behaviour (the last one repeats).
// POST /v1/embeddings answers in the Embeddings API's shape with a vector made from the text's
// words (hashed into 512 dimensions), so texts that share words are near each other.
// Streamed requests get `text/event-stream` chunks, a usage chunk and `data: [DONE]`, as the
// real API sends them; other requests get one completion object.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeUsage = { promptTokens: number; completionTokens: number };

export type FakeBehaviour =
  // A normal answer; streamed in chunks of `chunkSize` characters, `chunkDelayMs` apart.
  | { kind: 'answer'; content: string; usage?: FakeUsage; chunkSize?: number; chunkDelayMs?: number }
  // An HTTP error, such as 429 with a Retry-After header.
  | { kind: 'status'; status: number; headers?: Record<string, string>; error?: { message: string; type?: string; code?: string } }
  // Accepts the request and never answers.
  | { kind: 'hang' }
  // Streams the first `sendChars` characters of the content, then goes silent.
  | { kind: 'stall'; content: string; sendChars: number };

export type RecordedRequest = {
  body: { model: string; stream?: boolean; messages: Array<{ role: string; content: string }>; [key: string]: unknown };
  headers: IncomingHttpHeaders;
  receivedAt: number;
  // When the last byte of the answer was written (streams and completions only).
  finishedAt?: number;
};

export type FakeOpenAI = { baseURL: string; requests: RecordedRequest[]; embeddingInputs: string[]; close: () => Promise<void> };

// The SDK asks for base64 (little-endian float32) unless told otherwise, as the real API allows.
function encode(vector: number[], format: 'float' | 'base64' | undefined): number[] | string {
  return format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
}

export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(512).fill(0);
  for (const word of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/\p{L}{3,}/gu) ?? []) {
    let h = 2166136261;
    for (const ch of word) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    v[h % 512] += 1;
  }
  return v;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function usageOf(usage: FakeUsage | undefined) {
  const u = usage ?? { promptTokens: 0, completionTokens: 0 };
  return { prompt_tokens: u.promptTokens, completion_tokens: u.completionTokens, total_tokens: u.promptTokens + u.completionTokens };
}

function chunkJson(model: string, delta: Record<string, unknown>, finishReason: string | null = null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

async function stream(
  res: ServerResponse,
  model: string,
  content: string,
  opts: { chunkSize: number; chunkDelayMs: number; usage?: FakeUsage; sendChars?: number },
) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send(chunkJson(model, { role: 'assistant', content: '' }));
  const end = opts.sendChars ?? content.length;
  for (let i = 0; i < end; i += opts.chunkSize) {
    send(chunkJson(model, { content: content.slice(i, Math.min(i + opts.chunkSize, end)) }));
    if (opts.chunkDelayMs) await sleep(opts.chunkDelayMs);
  }
  if (opts.sendChars !== undefined) return; // stall: keep the connection open, send nothing more
  send(chunkJson(model, {}, 'stop'));
  send({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, choices: [], usage: usageOf(opts.usage) });
  res.write('data: [DONE]\n\n');
  res.end();
}

export async function startFakeOpenAI(script: FakeBehaviour[]): Promise<FakeOpenAI> {
  if (script.length === 0) throw new Error('startFakeOpenAI needs at least one behaviour');
  const requests: RecordedRequest[] = [];
  const embeddingInputs: string[] = [];
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/v1/embeddings') {
      const body = JSON.parse(await readBody(req)) as { model: string; input: string | string[]; encoding_format?: 'float' | 'base64' };
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      embeddingInputs.push(...inputs);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: encode(fakeEmbedding(text), body.encoding_format) })),
          usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
        }),
      );
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { message: 'Not found', type: 'invalid_request_error' } }));
      return;
    }
    const recorded: RecordedRequest = { body: JSON.parse(await readBody(req)), headers: req.headers, receivedAt: Date.now() };
    const behaviour = script[Math.min(requests.length, script.length - 1)];
    requests.push(recorded);
    const model = recorded.body.model;
    switch (behaviour.kind) {
      case 'hang':
        return;
      case 'status':
        res
          .writeHead(behaviour.status, { 'Content-Type': 'application/json', ...behaviour.headers })
          .end(JSON.stringify({ error: { message: 'Scripted failure', type: 'server_error', code: null, ...behaviour.error } }));
        return;
      case 'stall':
        await stream(res, model, behaviour.content, { chunkSize: 64, chunkDelayMs: 0, sendChars: behaviour.sendChars });
        return;
      case 'answer':
        if (recorded.body.stream) {
          await stream(res, model, behaviour.content, {
            chunkSize: behaviour.chunkSize ?? 64,
            chunkDelayMs: behaviour.chunkDelayMs ?? 0,
            usage: behaviour.usage,
          });
        } else {
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(
            JSON.stringify({
              id: 'chatcmpl-test',
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model,
              choices: [{ index: 0, message: { role: 'assistant', content: behaviour.content, refusal: null }, finish_reason: 'stop', logprobs: null }],
              usage: usageOf(behaviour.usage),
            }),
          );
        }
        recorded.finishedAt = Date.now();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    embeddingInputs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
