import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { publicLocatorUrls } from '@/lib/publishing/publishable-location';

/** The snippet that frames the locator on another site (allowed only for the listed origins). */
export function iframeSnippet(src: string, title: string) {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;height:640px;border:0"></iframe>`;
}

/** The snippet that lets the locator's script place it in the page. */
export function scriptSnippet(src: string, slug: string) {
  return `<script src="${escapeAttribute(src)}" data-ortsbild-locator="${escapeAttribute(slug)}" async></script>`;
}

function escapeAttribute(value: string) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The locator's public addresses and the code to embed it, each to copy. */
export async function PublicAddresses({
  appUrl,
  slug,
  organisationName,
}: {
  appUrl: string;
  slug: string;
  organisationName: string;
}) {
  const t = await getTranslations('publishingSettings');
  const urls = publicLocatorUrls(appUrl, slug);
  const copy = (what: 'locator' | 'iframe' | 'script' | 'sitemap' | 'publicJson') => ({
    label: t(`copyButton.${what}`),
    copiedLabel: t('copied'),
  });
  return (
    <dl className="space-y-5">
      <Entry term={t('locatorAddress')}>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <a
            href={urls.locator}
            target="_blank"
            rel="noopener"
            className="text-brand-800 min-w-0 font-medium break-all underline underline-offset-2"
          >
            {urls.locator} <span className="sr-only">{t('opensInNewTab')}</span>
          </a>
          <CopyButton text={urls.locator} {...copy('locator')} />
        </div>
      </Entry>
      <Snippet
        term={t('iframeLabel')}
        hint={t('iframeHint')}
        code={iframeSnippet(urls.embedFrame, t('iframeTitle', { name: organisationName }))}
        copy={copy('iframe')}
      />
      <Snippet
        term={t('scriptLabel')}
        hint={t('scriptHint')}
        code={scriptSnippet(urls.embedScript, slug)}
        copy={copy('script')}
      />
      <Snippet term={t('sitemapLabel')} hint={t('sitemapHint')} code={urls.sitemap} copy={copy('sitemap')} />
      <Snippet
        term={t('publicJsonLabel')}
        hint={t('publicJsonHint')}
        code={urls.publicJson}
        copy={copy('publicJson')}
      />
    </dl>
  );
}

function Entry({ term, hint, children }: { term: string; hint?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-semibold text-slate-900">{term}</dt>
      {hint && <dd className="mt-0.5 text-sm text-slate-600">{hint}</dd>}
      <dd className="mt-1.5">{children}</dd>
    </div>
  );
}

function Snippet({
  term,
  hint,
  code,
  copy,
}: {
  term: string;
  hint: string;
  code: string;
  copy: { label: string; copiedLabel: string };
}) {
  return (
    <Entry term={term} hint={hint}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-900">
          <code>{code}</code>
        </pre>
        <CopyButton text={code} {...copy} />
      </div>
    </Entry>
  );
}
