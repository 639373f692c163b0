import { foldText } from '@/lib/nap/fold';

// The schema.org type for a location's primary category, when one clearly fits; otherwise
// LocalBusiness, which is always right. Kept small and explicit: the categories people type here
// (German or English, as in the form's hint "Bäckerei, Apotheke, Elektriker"), compared folded
// ("Bäckerei", "baeckerei" and "BÄCKEREI" are one). Each type is a LocalBusiness in schema.org
// (json-ld.vocabulary.test.ts checks that against the vocabulary).

const typesByCategory = {
  Bakery: 'bäckerei;konditorei;bäckerei und konditorei;bakery',
  Restaurant: 'restaurant;gaststätte;gasthaus',
  CafeOrCoffeeShop: 'café;cafe;kaffeehaus;coffee shop',
  BarOrPub: 'bar;kneipe;pub',
  Pharmacy: 'apotheke;pharmacy',
  Dentist: 'zahnarzt;zahnarztpraxis;dentist',
  Physician: 'arzt;arztpraxis;hausarzt;physician',
  Optician: 'optiker;augenoptiker;optician',
  HairSalon: 'friseur;frisör;friseursalon;hair salon;hairdresser',
  Electrician: 'elektriker;elektroinstallateur;electrician',
  Plumber: 'klempner;installateur;sanitär;plumber',
  AutoRepair: 'autowerkstatt;kfz-werkstatt;werkstatt;auto repair',
  Florist: 'blumenladen;blumengeschäft;florist',
  BookStore: 'buchhandlung;bookstore;book store',
  GroceryStore: 'supermarkt;lebensmittelgeschäft;grocery store;supermarket',
  Hotel: 'hotel',
} as const;

export type LocalBusinessType = keyof typeof typesByCategory | 'LocalBusiness';

export const localBusinessTypes: readonly LocalBusinessType[] = [
  'LocalBusiness',
  ...(Object.keys(typesByCategory) as (keyof typeof typesByCategory)[]),
];

const typeByFoldedCategory = new Map(
  Object.entries(typesByCategory).flatMap(([type, categories]) =>
    categories.split(';').map((category) => [foldText(category), type as LocalBusinessType] as const),
  ),
);

export function schemaTypeForCategory(category: string | null | undefined): LocalBusinessType {
  return (category && typeByFoldedCategory.get(foldText(category.slice(0, 100)))) || 'LocalBusiness';
}
