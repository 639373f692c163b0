import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatPhoneNational } from '@/lib/locations/format';
import type { LocationDetail } from '@/lib/locations/locations';

/** The location's master data: address, phone, website, e-mail, category, assignee and description. */
export async function MasterDataCard({ location }: { location: LocationDetail }) {
  const t = await getTranslations('locations');
  const dash = t('detail.notSet');
  return (
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
            <a href={location.website} rel="noopener noreferrer" className="text-brand-700 hover:underline">
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
  );
}
