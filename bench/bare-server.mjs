// The baseline for bench:serve: a bare Node http server answering one stored response.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [file, headersJson, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = JSON.parse(headersJson);
createServer((req, res) => {
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
