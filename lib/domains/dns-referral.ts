// The delegation of a name as its parent zone's servers hold it (the registry's, for a registrable
// domain): one NS question over UDP, without recursion, read from the answer or, as parents
// reply, the authority section of a referral. node:dns cannot do this (c-ares reads only the
// answer section, and a referral has none), so the packet is built and read here; anything that is
// not a well-formed reply to this question is a failure, never a delegation.
import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { bare, type Answer } from './dns-answer';

const TYPE_NS = 2;
const CLASS_IN = 1;

function encodeName(name: string): Buffer {
  const parts = bare(name)
    .split('.')
    .filter(Boolean)
    .map((label) => {
      const bytes = Buffer.from(label, 'ascii');
      return Buffer.concat([Buffer.from([bytes.length]), bytes]);
    });
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function query(id: number, name: string): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0, 2); // a standard query, recursion not desired
  header.writeUInt16BE(1, 4); // one question
  const question = Buffer.alloc(4);
  question.writeUInt16BE(TYPE_NS, 0);
  question.writeUInt16BE(CLASS_IN, 2);
  return Buffer.concat([header, encodeName(name), question]);
}

// A name at `offset` (RFC 1035 4.1.4, pointers included); throws on anything malformed or looping.
function readName(packet: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  let end = -1;
  for (let jumps = 0; ;) {
    if (at >= packet.length) throw new Error('EBADRESP');
    const length = packet[at]!;
    if (length === 0) {
      if (end < 0) end = at + 1;
      break;
    }
    if ((length & 0xc0) === 0xc0) {
      if (at + 1 >= packet.length || ++jumps > 32) throw new Error('EBADRESP');
      if (end < 0) end = at + 2;
      at = ((length & 0x3f) << 8) | packet[at + 1]!;
      continue;
    }
    if (length > 63 || at + 1 + length > packet.length) throw new Error('EBADRESP');
    labels.push(packet.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  return { name: labels.join('.').toLowerCase(), end };
}

// The NS names for `name` in a reply to `query(id, name)`.
export function parseDelegation(packet: Buffer, id: number, name: string): Answer<string> {
  try {
    if (packet.length < 12 || packet.readUInt16BE(0) !== id || !(packet[2]! & 0x80)) return { kind: 'failed', reason: 'EBADRESP' };
    // Cut short: the list may miss servers, and a partial list must not pass for the whole.
    if (packet[2]! & 0x02) return { kind: 'failed', reason: 'ETRUNCATED' };
    const rcode = packet[3]! & 0x0f;
    if (rcode === 3) return { kind: 'nxdomain' };
    if (rcode !== 0) return { kind: 'failed', reason: rcode === 5 ? 'EREFUSED' : rcode === 2 ? 'ESERVFAIL' : `RCODE_${rcode}` };
    const counts = [4, 6, 8, 10].map((at) => packet.readUInt16BE(at));
    if (counts[0] !== 1) return { kind: 'failed', reason: 'EBADRESP' };
    const question = readName(packet, 12);
    if (question.name !== bare(name) || packet.readUInt16BE(question.end) !== TYPE_NS) return { kind: 'failed', reason: 'EBADRESP' };
    let at = question.end + 4;
    const found = new Set<string>();
    // Answer, then authority records; the additional section (glue) is not needed.
    for (let i = 0; i < counts[1]! + counts[2]!; i++) {
      const owner = readName(packet, at);
      if (owner.end + 10 > packet.length) return { kind: 'failed', reason: 'EBADRESP' };
      const type = packet.readUInt16BE(owner.end);
      const length = packet.readUInt16BE(owner.end + 8);
      const data = owner.end + 10;
      if (data + length > packet.length) return { kind: 'failed', reason: 'EBADRESP' };
      if (type === TYPE_NS && owner.name === bare(name)) found.add(readName(packet, data).name);
      at = data + length;
    }
    return found.size ? { kind: 'ok', values: [...found].sort() } : { kind: 'nodata' };
  } catch {
    return { kind: 'failed', reason: 'EBADRESP' };
  }
}

export function askDelegation(server: { address: string; port: number }, name: string, timeoutMs: number): Promise<Answer<string>> {
  const id = Math.floor(Math.random() * 0x10000);
  const socket = createSocket(isIPv6(server.address) ? 'udp6' : 'udp4');
  return new Promise<Answer<string>>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'failed', reason: 'ETIMEOUT' }), timeoutMs);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'failed', reason: error.code ?? 'ECONNREFUSED' });
    });
    // Only a reply from the server asked counts; any other datagram is ignored until the timeout.
    socket.on('message', (packet, from) => {
      if (from.address !== server.address || from.port !== server.port) return;
      const answer = parseDelegation(packet, id, name);
      if (answer.kind === 'failed' && answer.reason === 'EBADRESP' && packet.length >= 2 && packet.readUInt16BE(0) !== id) return;
      clearTimeout(timer);
      resolve(answer);
    });
    socket.send(query(id, name), server.port, server.address);
  }).finally(() => socket.close());
}
