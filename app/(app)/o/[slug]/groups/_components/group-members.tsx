import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import {
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  Cell,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import { Pagination } from '@/components/ui/pagination';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { listGroupMembers } from '@/lib/location-groups/members';
import { removeLocationsFromGroupAction } from '../_actions/group-actions';

type Props = {
  slug: string;
  groupId: string;
  base: string;
  members: Awaited<ReturnType<typeof listGroupMembers>>;
  query: string;
  removable: boolean;
  isHand: boolean;
};

/** The group's locations by name, searchable, 50 a page; a hand group's with "Entfernen". */
export async function GroupMembers({ slug, groupId, base, members, query, removable, isHand }: Props) {
  const t = await getTranslations('locationGroups');
  const hrefFor = (page: number) =>
    `${base}?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(page) })}`;
  return (
    <Card title={t('membersTitle')}>
      {!isHand && <p className="mb-3 text-sm text-slate-600">{t('membersRuleNote')}</p>}
      <MembersSearch
        base={base}
        query={query}
        label={t('search')}
        hint={t('searchHint')}
        button={t('searchButton')}
      />
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {t('membersCount', { count: members.total })}
      </p>
      {members.total === 0 ? (
        <p className="text-sm text-slate-600">{isHand ? t('membersEmptyHand') : t('membersEmptyRule')}</p>
      ) : (
        <CardTable inCard className="w-full text-sm">
          <caption className="sr-only">{t('membersTitle')}</caption>
          <CardTableHead>
            <CardTableRow className="border-b border-slate-200 text-left text-slate-600">
              <ColumnHeader className="py-2 pr-4 font-medium">{t('memberColumns.name')}</ColumnHeader>
              <ColumnHeader className="py-2 pr-4 font-medium">{t('memberColumns.storeCode')}</ColumnHeader>
              <ColumnHeader className="py-2 pr-4 font-medium">{t('memberColumns.city')}</ColumnHeader>
              {removable && (
                <ColumnHeader className="py-2 font-medium">
                  <span className="sr-only">{t('remove')}</span>
                </ColumnHeader>
              )}
            </CardTableRow>
          </CardTableHead>
          <CardTableBody>
            {members.rows.map((location) => (
              <CardTableRow key={location.id} className="border-b border-slate-100">
                <RowHeader className="py-2 pr-4 text-left font-normal">
                  <Link href={`/o/${slug}/locations/${location.id}`} className="text-brand-700 underline">
                    {location.name}
                  </Link>
                  {location.archivedAt && (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                      {t('archived')}
                    </span>
                  )}
                </RowHeader>
                <Cell label={t('memberColumns.storeCode')} className="py-2 pr-4">
                  <span className="font-mono">{location.storeCode}</span>
                </Cell>
                <Cell label={t('memberColumns.city')} className="py-2 pr-4">
                  {location.postalCode} {location.city}
                </Cell>
                {removable && (
                  <Cell className="py-2 sm:text-right">
                    <ActionForm
                      action={removeLocationsFromGroupAction.bind(null, slug, groupId)}
                      quietOnSuccess
                    >
                      <input type="hidden" name="locationIds" value={location.id} />
                      <SubmitButton variant="secondary">
                        <span aria-hidden="true">{t('remove')}</span>
                        <span className="sr-only">{t('removeLabel', { name: location.name })}</span>
                      </SubmitButton>
                    </ActionForm>
                  </Cell>
                )}
              </CardTableRow>
            ))}
          </CardTableBody>
        </CardTable>
      )}
      <Pagination page={members.page} pageCount={members.pageCount} hrefFor={hrefFor} />
    </Card>
  );
}

/** Narrows the list by name, store code, street, postcode or city (a GET form: the URL keeps it). */
function MembersSearch(props: { base: string; query: string; label: string; hint: string; button: string }) {
  const { base, query, label, hint, button } = props;
  return (
    <form method="get" action={base} className="mb-4 flex flex-wrap items-start gap-2" role="search">
      <TextField
        name="q"
        type="search"
        label={label}
        hint={hint}
        defaultValue={query}
        maxLength={100}
        className="w-full max-w-sm"
      />
      <button type="submit" className={buttonClasses('secondary', 'sm:mt-6')}>
        {button}
      </button>
    </form>
  );
}
