import { getTranslations } from 'next-intl/server';
import type { WebsiteFinding } from '@/lib/verification/website/observation';

type Translate = Awaited<ReturnType<typeof getTranslations<'verification.website.note'>>>;

/** Text from the page (a JSON error, unread hours) is cut: the note names it, it does not quote pages. */
const quoted = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

function noteText(t: Translate, finding: WebsiteFinding): string {
  switch (finding.code) {
    case 'noStructuredData':
      return finding.types.length > 0
        ? t('noStructuredDataTypes', { types: finding.types.slice(0, 5).join(', ') })
        : t('noStructuredData');
    case 'pageCut':
    case 'scriptTooLarge':
      return t(finding.code, { characters: finding.characters });
    case 'tooManyScripts':
      return t('tooManyScripts', { read: finding.read, found: finding.found });
    case 'tooManyBusinesses':
      return t('tooManyBusinesses', { read: finding.read });
    case 'invalidJson':
      return t('invalidJson', { message: quoted(finding.message) });
    case 'valueCut':
      return t('valueCut', { field: finding.field });
    case 'hoursNotRead':
      return t('hoursNotRead', { text: quoted(finding.text) });
    default:
      return t(finding.code);
  }
}

/** What the website reader noticed about the page (cut, malformed, too large), one sentence each. */
export async function WebsiteNotes({ findings }: { findings: WebsiteFinding[] }) {
  const t = await getTranslations('verification.website');
  const tNote = await getTranslations('verification.website.note');
  const shown = findings.slice(0, 10);
  if (shown.length === 0) return null;
  return (
    <div>
      <p className="font-medium text-slate-900">{t('notesTitle')}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
        {shown.map((finding, index) => (
          <li key={`${finding.code}-${index}`} className="break-words">
            {noteText(tNote, finding)}
          </li>
        ))}
      </ul>
    </div>
  );
}
