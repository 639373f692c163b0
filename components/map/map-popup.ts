import { healthBands, type HealthBand } from '@/lib/locations/health';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import { healthSymbolSvg } from './health-symbol';

export type PopupTexts = {
  presence(band: HealthBand, score: number): string;
  completeness(percent: number): string;
  openLocation: string;
};

/**
 * A marker's popup, built from DOM nodes: names and towns are user input and go in as text only.
 * The link navigates inside the app (no full page load) unless opened in a new tab.
 */
export function popupContent(
  location: MapLocationTuple,
  texts: PopupTexts,
  hrefFor: (id: string) => string,
  navigate: (href: string) => void,
) {
  const [id, name, city, , , bandIndex, presenceScore, completeness] = location;
  const band = healthBands[bandIndex] ?? 'poor';
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = root.appendChild(document.createElement('p'));
  title.className = 'map-popup-name';
  title.textContent = name;
  root.appendChild(document.createElement('p')).textContent = city;
  const health = root.appendChild(document.createElement('p'));
  health.className = 'map-popup-health';
  health.innerHTML = healthSymbolSvg(band, 16);
  health.appendChild(document.createElement('span')).textContent = texts.presence(band, presenceScore);
  root.appendChild(document.createElement('p')).textContent = texts.completeness(completeness);
  const link = root.appendChild(document.createElement('a'));
  link.className = 'map-popup-link';
  link.href = hrefFor(id);
  link.textContent = texts.openLocation;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href')!);
  });
  return root;
}
