import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/locations/status-badge';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatPhoneNational } from '@/lib/locations/format';
import { getLocation } from '@/lib/locations/locations';
import { weekdays, type OpeningHours } from '@/lib/locations/schemas';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { currentIsoWeek, formatIsoWeek } from '@/lib/weeks/iso-week';
import { setLocationArchivedAction } from '../_actions/set-location-archived';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

type Props = { params: Promise<{ slug: string; locationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locationId } = await params;
  const location = await findOrNotFound(getLocation(await requireMember(slug), locationId));
  return { title: location.name };
}

const formatRanges = (ranges: { opens: string; closes: string }[]) =>
  ranges.map((range) => `${range.opens}–${range.closes}`).join(', ');

export default async function LocationPage({ params }: Props) {
  const { slug, locationId } = await params;
  const member = await requireMember(slug);
  const location = await findOrNotFound(getLocation(member, locationId));
  const t = await getTranslations('locations');
  const tListings = await getTranslations('listings.checklist');
  const tCheckins = await getTranslations('checkins.form');
  const format = await getAppFormatter();
  const canEdit = hasRole(member, 'MANAGER');
  const hours = location.openingHours as OpeningHours;
  const dash = t('detail.notSet');
  const base = `/o/${slug}/locations`;

  return (
    <>
      <p className="mb-3">
        <Link href={base} className="text-brand-700 text-sm font-medium hover:underline">
          ← {t('detail.backToList')}
        </Link>
      </p>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{location.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
            <span className="font-mono">{location.storeCode}</span>
            <StatusBadge status={location.status} />
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`${base}/${location.id}/listings`} variant={canEdit ? 'secondary' : 'primary'}>
            {tListings('tab')}
          </ButtonLink>
          {(canEdit || location.assignedMembershipId === member.membershipId) && (
            <ButtonLink
              href={`${base}/${location.id}/checkins/${formatIsoWeek(currentIsoWeek(member.organisation.timeZone))}`}
              variant="secondary"
            >
              {tCheckins('thisWeek')}
            </ButtonLink>
          )}
          {canEdit && <ButtonLink href={`${base}/${location.id}/edit`}>{t('detail.edit')}</ButtonLink>}
          {canEdit && (
            <ActionForm
              action={setLocationArchivedAction.bind(null, slug)}
              confirmMessage={
                location.archivedAt ? undefined : t('detail.archiveConfirm', { name: location.name })
              }
              quietOnSuccess
            >
              <input type="hidden" name="locationId" value={location.id} />
              <input type="hidden" name="archived" value={location.archivedAt ? 'false' : 'true'} />
              <SubmitButton variant="secondary">
                {location.archivedAt ? t('detail.restore') : t('detail.archive')}
              </SubmitButton>
            </ActionForm>
          )}
        </div>
      </header>
      {location.archivedAt && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t('detail.archivedNotice')}
        </p>
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('detail.master')}>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t('address')}</dt>
            <dd>
              {location.street}
              {location.addressExtra && <>, {location.addressExtra}</>}
              <br />
              {location.postalCode} {location.city}
              {location.region && `, ${location.region}`} ({location.countryCode})
            </dd>
            <dt className="text-slate-600">{t('phone')}</dt>
            <dd>
              {location.phone ? (
                <a href={`tel:${location.phone}`}>{formatPhoneNational(location.phone)}</a>
              ) : (
                dash
              )}
            </dd>
            <dt className="text-slate-600">{t('form.website')}</dt>
            <dd className="break-all">
              {location.website ? (
                <a
                  href={location.website}
                  rel="noopener noreferrer"
                  className="text-brand-700 hover:underline"
                >
                  {location.website}
                </a>
              ) : (
                dash
              )}
            </dd>
            <dt className="text-slate-600">{t('form.email')}</dt>
            <dd className="break-all">{location.email ?? dash}</dd>
            <dt className="text-slate-600">{t('form.primaryCategory')}</dt>
            <dd>{location.primaryCategory ?? dash}</dd>
            <dt className="text-slate-600">{t('assignee')}</dt>
            <dd>{location.assignedMember?.user.name ?? t('notAssigned')}</dd>
          </dl>
          {location.description && (
            <p className="mt-4 text-sm whitespace-pre-line text-slate-700">{location.description}</p>
          )}
        </Card>

        <Card title={t('detail.hours')}>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1.5 text-sm">
            {weekdays.map((day) => (
              <div key={day} className="contents">
                <dt className="text-slate-600">{t(`form.day.${day}`)}</dt>
                <dd>{hours[day]?.length ? formatRanges(hours[day]) : t('form.closed')}</dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-5 mb-2 text-sm font-semibold text-slate-900">{t('detail.specialHours')}</h3>
          {location.specialHours.length === 0 ? (
            <p className="text-sm text-slate-600">{t('detail.noSpecialHours')}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {location.specialHours.map((entry) => (
                <li key={entry.id}>
                  <span className="font-medium">
                    {format.dateTimeRange(entry.startDate, entry.endDate, {
                      dateStyle: 'medium',
                      timeZone: 'UTC',
                    })}
                  </span>
                  {': '}
                  {entry.closed
                    ? t('detail.closedAllDay')
                    : formatRanges(entry.ranges as { opens: string; closes: string }[])}
                  {entry.note && <span className="text-slate-600"> – {entry.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={t('detail.position')}>
          {location.latitude !== null && location.longitude !== null ? (
            <p className="text-sm">
              <span className="font-mono">
                {location.latitude.toFixed(5)}, {location.longitude.toFixed(5)}
              </span>{' '}
              <Link href={`${base}/map`} className="text-brand-700 ml-2 font-medium hover:underline">
                {t('tabs.map')}
              </Link>
            </p>
          ) : (
            <p className="text-sm text-slate-600">{t('detail.noPosition')}</p>
          )}
          {location.positionSource && (
            <p
              data-testid="position-source"
              className={`mt-2 text-sm ${location.positionSource === 'GAZETTEER' ? 'font-medium text-amber-800' : 'text-slate-600'}`}
            >
              {location.positionSource === 'GAZETTEER'
                ? t('position.approximate', {
                    precision: t(`position.precision.${location.positionPrecision ?? 'MUNICIPALITY'}`),
                    kilometres: Math.round((location.positionPrecisionM ?? 0) / 1000),
                  })
                : t(`position.source.${location.positionSource}`)}
              {location.positionSource === 'GAZETTEER' && canEdit && (
                <>
                  {' '}
                  <Link href={`${base}/${location.id}/edit`} className="text-brand-700 font-medium underline">
                    {t('position.setExactly')}
                  </Link>
                </>
              )}
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
