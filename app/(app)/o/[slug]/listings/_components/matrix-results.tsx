import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import type { MatrixRow } from '@/lib/listings/matrix';
import { listingStatuses } from '@/lib/listings/schemas';
import { bulkSetStatusAction } from '../_actions/bulk-set-status';
import { BulkStatusForm } from './bulk-status-form';
import { MatrixTable } from './matrix-table';

type Props = {
  slug: string;
  rows: MatrixRow[];
  /** Items matching the filters, on every page. */
  total: number;
  /** Managers change statuses in bulk: the table sits in the bulk form. */
  canEdit: boolean;
  /** The matrix without filters: /o/<slug>/listings. */
  base: string;
};

/** The page of items (inside the bulk form for managers), or a way back when no item matches the filters. */
export async function MatrixResults({ slug, rows, total, canEdit, base }: Props) {
  const t = await getTranslations('listings');
  const table = <MatrixTable rows={rows} slug={slug} selectable={canEdit} />;
  if (total === 0)
    return (
      <EmptyState
        title={t('matrix.noMatchesTitle')}
        text={t('matrix.noMatchesText')}
        action={
          <Link href={base} className="text-brand-800 font-semibold hover:underline">
            {t('matrix.resetFilters')}
          </Link>
        }
      />
    );
  if (!canEdit) return table;
  return (
    <BulkStatusForm
      action={bulkSetStatusAction.bind(null, slug)}
      statusOptions={listingStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
    >
      {table}
    </BulkStatusForm>
  );
}
