// The address people last opened the app at, for links made outside a request (reminder mails
// from the job queue) when NEXTAUTH_URL is not set. An address of the machine in the local
// network is kept over localhost, which would point a phone at itself. Per process, on
// globalThis: the proxy that sees the requests and the jobs are bundled apart but run together.

const stateKey = Symbol.for('ortsbild.openedOrigin');
type Holder = { [stateKey]?: string };

const loopbackHosts = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

export function isLoopbackOrigin(origin: string) {
  return loopbackHosts.test(new URL(origin).host);
}

/** Notes the origin of a page request; a loopback one does not replace a network address. */
export function rememberOpenedOrigin(origin: string) {
  const holder = globalThis as Holder;
  const known = holder[stateKey];
  if (known && isLoopbackOrigin(origin) && !isLoopbackOrigin(known)) return;
  holder[stateKey] = origin;
}

/** The origin noted last (a network address before localhost), or null before any page request. */
export function lastOpenedOrigin(): string | null {
  return (globalThis as Holder)[stateKey] ?? null;
}
