import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '@/tests/support/until';
import { createOutboundClient, outboundDefaults } from './outbound-fetch';
import { allowOnly, startLocalServer } from './test-support';

// Hostile servers on 127.0.0.1: one that drips a byte at a time, one that sends more than any
// limit, one that accepts a connection and never answers the TLS handshake.

const mebibyte = 1024 * 1024;
let hugeBytesWritten = 0;
let hugeClosed = false;
const drips = new Set<NodeJS.Timeout>();
afterAll(() => drips.forEach(clearInterval));

const hostile = await startLocalServer((request, response) => {
  if (request.path === '/drip') {
    response.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => response.write('.'), 20);
    drips.add(timer);
    response.on('close', () => clearInterval(timer));
    return;
  }
  if (request.path === '/huge') {
    // 50 MB without Content-Length, written as fast as the client reads.
    hugeBytesWritten = 0;
    hugeClosed = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    response.writeHead(200, { 'content-type': 'text/html' });
    response.on('close', () => (hugeClosed = true));
    const pump = () => {
      while (hugeBytesWritten < 50 * mebibyte && !response.destroyed) {
        hugeBytesWritten += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    return pump();
  }
  if (request.path === '/declared') {
    return void response.writeHead(200, { 'content-length': String(10 * mebibyte) }).write('a');
  }
  if (request.path === '/small') return void response.writeHead(200).end('a'.repeat(1000));
  response.writeHead(404).end();
});

const silentTls = net.createServer((socket) => {
  // Accepts the TCP connection, reads the client's hello and says nothing: the TLS handshake never
  // completes. (Reading lets the server notice when the client hangs up.)
  socket.resume();
});
await new Promise<void>((resolve) => silentTls.listen(0, '127.0.0.1', resolve));
const silentPort = (silentTls.address() as AddressInfo).port;
afterAll(() => new Promise((resolve) => silentTls.close(resolve)));

describe('outbound limits', () => {
  it('has the documented defaults', () => {
    expect(outboundDefaults).toEqual({
      connectTimeoutMs: 5_000,
      totalTimeoutMs: 15_000,
      purposeTimeoutMs: { overpass: 35_000 },
      maxBytes: 2 * mebibyte,
      maxRedirects: 5,
    });
  });

  it('stops a slow-drip answer at the total timeout', async () => {
    const client = createOutboundClient({ allow: allowOnly(hostile), totalTimeoutMs: 300 });
    const started = performance.now();
    const outcome = await client(hostile.url('/drip'), { purpose: 'geocoder' });
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: 'timeout',
      reason: 'no complete answer within 300 ms',
    });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('grants a purpose its own longer limit and caps every other request at the client limit', async () => {
    const client = createOutboundClient({
      allow: allowOnly(hostile),
      totalTimeoutMs: 200,
      purposeTimeoutMs: { overpass: 1_000 },
    });
    const [overpass, geocoder, overpassCapped] = await Promise.all([
      client(hostile.url('/drip'), { purpose: 'overpass', timeoutMs: 500 }),
      client(hostile.url('/drip'), { purpose: 'geocoder', timeoutMs: 500 }),
      client(hostile.url('/drip'), { purpose: 'overpass', timeoutMs: 5_000 }),
    ]);
    expect(overpass).toMatchObject({ code: 'timeout', reason: 'no complete answer within 500 ms' });
    expect(geocoder).toMatchObject({ code: 'timeout', reason: 'no complete answer within 200 ms' });
    expect(overpassCapped).toMatchObject({ code: 'timeout', reason: 'no complete answer within 1000 ms' });
  });

  it('stops when the caller cancels', async () => {
    const client = createOutboundClient({ allow: allowOnly(hostile) });
    const outcome = await client(hostile.url('/drip'), {
      purpose: 'geocoder',
      signal: AbortSignal.timeout(100),
    });
    expect(outcome).toMatchObject({ kind: 'failed', code: 'aborted' });
  });

  it('stops reading a body at 2 MB and closes the connection', async () => {
    const client = createOutboundClient({ allow: allowOnly(hostile) });
    const outcome = await client(hostile.url('/huge'), { purpose: 'geocoder' });
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: 'too_large',
      reason: 'body larger than 2097152 bytes',
    });
    await until(() => hugeClosed);
    // Far less than the 50 MB offered: 2 MB and what the sockets buffered when the client hung up.
    expect(hugeBytesWritten).toBeLessThan(25 * mebibyte);
  });

  it('refuses a declared length over the limit without reading, and takes a lower limit per request', async () => {
    const client = createOutboundClient({ allow: allowOnly(hostile) });
    expect(await client(hostile.url('/declared'), { purpose: 'geocoder' })).toMatchObject({
      code: 'too_large',
    });
    expect(await client(hostile.url('/small'), { purpose: 'geocoder', maxBytes: 999 })).toMatchObject({
      code: 'too_large',
    });
    expect(await client(hostile.url('/small'), { purpose: 'geocoder', maxBytes: 1000 })).toMatchObject({
      kind: 'answer',
      status: 200,
    });
  });

  it('gives up on a connection that is not up within the connect timeout', async () => {
    const client = createOutboundClient({
      allow: allowOnly(`127.0.0.1:${silentPort}`),
      connectTimeoutMs: 200,
    });
    const started = performance.now();
    const outcome = await client(`https://127.0.0.1:${silentPort}/`, { purpose: 'places' });
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: 'connect_timeout',
      reason: 'no connection within 200 ms',
    });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('reports a refused connection', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = createOutboundClient({ allow: allowOnly(`127.0.0.1:${port}`) });
    expect(await client(`http://127.0.0.1:${port}/`, { purpose: 'geocoder' })).toMatchObject({
      kind: 'failed',
      code: 'connection_failed',
      reason: 'ECONNREFUSED',
    });
  });
});
