import type { MiniMap } from '@/lib/locations/mini-map';

const width = 320;
const height = 200;
const padding = 16;

type Props = { map: MiniMap; label: string; href: string };

/**
 * Where the locations are, as a dot map without tiles or script: each dot is a grid cell of
 * lib/locations/mini-map.ts, its area growing with the number of locations in it. Longitudes
 * are narrowed by the cosine of the latitude so the shape looks right in northern Germany.
 */
export function MiniMapView({ map, label, href }: Props) {
  const { bounds } = map;
  if (!bounds) return null;
  const squeeze = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = Math.max((bounds.east - bounds.west) * squeeze, 0.01);
  const spanY = Math.max(bounds.north - bounds.south, 0.01);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const largest = Math.max(...map.cells.map((cell) => cell.count));
  const radius = (count: number) => 3 + 9 * Math.sqrt(count / largest);
  return (
    <a href={href} className="block rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
      >
        {map.cells.map((cell) => (
          <circle
            key={`${cell.latitude}:${cell.longitude}`}
            cx={offsetX + (cell.longitude - bounds.west) * squeeze * scale}
            cy={offsetY + (bounds.north - cell.latitude) * scale}
            r={radius(cell.count)}
            className="fill-brand-600/70 stroke-white"
            strokeWidth={1}
          >
            <title>{cell.count}</title>
          </circle>
        ))}
      </svg>
    </a>
  );
}
