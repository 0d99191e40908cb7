// A local SMTP server for tests: the app's real nodemailer transport delivers to it over loopback
// (configureEmail(smtp.url)), and it keeps each message as received, with its headers and its
// text and HTML parts decoded (MIME encoded words, quoted-printable, base64, multipart).
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ReceivedEmail = {
  from: string;
  to: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  raw: string;
};

export type SmtpStandIn = {
  url: string;
  received: ReceivedEmail[];
  // The first message to an address (waits for it to arrive: some are sent without being awaited).
  messageTo: (address: string, timeoutMs?: number) => Promise<ReceivedEmail>;
  close: () => Promise<void>;
};

// =?UTF-8?Q?...?= and =?UTF-8?B?...?= words; whitespace between two encoded words is dropped (RFC 2047).
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpBytes(text.replace(/_/g, ' '));
      return new TextDecoder(charset).decode(bytes);
    });
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

function splitHeaders(entity: string): { headers: Map<string, string>; body: string } {
  const at = entity.indexOf('\r\n\r\n');
  const head = at < 0 ? entity : entity.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: at < 0 ? '' : entity.slice(at + 4) };
}

function decodeBody(body: string, encoding: string | undefined, charset: string): string {
  const kind = (encoding ?? '7bit').toLowerCase();
  if (kind === 'base64') return new TextDecoder(charset).decode(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  if (kind === 'quoted-printable') return new TextDecoder(charset).decode(qpBytes(body.replace(/=\r\n/g, '')));
  return body;
}

// The text/plain and text/html parts of an entity, however deep in multipart/* they sit.
function parts(entity: string, found: { text: string; html: string }) {
  const { headers, body } = splitHeaders(entity);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) if (!section.startsWith('--')) parts(section.replace(/^\r\n/, ''), found);
    return;
  }
  const charset = /charset="?([^";]+)"?/i.exec(type)?.[1] ?? 'utf-8';
  const decoded = decodeBody(body, headers.get('content-transfer-encoding'), charset);
  if (/^text\/html/i.test(type)) found.html += decoded;
  else if (/^text\/plain/i.test(type)) found.text += decoded;
}

function parseMessage(raw: string, from: string, to: string[]): ReceivedEmail {
  const { headers } = splitHeaders(raw);
  const found = { text: '', html: '' };
  parts(raw, found);
  return { from, to, headers, subject: decodeWords(headers.get('subject') ?? ''), text: found.text.replace(/\r\n/g, '\n'), html: found.html, raw };
}

export async function startSmtpStandIn(): Promise<SmtpStandIn> {
  const received: ReceivedEmail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let inData = false;
    let from = '';
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 localhost ESMTP test stand-in');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          // Dot-stuffing undone; bytes kept as sent (latin1 round-trips them), decoded per part.
          const raw = Buffer.from(buffer.slice(0, end + 2).replace(/^\.\./gm, '.'), 'latin1').toString('utf8');
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(parseMessage(raw, from, to));
          reply('250 2.0.0 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.split(' ')[0]!.toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 localhost');
        else if (verb === 'MAIL') {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          to = [];
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 2.0.0 ok');
        else reply('502 5.5.2 not implemented');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  async function messageTo(address: string, timeoutMs = 5000): Promise<ReceivedEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = received.find((m) => m.to.includes(address));
      if (message) return message;
      if (Date.now() > deadline) throw new Error(`no email to ${address} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    messageTo,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
