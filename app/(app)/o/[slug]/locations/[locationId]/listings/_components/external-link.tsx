import type { ReactNode } from 'react';
import { linkClass, webHref } from './observation-text';

/** A link to a page outside the app (the map, the editor, the website), opened in a new tab. */
export function ExternalLink({ href, children }: { href: unknown; children: ReactNode }) {
  const url = webHref(href);
  if (!url) return null;
  return (
    <a href={url} rel="noopener noreferrer" target="_blank" className={linkClass}>
      {children}
    </a>
  );
}
