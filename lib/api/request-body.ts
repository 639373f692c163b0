import { assertTextsWithinCeiling } from '@/lib/validation/input-ceiling';
import { ApiProblem } from './api-problem';

export const jsonBodyLimitBytes = 1024 * 1024;
export const csvBodyLimitBytes = 10 * 1024 * 1024;

/**
 * The request body as bytes, refusing more than `limitBytes` (413) before reading it when
 * Content-Length says so, and while reading it when the client sends more than it announced
 * or streams without a length.
 */
export async function readBodyBytes(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const announced = Number(request.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > limitBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A JSON object body (at most 1 MB, no text over the input ceiling); anything else is a 400 or 422. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBodyBytes(request, jsonBodyLimitBytes));
}

/** The same for a body that may be left out: no body, or an empty one, is an empty object. */
export async function readOptionalJsonObject(request: Request): Promise<Record<string, unknown>> {
  const bytes = await readBodyBytes(request, jsonBodyLimitBytes);
  return bytes.byteLength === 0 ? {} : parseJsonObject(bytes);
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiProblem('BAD_REQUEST', 'malformedJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiProblem('BAD_REQUEST', 'bodyNotObject');
  }
  // Text no field could accept: a 422 naming the field, before any schema reads it.
  assertTextsWithinCeiling(parsed);
  return parsed as Record<string, unknown>;
}

function tooLarge() {
  return new ApiProblem('PAYLOAD_TOO_LARGE', 'payloadTooLarge');
}
