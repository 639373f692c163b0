import { getTranslations } from 'next-intl/server';
import { CopyButton } from '@/components/ui/copy-button';
import { Textarea } from '@/components/ui/textarea';

/**
 * The JSON-LD made from the master data for a page without structured data, to paste into the
 * page's head: read-only in a text area (shown as text, never run), with a copy button.
 */
export async function SnippetBlock({ snippet, idPrefix }: { snippet: string; idPrefix: string }) {
  const t = await getTranslations('verification.website');
  const id = `${idPrefix}-snippet`;
  return (
    <div className="space-y-2">
      <p className="text-slate-700">{t('snippetIntro')}</p>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {t('snippetLabel')}
      </label>
      <Textarea
        id={id}
        readOnly
        value={snippet}
        rows={Math.min(16, snippet.split('\n').length + 1)}
        spellCheck={false}
        className="w-full font-mono text-xs"
      />
      <CopyButton text={snippet} label={t('copy')} copiedLabel={t('copied')} />
    </div>
  );
}
