// What a person sees when a request is refused for its address (proxy.ts): a page in German and
// English that names the configured address and how to change it, or the same words as JSON for
// scripts and server actions. No scripts and nothing loaded from elsewhere.
import deCore from '@/messages/de/core.json';
import enCore from '@/messages/en/core.json';

type Texts = typeof deCore.errors;
type Words = Record<string, string>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** `template` with its {placeholders} filled; `escape` applied to the values only. */
function fill(template: string, words: Words, escape = (text: string) => text) {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in words ? escape(words[name]!) : placeholder,
  );
}

const noStore = { 'cache-control': 'no-store' };
const pagePolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function page(
  status: number,
  title: (texts: Texts) => string,
  text: (texts: Texts) => string,
  words: Words,
  link?: string,
) {
  const section = (texts: Texts, lang: string, heading: 'h1' | 'h2') => `<div lang="${lang}">
<${heading}>${escapeHtml(title(texts))}</${heading}>
<p>${fill(escapeHtml(text(texts)), words, escapeHtml)}</p>
${link ? `<p><a href="${escapeHtml(link)}">${fill(escapeHtml(texts.addressOpen), words, escapeHtml)}</a></p>` : ''}
</div>`;
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title(deCore.errors))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:0 auto;padding:3rem 1rem;color:#0f172a;line-height:1.5}p{color:#334155}a{color:#0f5f8c;font-weight:600}hr{border:0;border-top:1px solid #e2e8f0;margin:2rem 0}</style>
</head>
<body>
<main>
${section(deCore.errors, 'de', 'h1')}
<hr>
${section(enCore.errors, 'en', 'h2')}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      ...noStore,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': pagePolicy,
    },
  });
}

function wantsPage(request: Request) {
  const { pathname } = new URL(request.url);
  return (
    !pathname.startsWith('/api/') &&
    !request.headers.has('next-action') &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

/**
 * The 403 for a state change from another origin. With NEXTAUTH_URL set it names that address and
 * how to change it; without, the request came from another site than the one it was sent to.
 */
export function crossOriginRefusal(
  request: Request,
  addresses: { appUrl: string | undefined; ownOrigin: string | null },
) {
  const origin = request.headers.get('origin') ?? '?';
  const appOrigin = addresses.appUrl ? new URL(addresses.appUrl).origin : null;
  const words = { origin, appOrigin: appOrigin ?? '', ownOrigin: addresses.ownOrigin ?? '' };
  const text = (texts: Texts) => (appOrigin ? texts.addressRefusedConfigured : texts.addressRefusedOtherSite);
  if (wantsPage(request)) {
    return page(
      403,
      (texts) => texts.addressRefusedTitle,
      text,
      words,
      appOrigin ?? addresses.ownOrigin ?? undefined,
    );
  }
  const message = `${fill(text(deCore.errors), words)} · ${fill(text(enCore.errors), words)}`;
  return Response.json({ error: 'cross_origin_request', message }, { status: 403, headers: noStore });
}

/**
 * The page for a request under another host than NEXTAUTH_URL's that was sent there once and came
 * back under the same wrong host: a reverse proxy that does not pass the address on.
 */
export function misdirectedPage(appUrl: string, origin: string, target: string) {
  const words = { appOrigin: new URL(appUrl).origin, origin };
  return page(
    421,
    (texts) => texts.addressMisdirectedTitle,
    (texts) => texts.addressMisdirectedText,
    words,
    target,
  );
}
