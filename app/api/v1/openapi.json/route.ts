import { buildOpenApiDocument } from '@/lib/api/openapi/document';

// Public: integrators read it before they have a token. Built once per server process.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { 'cache-control': 'public, max-age=300' } });
}
