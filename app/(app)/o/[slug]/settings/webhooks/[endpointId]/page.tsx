import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
import { PageHeader } from '@/components/ui/page-header';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { findOrNotFound, requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { getWebhookEndpoint, listWebhookDeliveries } from '@/lib/webhooks/endpoints';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('deliveriesTitle') };
}

/** The endpoint's last 50 deliveries: a table on a desktop, a card per delivery on a phone. */
export default async function WebhookDeliveriesPage({
  params,
}: {
  params: Promise<{ slug: string; endpointId: string }>;
}) {
  const { slug, endpointId } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'OWNER');
  const endpoint = await findOrNotFound(getWebhookEndpoint(member, endpointId));
  const deliveries = await listWebhookDeliveries(member, endpoint.id, 50);
  const t = await getTranslations('webhooks');
  return (
    <>
      <PageHeader title={t('deliveriesTitle')} intro={t('deliveriesIntro', { url: endpoint.url })} />
      <p className="mb-4 text-sm">
        <Link href={`/o/${slug}/settings/webhooks`} className="text-brand-700 underline">
          {t('backToList')}
        </Link>
      </p>
      <Card>
        {deliveries.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noDeliveries')}</p>
        ) : (
          <CardTable inCard className="w-full text-left text-sm">
            <CardTableHead>
              <CardTableRow>
                <ColumnHeader>{t('column.time')}</ColumnHeader>
                <ColumnHeader>{t('column.event')}</ColumnHeader>
                <ColumnHeader>{t('column.result')}</ColumnHeader>
                <ColumnHeader>{t('column.statusCode')}</ColumnHeader>
                <ColumnHeader>{t('column.responseTime')}</ColumnHeader>
                <ColumnHeader>{t('column.attempts')}</ColumnHeader>
              </CardTableRow>
            </CardTableHead>
            <CardTableBody>
              {deliveries.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} timeZone={member.organisation.timeZone} />
              ))}
            </CardTableBody>
          </CardTable>
        )}
      </Card>
    </>
  );
}

type Delivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

/** One delivery: when, which event, its result (with the last error), status code, response time, attempts. */
async function DeliveryRow({ delivery, timeZone }: { delivery: Delivery; timeZone: string }) {
  const t = await getTranslations('webhooks');
  const format = await getAppFormatter();
  const time = (value: Date) =>
    format.dateTime(value, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const eventName = (type: string) => t(`event.${type}` as 'event.location.created');
  return (
    <CardTableRow>
      <RowHeader className="font-medium text-slate-900">{time(delivery.createdAt)}</RowHeader>
      <Cell label={t('column.event')}>
        {eventName(delivery.eventType)}
        <code className="block font-mono text-xs break-all text-slate-600">{delivery.eventType}</code>
      </Cell>
      <Cell label={t('column.result')}>
        <span
          className={
            delivery.status === 'SUCCEEDED'
              ? 'text-emerald-800'
              : delivery.status === 'FAILED'
                ? 'font-medium text-red-800'
                : 'text-amber-900'
          }
        >
          {t(`deliveryStatus.${delivery.status}`)}
        </span>
        {delivery.lastError && (
          <span className="block text-xs break-words text-slate-600">{delivery.lastError}</span>
        )}
      </Cell>
      <Cell label={t('column.statusCode')} className="sm:tabular-nums">
        {delivery.lastStatusCode ?? t('noValue')}
      </Cell>
      <Cell label={t('column.responseTime')} className="sm:tabular-nums">
        {delivery.lastResponseMs === null
          ? t('noValue')
          : t('milliseconds', { ms: format.number(delivery.lastResponseMs) })}
      </Cell>
      <Cell label={t('column.attempts')} className="sm:tabular-nums">
        {format.number(delivery.attempts)}
      </Cell>
    </CardTableRow>
  );
}
