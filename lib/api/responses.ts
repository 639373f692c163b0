/** A JSON answer of /api/v1; answers carry tenant data, so no cache keeps them. */
export function apiJson(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return Response.json(data, {
    status: init.status ?? 200,
    headers: { 'cache-control': 'no-store', ...init.headers },
  });
}
