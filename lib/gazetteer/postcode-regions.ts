// Where a postcode lies, as far as its first digits tell: Germany's two-digit postcode regions
// (Leitregionen) and the one-digit postcode areas of Austria and Switzerland, each by the
// GeoNames position of its main sorting town. The app has no postcode-level data (see README,
// "Embedded gazetteer"), so this is what tells a typo such as 72568 for 27568 from a real
// address: a region's places lie within about 120 km of its town in Germany and 150 km in Austria
// and Switzerland (Rügen, Sylt, Borkum, Vorarlberg and Ticino included), so a city farther away
// does not fit the postcode. Each region's town was checked against its outlying places.

export type PostcodeRegion = {
  /** The digits that name the region: "27" (DE), "1" (AT, CH). */
  prefix: string;
  latitude: number;
  longitude: number;
  /** Farther than this from the region's town, a place does not fit the postcode. */
  maxDistanceM: number;
  /** The typical distance of a place of the region from its town: the precision of a position from it. */
  precisionM: number;
};

const regionTowns: Record<string, [latitude: number, longitude: number]> = {
  DE01: [51.051, 13.738], // Dresden
  DE02: [51.18, 14.435], // Bautzen
  DE03: [51.758, 14.329], // Cottbus
  DE04: [51.34, 12.371], // Leipzig
  DE06: [51.482, 11.979], // Halle (Saale)
  DE07: [50.88, 12.082], // Gera
  DE08: [50.727, 12.488], // Zwickau
  DE09: [50.836, 12.929], // Chemnitz
  DE10: [52.524, 13.411], // Berlin
  DE12: [52.524, 13.411], // Berlin
  DE13: [52.524, 13.411], // Berlin
  DE14: [52.399, 13.066], // Potsdam
  DE15: [52.347, 14.551], // Frankfurt (Oder)
  DE16: [52.748, 13.252], // Oranienburg
  DE17: [53.557, 13.261], // Neubrandenburg
  DE18: [54.089, 12.14], // Rostock
  DE19: [53.629, 11.413], // Schwerin
  DE20: [53.551, 9.993], // Hamburg
  DE21: [53.47, 9.69], // Buxtehude
  DE22: [53.551, 9.993], // Hamburg
  DE23: [53.869, 10.687], // Lübeck
  DE24: [54.321, 10.135], // Kiel
  DE25: [54.196, 9.097], // Heide
  DE26: [53.47, 7.482], // Aurich
  DE27: [53.554, 8.576], // Bremerhaven
  DE28: [53.076, 8.807], // Bremen
  DE29: [52.623, 10.08], // Celle
  DE30: [52.371, 9.733], // Hannover
  DE31: [52.151, 9.951], // Hildesheim
  DE32: [52.115, 8.673], // Herford
  DE33: [52.033, 8.533], // Bielefeld
  DE34: [51.317, 9.5], // Kassel
  DE35: [50.587, 8.676], // Gießen
  DE36: [50.552, 9.675], // Fulda
  DE37: [51.534, 9.932], // Göttingen
  DE38: [52.266, 10.527], // Braunschweig
  DE39: [52.131, 11.632], // Magdeburg
  DE40: [51.223, 6.779], // Düsseldorf
  DE41: [51.185, 6.442], // Mönchengladbach
  DE42: [51.256, 7.148], // Wuppertal
  DE44: [51.515, 7.466], // Dortmund
  DE45: [51.457, 7.012], // Essen
  DE46: [51.667, 6.62], // Wesel
  DE47: [51.453, 6.633], // Moers
  DE48: [51.962, 7.626], // Münster
  DE49: [52.273, 8.05], // Osnabrück
  DE50: [50.933, 6.95], // Köln
  DE51: [50.986, 7.133], // Bergisch Gladbach
  DE52: [50.777, 6.083], // Aachen
  DE53: [50.734, 7.095], // Bonn
  DE54: [49.756, 6.639], // Trier
  DE55: [49.841, 7.867], // Bad Kreuznach
  DE56: [50.354, 7.579], // Koblenz
  DE57: [50.875, 8.024], // Siegen
  DE58: [51.361, 7.472], // Hagen
  DE59: [51.576, 8.106], // Soest
  DE60: [50.116, 8.684], // Frankfurt am Main
  DE61: [50.227, 8.618], // Bad Homburg vor der Höhe
  DE63: [50.134, 8.914], // Hanau
  DE64: [49.872, 8.65], // Darmstadt
  DE65: [50.086, 8.244], // Wiesbaden
  DE66: [49.233, 7.01], // Saarbrücken
  DE67: [49.462, 8.172], // Bad Dürkheim
  DE68: [49.489, 8.467], // Mannheim
  DE69: [49.408, 8.691], // Heidelberg
  DE70: [48.782, 9.177], // Stuttgart
  DE71: [48.897, 9.192], // Ludwigsburg
  DE72: [48.491, 9.204], // Reutlingen
  DE73: [48.704, 9.652], // Göppingen
  DE74: [49.14, 9.221], // Heilbronn
  DE75: [48.884, 8.699], // Pforzheim
  DE76: [49.009, 8.404], // Karlsruhe
  DE77: [48.474, 7.945], // Offenburg
  DE78: [47.985, 8.818], // Tuttlingen
  DE79: [47.996, 7.852], // Freiburg im Breisgau
  DE80: [48.137, 11.575], // München
  DE81: [48.137, 11.575], // München
  DE82: [48.002, 11.344], // Starnberg
  DE83: [47.856, 12.122], // Rosenheim
  DE84: [48.53, 12.162], // Landshut
  DE85: [48.531, 11.505], // Pfaffenhofen an der Ilm
  DE86: [48.372, 10.899], // Augsburg
  DE87: [47.727, 10.314], // Kempten (Allgäu)
  DE88: [47.782, 9.611], // Ravensburg
  DE89: [48.398, 9.992], // Ulm
  DE90: [49.454, 11.078], // Nürnberg
  DE91: [49.591, 11.008], // Erlangen
  DE92: [49.443, 11.863], // Amberg
  DE93: [49.015, 12.102], // Regensburg
  DE94: [48.841, 12.961], // Deggendorf
  DE95: [49.948, 11.579], // Bayreuth
  DE96: [49.899, 10.901], // Bamberg
  DE97: [49.794, 9.951], // Würzburg
  DE98: [50.609, 10.694], // Suhl
  DE99: [50.977, 11.035], // Erfurt
  AT1: [48.208, 16.372], // Wien
  AT2: [48.005, 16.233], // Baden
  AT3: [48.208, 15.637], // Sankt Pölten
  AT4: [48.306, 14.286], // Linz
  AT5: [47.799, 13.044], // Salzburg
  AT6: [47.263, 11.395], // Innsbruck
  AT7: [47.504, 16.504], // Oberpullendorf
  AT8: [47.067, 15.442], // Graz
  AT9: [46.625, 14.305], // Klagenfurt am Wörthersee
  CH1: [46.516, 6.633], // Lausanne
  CH2: [46.992, 6.931], // Neuchâtel
  CH3: [46.948, 7.447], // Bern
  CH4: [47.558, 7.573], // Basel
  CH5: [47.393, 8.044], // Aarau
  CH6: [47.05, 8.306], // Luzern
  CH7: [46.85, 9.533], // Chur
  CH8: [47.367, 8.55], // Zürich
  CH9: [47.424, 9.375], // Sankt Gallen
};

const shapeOf = {
  DE: { pattern: /^\d{5}$/, digits: 2, maxDistanceM: 120_000, precisionM: 40_000 },
  AT: { pattern: /^\d{4}$/, digits: 1, maxDistanceM: 150_000, precisionM: 60_000 },
  CH: { pattern: /^\d{4}$/, digits: 1, maxDistanceM: 150_000, precisionM: 60_000 },
} as const;

/** The region of a well-formed postcode of DE, AT or CH; null for others and unused prefixes (DE 05, 43, 62). */
export function postcodeRegionOf(postalCode: string, countryCode: string): PostcodeRegion | null {
  const shape = shapeOf[countryCode as keyof typeof shapeOf];
  const postcode = postalCode.trim();
  if (!shape || !shape.pattern.test(postcode)) return null;
  const prefix = postcode.slice(0, shape.digits);
  const town = regionTowns[`${countryCode}${prefix}`];
  if (!town) return null;
  const [latitude, longitude] = town;
  return { prefix, latitude, longitude, maxDistanceM: shape.maxDistanceM, precisionM: shape.precisionM };
}
