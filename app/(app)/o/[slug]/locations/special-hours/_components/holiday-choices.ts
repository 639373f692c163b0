import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { holidayRegions, upcomingHolidays } from '@/lib/publishing/holiday-hours/public-holidays';
import { formatDay } from './describe-choice';
import type { HolidayChoices } from './holiday-picker';

// Every region's holidays of the next twelve months, named and dated in the page's language, for
// the holiday picker (17 short lists: the picker needs no request when the Land changes).

export async function holidayChoices(today: string): Promise<HolidayChoices> {
  const t = await getTranslations('holidayHours');
  const format = await getAppFormatter();
  const language = (await getLocale()) === 'en' ? 'en' : 'de';
  return holidayRegions.map((region) => ({
    region,
    label: region === 'DE' ? t('nationwide') : regionName(region, language),
    holidays: upcomingHolidays(region, today, language).map((holiday) => ({
      date: holiday.date,
      label: t(holiday.inLaw ? 'holidayOption' : 'holidayOptionCustomary', {
        name: holiday.name,
        date: formatDay(format, holiday.date),
      }),
    })),
  }));
}

const regionNames: Record<string, [de: string, en: string]> = {
  'DE-BW': ['Baden-Württemberg', 'Baden-Württemberg'],
  'DE-BY': ['Bayern', 'Bavaria'],
  'DE-BE': ['Berlin', 'Berlin'],
  'DE-BB': ['Brandenburg', 'Brandenburg'],
  'DE-HB': ['Bremen', 'Bremen'],
  'DE-HH': ['Hamburg', 'Hamburg'],
  'DE-HE': ['Hessen', 'Hesse'],
  'DE-MV': ['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'],
  'DE-NI': ['Niedersachsen', 'Lower Saxony'],
  'DE-NW': ['Nordrhein-Westfalen', 'North Rhine-Westphalia'],
  'DE-RP': ['Rheinland-Pfalz', 'Rhineland-Palatinate'],
  'DE-SL': ['Saarland', 'Saarland'],
  'DE-SN': ['Sachsen', 'Saxony'],
  'DE-ST': ['Sachsen-Anhalt', 'Saxony-Anhalt'],
  'DE-SH': ['Schleswig-Holstein', 'Schleswig-Holstein'],
  'DE-TH': ['Thüringen', 'Thuringia'],
};

function regionName(region: string, language: 'de' | 'en') {
  const names = regionNames[region];
  return names ? names[language === 'en' ? 1 : 0] : region;
}
