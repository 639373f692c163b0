import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { hasRole } from '@/lib/access/member-context';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { requireMember } from '@/lib/organisations/member-context';
import { listWebhookEndpoints, type WebhookEndpointView } from '@/lib/webhooks/endpoints';
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendWebhookTestEventAction,
  switchWebhookEndpointAction,
} from './_actions/webhook-actions';
import { CreateWebhookForm } from './_components/create-webhook-form';
import { RotateSecretForm } from './_components/rotate-secret-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('title') };
}

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const t = await getTranslations('webhooks');
  if (!hasRole(member, 'OWNER')) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <Card>
          <p className="text-slate-700">{t('ownersOnly')}</p>
        </Card>
      </>
    );
  }
  const endpoints = await listWebhookEndpoints(member);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card title={t('listTitle')}>
          {endpoints.length === 0 ? (
            <p className="text-sm text-slate-600">{t('none')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {endpoints.map((endpoint) => (
                <EndpointEntry key={endpoint.id} slug={slug} endpoint={endpoint} />
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('createTitle')}>
          <p className="mb-4 text-sm text-slate-600">{t('createIntro')}</p>
          <CreateWebhookForm action={createWebhookEndpointAction.bind(null, slug)} />
        </Card>
      </div>
    </>
  );
}

/** One endpoint: its address, state and events, the delivery log's link and what an owner can do. */
async function EndpointEntry({ slug, endpoint }: { slug: string; endpoint: WebhookEndpointView }) {
  const t = await getTranslations('webhooks');
  const format = await getAppFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' });
  const state = endpoint.enabled
    ? endpoint.failingSince
      ? { text: t('status.failing', { date: date(endpoint.failingSince) }), tone: 'text-amber-900' }
      : { text: t('status.enabled'), tone: 'text-emerald-800' }
    : endpoint.disabledReason === 'failing' && endpoint.disabledAt
      ? { text: t('status.disabledFailing', { date: date(endpoint.disabledAt) }), tone: 'text-red-800' }
      : { text: t('status.disabledByMember'), tone: 'text-slate-700' };
  return (
    <li className="space-y-3 py-4">
      <div className="min-w-0 space-y-1">
        <p className="font-mono text-sm font-medium break-all text-slate-900">{endpoint.url}</p>
        {endpoint.description && <p className="text-sm break-words text-slate-700">{endpoint.description}</p>}
        <p className={`text-sm font-medium ${state.tone}`}>{state.text}</p>
        <p className="text-sm break-words text-slate-600">
          {t('eventsOf', {
            events: endpoint.events
              .map((event) => t(`event.${event}` as 'event.location.created'))
              .join(', '),
          })}
        </p>
        <p className="text-sm text-slate-600">
          {t('formatOf', { format: t(`format.${endpoint.format}.label`) })}
        </p>
        <p className="text-sm">
          <Link href={`/o/${slug}/settings/webhooks/${endpoint.id}`} className="text-brand-700 underline">
            {t('deliveriesLink')}
          </Link>
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        {endpoint.enabled && (
          <ActionForm action={sendWebhookTestEventAction.bind(null, slug)}>
            <input type="hidden" name="endpointId" value={endpoint.id} />
            <SubmitButton variant="secondary">{t('sendTest')}</SubmitButton>
          </ActionForm>
        )}
        <ActionForm action={switchWebhookEndpointAction.bind(null, slug)} quietOnSuccess>
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <input type="hidden" name="enabled" value={endpoint.enabled ? 'off' : 'on'} />
          <SubmitButton variant="secondary">{endpoint.enabled ? t('disable') : t('enable')}</SubmitButton>
        </ActionForm>
        <ActionForm
          action={deleteWebhookEndpointAction.bind(null, slug)}
          confirmMessage={t('deleteConfirm', { url: endpoint.url })}
          quietOnSuccess
        >
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <SubmitButton variant="danger">{t('delete')}</SubmitButton>
        </ActionForm>
        {endpoint.format === 'standard' && (
          <RotateSecretForm
            action={rotateWebhookSecretAction.bind(null, slug)}
            endpointId={endpoint.id}
            url={endpoint.url}
          />
        )}
      </div>
    </li>
  );
}
