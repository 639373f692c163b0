import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { auditLogQuerySchema, formatAuditCursor, type AuditLogQuery } from '@/lib/audit/audit-log-query';
import { listAuditEvents } from '@/lib/audit/audit-queries';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { listMembers } from '@/lib/organisations/members';
import { AuditFilters } from './_components/audit-filters';
import { AuditTable } from './_components/audit-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The organisation's audit log, for owners only: two statements per page, whatever its length. */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'OWNER');
  const query = auditLogQuerySchema.parse(await searchParams);
  const [page, members, t] = await Promise.all([
    listAuditEvents(member, query),
    listMembers(member),
    getTranslations('audit'),
  ]);
  const base = `/o/${slug}/settings/audit`;
  const hrefFor = (changes: Partial<AuditLogQuery>) => {
    const next = { ...query, ...changes };
    const search = new URLSearchParams();
    if (next.category) search.set('category', next.category);
    if (next.member) search.set('member', next.member);
    if (next.before) search.set('before', formatAuditCursor(next.before));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };
  const filtered = Boolean(query.category || query.member);

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <AuditFilters
        action={base}
        query={query}
        members={members.map((row) => ({ id: row.id, label: `${row.user.name} (${row.user.email})` }))}
      />
      {page.entries.length === 0 ? (
        <EmptyState
          title={filtered ? t('emptyFilteredTitle') : t('emptyTitle')}
          text={filtered ? t('emptyFilteredText') : t('emptyText')}
          action={
            filtered || query.before ? (
              <ButtonLink href={base} variant="secondary">
                {filtered ? t('filters.reset') : t('newest')}
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {t('timeZoneNote', { timeZone: member.organisation.timeZone })}
          </p>
          <AuditTable entries={page.entries} timeZone={member.organisation.timeZone} />
        </>
      )}
      {(page.next || query.before) && (
        <nav aria-label={t('pages')} className="mt-4 flex flex-wrap items-center justify-between gap-3">
          {query.before ? (
            <ButtonLink href={hrefFor({ before: undefined })} variant="secondary">
              {t('newest')}
            </ButtonLink>
          ) : (
            <span />
          )}
          {page.next && (
            <ButtonLink href={hrefFor({ before: page.next })} variant="secondary" rel="next">
              {t('older')}
            </ButtonLink>
          )}
        </nav>
      )}
    </>
  );
}
