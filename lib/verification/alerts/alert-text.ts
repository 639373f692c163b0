import type { VerificationSource } from '@/lib/generated/prisma/enums';
import type { ListingAlert } from '@/lib/verification/runs/alert-rule';

// A listing alert as one sentence, for the notification list and the mail alike.

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ListingAlertData = {
  alert: ListingAlert;
  source: VerificationSource;
  locationId: string;
  locationName: string;
};

export function readListingAlertData(data: unknown): ListingAlertData | null {
  if (!data || typeof data !== 'object') return null;
  const value = data as Partial<ListingAlertData>;
  if (!value.alert || !value.source || !value.locationId) return null;
  return { ...value, locationName: value.locationName ?? '' } as ListingAlertData;
}

/** `t` of the "verification" namespace. */
export function listingAlertText(
  t: Translate,
  data: ListingAlertData,
  formatRating: (value: number) => string,
) {
  const values = { source: t(`sources.${data.source}`), location: data.locationName };
  const { alert } = data;
  switch (alert.kind) {
    case 'becameDifferent':
      return t('alerts.becameDifferent', {
        ...values,
        fields: alert.fields.map((field) => t(`fields.${field}`)).join(', '),
      });
    case 'listingGone':
      return t('alerts.listingGone', values);
    case 'ratingDropped':
      return t('alerts.ratingDropped', {
        ...values,
        from: formatRating(alert.from),
        to: formatRating(alert.to),
      });
  }
}
