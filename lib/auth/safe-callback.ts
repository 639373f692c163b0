// Where to go after signing in or up: a path on this site, never another origin. The value is
// read the way a browser reads it (the URL parser drops tabs and line breaks and reads "\" as
// "/"), so "/\t/evil.example" is seen as the "//evil.example" it becomes.

const thisSite = 'http://this-site.invalid';

/** Only paths on this site, never another origin; `fallback` for anything else. */
export function safeCallbackPath(value: unknown, fallback = '/') {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return fallback;
  }
  if (url.origin !== thisSite) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  return path.startsWith('//') ? fallback : path;
}
