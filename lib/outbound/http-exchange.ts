import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Destination, ResolvedAddress } from './destination';
import { failed } from './outcome';

// One request and its answer over node:http(s), connected only to the addresses checkDestination
// approved: the socket's DNS look-up is replaced by those addresses, so nothing is resolved twice.
// TLS still verifies the certificate against the host name of the URL. A fresh connection per
// request (no keep-alive pool) keeps every connection tied to one check.

export type ExchangeRequest = {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
};

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const candidates = family ? addresses.filter((entry) => entry.family === family) : addresses;
    const first = candidates[0];
    if (!first) {
      const error = Object.assign(new Error(`${hostname} has no IPv${family} address`), {
        code: 'ENOTFOUND',
      });
      callback(error, '', 0);
    } else if (options.all) {
      callback(null, candidates);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/**
 * Sends the request and resolves with the answer's head; its body is still to be read. The
 * connection (TCP and, for https, the TLS handshake) must be up within `connectTimeoutMs`; an
 * abort of `signal` ends it at any point with the signal's reason.
 */
export function sendRequest(
  destination: Destination,
  request: ExchangeRequest,
  limits: { connectTimeoutMs: number; signal: AbortSignal },
): Promise<IncomingMessage> {
  const { signal, connectTimeoutMs } = limits;
  const secure = destination.url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const outgoing = (secure ? https : http).request(destination.url, {
      method: request.method,
      headers: request.headers,
      agent: false,
      lookup: pinnedLookup(destination.addresses),
    });
    let connectTimer: ReturnType<typeof setTimeout> | undefined;
    const abort = () => outgoing.destroy(signal.reason);
    const settle = () => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', abort);
    };
    signal.addEventListener('abort', abort, { once: true });
    outgoing.once('socket', (socket) => {
      connectTimer = setTimeout(
        () => outgoing.destroy(failed('connect_timeout', `no connection within ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
      socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    outgoing.once('response', (response) => {
      settle();
      resolve(response);
    });
    outgoing.once('error', (error) => {
      settle();
      reject(error);
    });
    outgoing.end(request.body);
  });
}

/**
 * Reads the body up to `maxBytes` and not a byte further: a larger Content-Length is refused
 * before reading, and a stream that grows past the limit is cut there (the chunk that crosses it
 * is dropped with the connection).
 */
export async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal) {
  const tooLarge = () => failed('too_large', `body larger than ${maxBytes} bytes`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const abort = () => response.destroy(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } finally {
    signal.removeEventListener('abort', abort);
  }
  return Buffer.concat(chunks, size);
}
