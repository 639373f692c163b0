import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CalendarFeedCard } from './_components/calendar-feed-card';
import { NotificationList } from './_components/notification-list';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasCalendarFeed } from '@/lib/calendar/calendar-feeds';
import { countUnread, listNotifications } from '@/lib/notifications/notifications';
import { requireMember } from '@/lib/organisations/member-context';
import { createCalendarFeedAction } from './_actions/create-calendar-feed';
import { markAllNotificationsReadAction } from './_actions/mark-all-notifications-read';
import { markNotificationReadAction } from './_actions/mark-notification-read';
import { revokeCalendarFeedAction } from './_actions/revoke-calendar-feed';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The member's reminders and calendar feed. */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const requestedPage = Number((await searchParams).page);
  const [list, unread, feedActive] = await Promise.all([
    listNotifications(member, { page: Number.isFinite(requestedPage) ? requestedPage : 1 }),
    countUnread(member),
    hasCalendarFeed(member),
  ]);
  const t = await getTranslations('notifications');
  const tMail = await getTranslations('digest.preferences');

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          unread > 0 ? (
            <ActionForm action={markAllNotificationsReadAction.bind(null, slug)} quietOnSuccess>
              <SubmitButton variant="secondary">{t('markAllRead')}</SubmitButton>
            </ActionForm>
          ) : undefined
        }
      />
      <div className="space-y-6">
        {list.total === 0 ? (
          <EmptyState
            title={t('emptyTitle')}
            text={t('emptyText')}
            action={
              <ButtonLink href={`/o/${slug}/checkins`} variant="secondary">
                {t('emptyAction')}
              </ButtonLink>
            }
          />
        ) : (
          <Card title={t('listTitle')}>
            <p className="text-sm text-slate-600" role="status">
              {t('unreadCount', { count: unread })}
            </p>
            <NotificationList
              items={list.items}
              slug={slug}
              timeZone={member.organisation.timeZone}
              markReadAction={markNotificationReadAction.bind(null, slug)}
            />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => `/o/${slug}/notifications?page=${page}`}
            />
          </Card>
        )}
        <CalendarFeedCard
          active={feedActive}
          createAction={createCalendarFeedAction.bind(null, slug)}
          revokeAction={revokeCalendarFeedAction.bind(null, slug)}
        />
        <Card title={tMail('title')}>
          <p className="text-sm text-slate-600">{tMail('linkHint')}</p>
          <ButtonLink href={`/o/${slug}/notifications/mail`} variant="secondary" className="mt-3">
            {tMail('link')}
          </ButtonLink>
        </Card>
      </div>
    </>
  );
}
