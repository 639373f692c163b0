import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { TextField } from '@/components/ui/text-field';

/** Picks a period and downloads its entries as CSV (a plain GET, no script needed). */
export async function ExportForm({ action, from, to }: { action: string; from: string; to: string }) {
  const t = await getTranslations('timeEntries.export');
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <RequiredFieldsNote className="basis-full" />
      <TextField
        name="from"
        id="export-from"
        type="date"
        label={t('from')}
        defaultValue={from}
        required
        className="min-w-36 flex-1"
      />
      <TextField
        name="to"
        id="export-to"
        type="date"
        label={t('to')}
        defaultValue={to}
        required
        className="min-w-36 flex-1"
      />
      <button type="submit" className={buttonClasses('secondary')}>
        {t('submit')}
      </button>
    </form>
  );
}
