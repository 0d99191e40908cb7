// A local stand-in for Namecheap's XML API, for tests: lib/domains/registrars is pointed at it
// (NAMECHEAP_BASE_URL) and it answers the commands the app sends with Namecheap's XML:
// <ApiResponse Status="OK"> with a <CommandResponse>, or Status="ERROR" with <Errors><Error
// Number="...">. It keeps taken names, registered domains (expiry, name servers, host records)
// and a price list in memory, checks the credentials and the whitelisted client IP, and takes GET
// query strings and form-encoded POSTs as Namecheap does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Host = { HostId: number; Name: string; Type: string; Address: string; MXPref: number; TTL: number };
type Domain = { name: string; expires: Date; nameservers: string[] | null; hosts: Host[]; orderId: number };

export type NamecheapStandIn = {
  url: string;
  credentials: { apiUser: string; apiKey: string; username: string; clientIp: string };
  taken: Set<string>;
  premium: Map<string, string>;
  domains: Map<string, Domain>;
  requests: Array<{ method: string; command: string; params: Record<string, string> }>;
  // The next call of this command answers this error (Namecheap's Number and text).
  failNext: (command: string, number: string, message: string) => void;
  close: () => Promise<void>;
};

const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (values: Record<string, string | number | boolean>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}="${esc(String(v))}"`)
    .join(' ');
const usDate = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;

function ok(command: string, inner: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="OK" xmlns="http://api.namecheap.com/xml.response">
  <Errors />
  <Warnings />
  <RequestedCommand>${esc(command.toLowerCase())}</RequestedCommand>
  <CommandResponse Type="${esc(command.toLowerCase())}">
    ${inner}
  </CommandResponse>
  <Server>STAND-IN</Server>
  <GMTTimeDifference>--5:00</GMTTimeDifference>
  <ExecutionTime>0.01</ExecutionTime>
</ApiResponse>`;
}

function error(command: string, number: string, message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="ERROR" xmlns="http://api.namecheap.com/xml.response">
  <Errors>
    <Error Number="${esc(number)}">${esc(message)}</Error>
  </Errors>
  <Warnings />
  <RequestedCommand>${esc(command.toLowerCase())}</RequestedCommand>
  <Server>STAND-IN</Server>
  <GMTTimeDifference>--5:00</GMTTimeDifference>
  <ExecutionTime>0.01</ExecutionTime>
</ApiResponse>`;
}

// USD, per year, as Namecheap lists them (YourPrice plus the ICANN fee as YourAdditonalCost, sic).
const PRICES: Record<string, { register: string; renew: string }> = {
  com: { register: '10.28', renew: '14.58' },
  net: { register: '11.98', renew: '15.98' },
  io: { register: '34.98', renew: '52.98' },
  'com.br': { register: '24.98', renew: '24.98' },
};
const ICANN_FEE: Record<string, string> = { com: '0.20', net: '0.20' };

export async function startNamecheapStandIn(opts: { port?: number } = {}): Promise<NamecheapStandIn> {
  const credentials = { apiUser: 'pmtest', apiKey: 'nc-test-key-0123456789', username: 'pmtest', clientIp: '203.0.113.10' };
  const taken = new Set<string>(['google.com', 'example.com']);
  const premium = new Map<string, string>([['shop.io', '2500.00']]);
  const domains = new Map<string, Domain>();
  const requests: NamecheapStandIn['requests'] = [];
  const faults = new Map<string, { number: string; message: string }>();
  let nextOrder = 1000;
  let nextHost = 1;

  function answer(method: string, params: Record<string, string>): string {
    const command = (params.Command ?? '').toLowerCase();
    requests.push({ method, command, params });
    if (params.ApiUser !== credentials.apiUser || params.UserName !== credentials.username) return error(command, '1010900', 'Invalid username');
    if (params.ApiKey !== credentials.apiKey) return error(command, '1011102', 'API Key is invalid or API access has not been enabled');
    if (params.ClientIp !== credentials.clientIp) return error(command, '1011150', `Invalid request IP: ${params.ClientIp ?? ''}`);
    const fault = faults.get(command);
    if (fault) {
      faults.delete(command);
      return error(command, fault.number, fault.message);
    }
    const domainOf = () => (params.DomainName ?? `${params.SLD}.${params.TLD}`).toLowerCase();
    const mine = () => domains.get(domainOf());

    switch (command) {
      case 'namecheap.domains.check': {
        const names = (params.DomainList ?? '').split(',').filter(Boolean);
        if (names.length === 0) return error(command, '2011166', 'DomainList is Missing');
        const rows = names.map((raw) => {
          const name = raw.toLowerCase();
          const tld = name.split('.').slice(1).join('.');
          if (!PRICES[tld])
            return `<DomainCheckResult ${attrs({ Domain: name, Available: 'false', ErrorNo: '2030280', Description: 'TLD is not supported' })} />`;
          const isPremium = premium.has(name);
          return `<DomainCheckResult ${attrs({
            Domain: name,
            Available: !taken.has(name) && !domains.has(name),
            ErrorNo: 0,
            Description: '',
            IsPremiumName: isPremium,
            PremiumRegistrationPrice: premium.get(name) ?? '0',
            PremiumRenewalPrice: premium.get(name) ?? '0',
            PremiumRestorePrice: 0,
            PremiumTransferPrice: 0,
            IcannFee: ICANN_FEE[tld] ?? '0',
            EapFee: 0,
          })} />`;
        });
        return ok(command, rows.join('\n'));
      }
      case 'namecheap.users.getpricing': {
        if ((params.ProductType ?? '').toUpperCase() !== 'DOMAIN') return error(command, '2011170', 'ProductType is invalid');
        const action = (params.ActionName ?? 'REGISTER').toLowerCase() as 'register' | 'renew';
        const tld = (params.ProductName ?? '').toLowerCase();
        const prices = PRICES[tld];
        const product = prices
          ? `<Product Name="${esc(tld)}">${[1, 2, 3]
              .map(
                (years) =>
                  `<Price ${attrs({
                    Duration: years,
                    DurationType: 'YEAR',
                    Price: (Number(prices[action]) * years).toFixed(2),
                    AdditionalCost: (Number(ICANN_FEE[tld] ?? '0') * years).toFixed(2),
                    YourPrice: (Number(prices[action]) * years).toFixed(2),
                    YourAdditonalCost: (Number(ICANN_FEE[tld] ?? '0') * years).toFixed(2),
                    PromotionPrice: '0.0',
                    Currency: 'USD',
                  })} />`,
              )
              .join('')}</Product>`
          : '';
        return ok(
          command,
          `<UserGetPricingResult><ProductType Name="domains"><ProductCategory Name="${action}">${product}</ProductCategory></ProductType></UserGetPricingResult>`,
        );
      }
      case 'namecheap.domains.create': {
        const name = domainOf();
        const required = [
          'Years',
          'RegistrantFirstName',
          'RegistrantLastName',
          'RegistrantAddress1',
          'RegistrantCity',
          'RegistrantPhone',
          'RegistrantEmailAddress',
          'AdminEmailAddress',
          'TechEmailAddress',
          'AuxBillingEmailAddress',
        ];
        const missing = required.find((p) => !params[p]);
        if (missing) return error(command, '2011280', `${missing} is Missing`);
        if (!/^\+\d{1,3}\.\d+$/.test(params.RegistrantPhone))
          return error(command, '2015182', 'Contact phone is invalid. The phone number format is +NNN.NNNNNNNNNN');
        if (taken.has(name) || domains.has(name)) return error(command, '3019166', `Domain not available (${name})`);
        const years = Number(params.Years);
        const expires = new Date();
        expires.setUTCFullYear(expires.getUTCFullYear() + years);
        const tld = name.split('.').slice(1).join('.');
        const charged = ((Number(PRICES[tld]?.register ?? '0') + Number(ICANN_FEE[tld] ?? '0')) * years).toFixed(4);
        const orderId = nextOrder++;
        domains.set(name, { name, expires, nameservers: params.Nameservers ? params.Nameservers.split(',') : null, hosts: [], orderId });
        return ok(
          command,
          `<DomainCreateResult ${attrs({ Domain: name, Registered: true, ChargedAmount: charged, DomainID: orderId + 5000, OrderID: orderId, TransactionID: orderId + 9000, WhoisguardEnable: true, NonRealTimeDomain: false })} />`,
        );
      }
      case 'namecheap.domains.renew': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        const years = Number(params.Years ?? '1');
        domain.expires = new Date(domain.expires);
        domain.expires.setUTCFullYear(domain.expires.getUTCFullYear() + years);
        const tld = domain.name.split('.').slice(1).join('.');
        const orderId = nextOrder++;
        return ok(
          command,
          `<DomainRenewResult ${attrs({ DomainName: domain.name, DomainID: orderId + 5000, Renew: true, OrderID: orderId, TransactionID: orderId + 9000, ChargedAmount: (Number(PRICES[tld]?.renew ?? '0') * years).toFixed(4) })}><DomainDetails><ExpiredDate>${usDate(domain.expires)}</ExpiredDate><NumYears>0</NumYears></DomainDetails></DomainRenewResult>`,
        );
      }
      case 'namecheap.domains.getinfo': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        return ok(
          command,
          `<DomainGetInfoResult ${attrs({ Status: 'Ok', ID: domain.orderId + 5000, DomainName: domain.name, OwnerName: credentials.username, IsOwner: true })}><DomainDetails><CreatedDate>${usDate(new Date())}</CreatedDate><ExpiredDate>${usDate(domain.expires)}</ExpiredDate></DomainDetails></DomainGetInfoResult>`,
        );
      }
      case 'namecheap.domains.dns.getlist': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        const ns = domain.nameservers ?? ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'];
        return ok(
          command,
          `<DomainDNSGetListResult ${attrs({ Domain: domain.name, IsUsingOurDNS: domain.nameservers === null })}>${ns.map((n) => `<Nameserver>${esc(n)}</Nameserver>`).join('')}</DomainDNSGetListResult>`,
        );
      }
      case 'namecheap.domains.dns.setcustom': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        const ns = (params.Nameservers ?? '').split(',').filter(Boolean);
        if (ns.length < 2) return error(command, '2011147', 'Nameservers is Missing');
        domain.nameservers = ns;
        return ok(command, `<DomainDNSSetCustomResult ${attrs({ Domain: domain.name, Updated: true })} />`);
      }
      case 'namecheap.domains.dns.gethosts': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        if (domain.nameservers) return error(command, '2030288', 'Cannot complete this command as this domain is not using proper DNS servers');
        const hosts = domain.hosts.map((h) => `<host ${attrs({ ...h, IsActive: true, IsDDNSEnabled: false })} />`).join('');
        return ok(
          command,
          `<DomainDNSGetHostsResult ${attrs({ Domain: domain.name, EmailType: 'FWD', IsUsingOurDNS: true })}>${hosts}</DomainDNSGetHostsResult>`,
        );
      }
      case 'namecheap.domains.dns.sethosts': {
        const domain = mine();
        if (!domain) return error(command, '2019166', 'Domain not found');
        if (domain.nameservers) return error(command, '2030288', 'Cannot complete this command as this domain is not using proper DNS servers');
        // Every call replaces the whole list, as Namecheap does.
        const hosts: Host[] = [];
        for (let n = 1; params[`HostName${n}`] !== undefined; n++) {
          const type = params[`RecordType${n}`];
          if (!['A', 'AAAA', 'CNAME', 'MX', 'MXE', 'TXT', 'URL', 'URL301', 'FRAME', 'CAA'].includes(type))
            return error(command, '2050900', `Invalid RecordType${n}`);
          if (type === 'MX' && params.EmailType !== 'MX') return error(command, '2050900', 'EmailType must be MX for MX records');
          hosts.push({
            HostId: nextHost++,
            Name: params[`HostName${n}`],
            Type: type,
            Address: params[`Address${n}`] ?? '',
            MXPref: Number(params[`MXPref${n}`] ?? 10),
            TTL: Number(params[`TTL${n}`] ?? 1800),
          });
        }
        domain.hosts = hosts;
        return ok(command, `<DomainDNSSetHostsResult ${attrs({ Domain: domain.name, IsSuccess: true })}><Warnings /></DomainDNSSetHostsResult>`);
      }
      default:
        return error(command, '1010900', `Command ${command} is not known`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/xml.response') {
      res.writeHead(404).end();
      return;
    }
    const method = req.method ?? 'GET';
    let params = Object.fromEntries(url.searchParams);
    if (method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      params = { ...params, ...Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) };
    }
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    res.end(answer(method, params));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/xml.response`,
    credentials,
    taken,
    premium,
    domains,
    requests,
    failNext(command, number, message) {
      faults.set(command.toLowerCase(), { number, message });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
