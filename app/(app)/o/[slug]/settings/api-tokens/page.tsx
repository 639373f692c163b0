import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { listApiTokens } from '@/lib/api-tokens/api-tokens';
import { isGroupLimited } from '@/lib/access/location-scope';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { createApiTokenAction } from './_actions/create-api-token';
import { revokeApiTokenAction } from './_actions/revoke-api-token';
import { CreateApiTokenForm } from './_components/create-api-token-form';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiTokens'))('title') };
}

export default async function ApiTokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const t = await getTranslations('apiTokens');
  // API tokens are never limited to location groups, so a limited manager makes none (lib/access/group-filter.ts).
  if (!hasRole(member, 'MANAGER') || isGroupLimited(member)) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <Card>
          <p className="text-slate-700">{t('managersOnly')}</p>
        </Card>
      </>
    );
  }
  const tokens = await listApiTokens(member);
  const format = await getAppFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card title={t('listTitle')}>
          {tokens.length === 0 ? (
            <p className="text-sm text-slate-600">{t('none')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <li
                  key={token.id}
                  className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">{token.name}</p>
                    <p className="text-sm text-slate-600">
                      <span className="sr-only">{t('prefix')}: </span>
                      <code className="font-mono">{token.tokenPrefix}…</code> ·{' '}
                      {t('createdAt', { date: date(token.createdAt) })}{' '}
                      {token.createdBy ? t('createdBy', { name: token.createdBy.name }) : t('createdByAdmin')}{' '}
                      · {token.lastUsedAt ? t('lastUsed', { date: date(token.lastUsedAt) }) : t('neverUsed')}
                    </p>
                  </div>
                  <ActionForm
                    action={revokeApiTokenAction.bind(null, slug)}
                    confirmMessage={t('revokeConfirm', { name: token.name })}
                    quietOnSuccess
                    className="shrink-0"
                  >
                    <input type="hidden" name="apiTokenId" value={token.id} />
                    <SubmitButton variant="danger">{t('revoke')}</SubmitButton>
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={t('createTitle')}>
          <p className="mb-4 text-sm text-slate-600">{t('createIntro')}</p>
          <CreateApiTokenForm action={createApiTokenAction.bind(null, slug)} />
        </Card>

        <p className="text-sm text-slate-600">
          {t.rich('docsHint', {
            link: (chunks) => (
              <a href="/api/v1/openapi.json" className="text-brand-700 font-mono underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </>
  );
}
