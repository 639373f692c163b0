import { healthBands, type HealthBand } from '@/lib/locations/health';
import { approximationOfTuple, type MapLocationTuple } from '@/lib/locations/map-payload';
import { healthSymbolSvg } from './health-symbol';

// The map's popups, built from DOM nodes: names and towns are user input and go in as text only.
// Their links navigate inside the app (no full page load) unless opened in a new tab or window.

export type PopupTexts = {
  presence(band: HealthBand, score: number): string;
  completeness(percent: number): string;
  /** "Ungefähre Position: Gemeinde, auf etwa 5 km genau" */
  approximate(approximation: 'municipality' | 'postcodeRegion', kilometres: number): string;
  openLocation: string;
  /** Heading of the popup listing locations that share one spot. */
  sameSpot(count: number): string;
};

type Navigation = { hrefFor(id: string): string; navigate(href: string): void };

/** A plain left click, which the app handles itself; any other goes to the browser (new tab …). */
export function isPlainClick(
  event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>,
) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function appLink(href: string, text: string, navigate: (href: string) => void) {
  const link = document.createElement('a');
  link.className = 'map-popup-link';
  link.href = href;
  link.textContent = text;
  link.addEventListener('click', (event) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(href);
  });
  return link;
}

/** A marker's popup: name, town, presence band and score, completeness, a link to the location. */
export function popupContent(
  location: MapLocationTuple,
  texts: PopupTexts,
  { hrefFor, navigate }: Navigation,
) {
  const [id, name, city, , , bandIndex, presenceScore, completeness, , approximateWithinM] = location;
  const approximation = approximationOfTuple(location);
  const band = healthBands[bandIndex] ?? 'poor';
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = root.appendChild(document.createElement('p'));
  title.className = 'map-popup-name';
  title.textContent = name;
  root.appendChild(document.createElement('p')).textContent = city;
  const health = root.appendChild(document.createElement('p'));
  health.className = 'map-popup-health';
  health.innerHTML = healthSymbolSvg(band, 16, approximation !== 'exact');
  health.appendChild(document.createElement('span')).textContent = texts.presence(band, presenceScore);
  root.appendChild(document.createElement('p')).textContent = texts.completeness(completeness);
  if (approximation !== 'exact') {
    const note = root.appendChild(document.createElement('p'));
    note.className = 'map-popup-approximate';
    note.textContent = texts.approximate(approximation, Math.round(approximateWithinM / 1000));
  }
  root.appendChild(appLink(hrefFor(id), texts.openLocation, navigate));
  return root;
}

/** The popup of a cluster whose locations share one spot: a link to each. */
export function sameSpotContent(
  locations: MapLocationTuple[],
  texts: PopupTexts,
  { hrefFor, navigate }: Navigation,
) {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const heading = root.appendChild(document.createElement('p'));
  heading.className = 'map-popup-name';
  heading.textContent = texts.sameSpot(locations.length);
  const list = root.appendChild(document.createElement('ul'));
  for (const [id, name] of locations) {
    list.appendChild(document.createElement('li')).appendChild(appLink(hrefFor(id), name, navigate));
  }
  return root;
}
