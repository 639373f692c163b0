/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { jsonLdText } from '../../json-ld/serialise-json-ld';
import { locatorStyles } from './locator-styles';

// The frame of every public locator page. These pages are plain HTML rendered on the server with
// Preact (preact-render-to-string): no client framework is sent, only /l/assets/locator.js (a
// few kilobytes: the map on demand and the embed's height), since Next.js's own client runtime
// alone is larger than the locator's budget of 100 kB. Preact escapes every text and attribute.

export type DocumentProps = {
  locale: string;
  title: string;
  description: string;
  canonical: string;
  /** Structured data for the page, serialised into a data block (not a script that runs). */
  jsonLd?: object;
  /** Nothing for search engines on search results and error pages. */
  noindex?: boolean;
  /** Inside another site's frame: sizes that do not follow the frame's height (see the styles). */
  embed?: boolean;
  children: ComponentChildren;
};

function LocatorDocument({
  locale,
  title,
  description,
  canonical,
  jsonLd,
  noindex,
  embed,
  children,
}: DocumentProps) {
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={canonical} />}
        <meta name="theme-color" content="#0b5563" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: locatorStyles }} />
        {jsonLd ? (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
        ) : null}
        <script src="/l/assets/locator.js" type="module" />
      </head>
      <body class={embed ? 'embed' : undefined}>{children}</body>
    </html>
  );
}

export function renderDocument(props: DocumentProps): string {
  return `<!DOCTYPE html>${renderToString(<LocatorDocument {...props} />)}`;
}
