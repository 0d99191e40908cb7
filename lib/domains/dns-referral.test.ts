// Reading a parent zone's reply to an NS question, byte by byte: a referral (the delegation in the
// authority section, names compressed), and replies that must never pass for a delegation.
import { describe, expect, it } from 'vitest';
import { parseDelegation } from './dns-referral';

const ID = 0x1234;
const name = (n: string) => Buffer.concat([...n.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])), Buffer.from([0])]);
const u16 = (...values: number[]) => Buffer.concat(values.map((v) => Buffer.from([v >> 8, v & 0xff])));
const header = ({ id = ID, flags = 0x8000, qd = 1, an = 0, ns = 0, ar = 0 } = {}) => u16(id, flags, qd, an, ns, ar);
const question = (n: string) => Buffer.concat([name(n), u16(2, 1)]);
// An NS record whose owner is a pointer to the question's name (offset 12) and whose target is
// `label` followed by a pointer to the same name.
const nsRecord = (label: string) => {
  const target = Buffer.concat([Buffer.from([label.length]), Buffer.from(label), Buffer.from([0xc0, 12])]);
  return Buffer.concat([Buffer.from([0xc0, 12]), u16(2, 1, 0, 3600, target.length), target]);
};

describe('parseDelegation', () => {
  it('reads a referral: the NS records of the authority section, names uncompressed and sorted', () => {
    const reply = Buffer.concat([header({ ns: 2 }), question('padaria.com.br'), nsRecord('ns2'), nsRecord('ns1')]);
    expect(parseDelegation(reply, ID, 'Padaria.com.br.')).toEqual({ kind: 'ok', values: ['ns1.padaria.com.br', 'ns2.padaria.com.br'] });
  });

  it('tells no such name and refusals apart, and takes nothing else for a delegation', () => {
    const ok = Buffer.concat([header({ ns: 1 }), question('padaria.com.br'), nsRecord('ns1')]);
    expect(parseDelegation(Buffer.concat([header({ flags: 0x8003 }), question('padaria.com.br')]), ID, 'padaria.com.br')).toEqual({ kind: 'nxdomain' });
    expect(parseDelegation(Buffer.concat([header({ flags: 0x8005 }), question('padaria.com.br')]), ID, 'padaria.com.br')).toEqual({
      kind: 'failed',
      reason: 'EREFUSED',
    });
    const bad = (packet: Buffer, forName = 'padaria.com.br') => parseDelegation(packet, ID, forName).kind;
    expect(bad(ok, 'outro.com.br')).toBe('failed'); // a reply to another question
    expect(bad(Buffer.concat([header({ id: 7, ns: 1 }), ok.subarray(12)]))).toBe('failed'); // another query's id
    expect(bad(Buffer.concat([header({ flags: 0x0000, ns: 1 }), ok.subarray(12)]))).toBe('failed'); // a query, not a reply
    expect(bad(Buffer.concat([header({ flags: 0x8200, ns: 1 }), ok.subarray(12)]))).toBe('failed'); // truncated
    expect(bad(ok.subarray(0, ok.length - 3))).toBe('failed'); // cut short
    expect(bad(Buffer.concat([header({ ns: 3 }), ok.subarray(12)]))).toBe('failed'); // claims records it lacks
    expect(bad(Buffer.from('not a dns answer at all'))).toBe('failed');
    // A name pointing at itself.
    const loop = Buffer.concat([
      header({ ns: 1 }),
      question('padaria.com.br'),
      Buffer.from([0xc0, 12 + 16 + 4]),
      u16(2, 1, 0, 60, 2),
      Buffer.from([0xc0, 12 + 16 + 4]),
    ]);
    expect(bad(loop)).toBe('failed');
    // NS records of another name (a sibling's delegation) are not this one's.
    const sibling = Buffer.concat([header({ ns: 1 }), question('padaria.com.br'), Buffer.from([0xc0, 12 + 8]), u16(2, 1, 0, 60, 2), Buffer.from([0xc0, 12])]);
    expect(parseDelegation(sibling, ID, 'padaria.com.br')).toEqual({ kind: 'nodata' });
  });
});
