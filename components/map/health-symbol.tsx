import { healthBandStyles, type HealthBand } from '@/lib/locations/health';

// One shape per band (circle, square, triangle), so the map does not rely on colour alone. The
// same SVG draws the markers (as HTML for Leaflet), the legend and the list.
const shapes: Record<HealthBand, string> = {
  good: '<circle cx="12" cy="12" r="8.5"/>',
  fair: '<rect x="4" y="4" width="16" height="16" rx="1.5"/>',
  poor: '<path d="M12 2.8 21.6 20H2.4Z" stroke-linejoin="round"/>',
};

export function healthSymbolSvg(band: HealthBand, size = 22) {
  const { colour } = healthBandStyles[band];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false"><g fill="${colour}" stroke="#ffffff" stroke-width="2.2">${shapes[band]}</g></svg>`;
}

export function HealthSymbol({ band, size = 18 }: { band: HealthBand; size?: number }) {
  return (
    <span
      className="inline-flex shrink-0"
      // Static markup built from constants above, never from user data.
      dangerouslySetInnerHTML={{ __html: healthSymbolSvg(band, size) }}
    />
  );
}
