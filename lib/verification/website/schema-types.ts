import type { JsonObject } from './json-ld/json-nodes';

// Which schema.org types describe a business. LocalBusiness and its subtypes (the tree as
// schema.org lists it: https://schema.org/LocalBusiness, "More specific Types") always do; an
// Organization does when it has an address, since many sites describe their one shop that way.
// Anything else (WebSite, WebPage, BreadcrumbList, Product, Person…) does not.

const localBusinessTree: Record<string, string> = {
  LocalBusiness: `
    AnimalShelter ArchiveOrganization AutomotiveBusiness ChildCare Dentist DryCleaningOrLaundry
    EmergencyService EmploymentAgency EntertainmentBusiness FinancialService FoodEstablishment
    GovernmentOffice HealthAndBeautyBusiness HomeAndConstructionBusiness InternetCafe LegalService
    Library LodgingBusiness MedicalBusiness ProfessionalService RadioStation RealEstateAgent
    RecyclingCenter SelfStorage ShoppingCenter SportsActivityLocation Store TelevisionStation
    TouristInformationCenter TravelAgency
  `,
  AutomotiveBusiness: `
    AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash GasStation
    MotorcycleDealer MotorcycleRepair
  `,
  EmergencyService: 'FireStation Hospital PoliceStation',
  EntertainmentBusiness: `
    AdultEntertainment AmusementPark ArtGallery Casino ComedyClub MovieTheater NightClub
  `,
  FinancialService: 'AccountingService AutomatedTeller BankOrCreditUnion InsuranceAgency',
  FoodEstablishment: `
    Bakery BarOrPub Brewery CafeOrCoffeeShop Distillery FastFoodRestaurant IceCreamShop Restaurant
    Winery
  `,
  GovernmentOffice: 'PostOffice',
  HealthAndBeautyBusiness: 'BeautySalon DaySpa HairSalon HealthClub NailSalon TattooParlor',
  HomeAndConstructionBusiness: `
    Electrician GeneralContractor HVACBusiness HousePainter Locksmith MovingCompany Plumber
    RoofingContractor
  `,
  LegalService: 'Attorney Notary',
  LodgingBusiness: 'BedAndBreakfast Campground Hostel Hotel Motel Resort VacationRental',
  MedicalBusiness: `
    CommunityHealth Dermatology DietNutrition Geriatric Gynecologic MedicalClinic Midwifery Nursing
    Obstetric Oncologic Optician Optometric Otolaryngologic Pediatric Pharmacy Physician
    Physiotherapy PlasticSurgery Podiatric PrimaryCare Psychiatric PublicHealth
  `,
  MedicalClinic: 'CovidTestingFacility',
  Physician: 'IndividualPhysician PhysiciansOffice',
  Resort: 'SkiResort',
  SportsActivityLocation: `
    BowlingAlley ExerciseGym GolfCourse PublicSwimmingPool SportsClub StadiumOrArena TennisComplex
  `,
  Store: `
    BikeStore BookStore ClothingStore ComputerStore ConvenienceStore DepartmentStore
    ElectronicsStore Florist FurnitureStore GardenStore GroceryStore HardwareStore HobbyShop
    HomeGoodsStore JewelryStore LiquorStore MensClothingStore MobilePhoneStore MovieRentalStore
    MusicStore OfficeEquipmentStore OutletStore PawnShop PetStore ShoeStore SportingGoodsStore
    TireShop ToyStore WholesaleStore
  `,
};

/** Each business type with the number of steps from LocalBusiness down to it. */
const businessTypeDepths = new Map<string, number>([['LocalBusiness', 0]]);
for (const [parent, children] of Object.entries(localBusinessTree)) {
  for (const child of children.trim().split(/\s+/))
    businessTypeDepths.set(child, businessTypeDepths.get(parent)! + 1);
}

/** Types that describe a business only together with an address. */
const organisationTypes: ReadonlySet<string> = new Set(
  'Organization Corporation NGO MedicalOrganization SportsOrganization'.split(' '),
);

/** "Bakery", "schema:Bakery", "https://schema.org/Bakery" and "http://schema.org/Bakery" are "Bakery". */
export function schemaTypeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '');
  return /^[A-Za-z][A-Za-z0-9]{0,99}$/.test(name) ? name : null;
}

export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const values = Array.isArray(type) ? type.slice(0, 20) : [type];
  return values.map(schemaTypeName).filter((name): name is string => name !== null);
}

/** The business type a node is given as, the most specific one first; null when it is no business. */
export function businessTypeOf(node: JsonObject, hasAddress: boolean): string | null {
  const types = typesOf(node);
  let mostSpecific: string | null = null;
  for (const type of types) {
    const depth = businessTypeDepths.get(type);
    if (depth !== undefined && (mostSpecific === null || depth > businessTypeDepths.get(mostSpecific)!)) {
      mostSpecific = type;
    }
  }
  return mostSpecific ?? ((hasAddress && types.find((type) => organisationTypes.has(type))) || null);
}
