import { healthBandStyles, type HealthBand } from '@/lib/locations/health';

// One shape per band (circle, square, triangle), so the map does not rely on colour alone. The
// same SVG draws the markers (as HTML for Leaflet), the legend and the list.
const shapes: Record<HealthBand, string> = {
  good: '<circle cx="12" cy="12" r="8.5"/>',
  fair: '<rect x="4" y="4" width="16" height="16" rx="1.5"/>',
  poor: '<path d="M12 2.8 21.6 20H2.4Z" stroke-linejoin="round"/>',
};

/**
 * An approximate position (from the embedded gazetteer: somewhere in the municipality or postcode
 * region) is drawn hollow with a dashed outline in the band's colour, so it reads as "about here".
 */
export function healthSymbolSvg(band: HealthBand, size = 22, approximate = false) {
  const { colour } = healthBandStyles[band];
  const paint = approximate
    ? `fill="#ffffff" fill-opacity="0.85" stroke="${colour}" stroke-width="2.6" stroke-dasharray="3.2 2.2"`
    : `fill="${colour}" stroke="#ffffff" stroke-width="2.2"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false"><g ${paint}>${shapes[band]}</g></svg>`;
}

export function HealthSymbol(props: { band: HealthBand; size?: number; approximate?: boolean }) {
  const { band, size = 18, approximate = false } = props;
  return (
    <span
      className="inline-flex shrink-0"
      // Static markup built from constants above, never from user data.
      dangerouslySetInnerHTML={{ __html: healthSymbolSvg(band, size, approximate) }}
    />
  );
}
