/** What the map and its legend draw with, so both always agree. */

/** The capital and the export point (not data about zones, so a constant here). */
export const BANGUI = { lat: 4.3612, lon: 18.555 } as const;

/** Outline colours: the theme's custom properties (styles.css); Leaflet gets their values through resolveColor. */
export const ZONE_INK = {
  on: 'var(--map-zone-line)',
  off: 'var(--map-zone-off)',
  selected: 'var(--map-zone-selected)',
  restricted: 'var(--map-restricted)',
  lifted: 'var(--map-lifted)',
} as const;

export const HATCH_OFF = 'kp-map-hatch-off';
export const HATCH_RESTRICTED = 'kp-map-hatch-restricted';

/**
 * SVG patterns for the map's and the legend's shapes. Leaflet draws in
 * another <svg>, which can use them by id: they only need to be in the page
 * (not display:none, which Chromium does not paint from).
 */
export function MapPatterns() {
  return (
    <svg className="map-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={HATCH_OFF} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <rect width="7" height="7" style={{ fill: 'var(--map-hatch-bg)' }} fillOpacity="0.5" />
          <line x1="0" y1="0" x2="0" y2="7" style={{ stroke: 'var(--map-hatch)' }} strokeWidth="2.2" />
        </pattern>
        <pattern id={HATCH_RESTRICTED} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
          <rect width="8" height="8" style={{ fill: 'var(--map-restricted-bg)' }} fillOpacity="0.55" />
          <line x1="0" y1="0" x2="0" y2="8" style={{ stroke: 'var(--map-restricted-hatch)' }} strokeWidth="1.6" />
        </pattern>
      </defs>
    </svg>
  );
}
