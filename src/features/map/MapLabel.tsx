/**
 * Text written on the map (zone, area and Bangui labels) as a Leaflet marker
 * whose element is placed by CSS alone. Leaflet's permanent tooltips measure
 * their own size to place themselves, a forced layout of the page for each
 * label as the map is first drawn (most of the map's first long task on a
 * slow machine); a label here is positioned by a transform and never
 * measured. Its words are set as text, never HTML: zone and area names come
 * from the dataset.
 */
import { useMemo } from 'react';
import L, { type LatLngExpression } from 'leaflet';
import { Marker } from 'react-leaflet';

/** Where the text sits against its point: centred on it, or to its right or left, `gap` pixels away. */
export type LabelSide = 'center' | 'right' | 'left';

export interface MapLabelProps {
  at: LatLngExpression;
  side: LabelSide;
  /** Pixels between the point and the text, for `right` and `left` (Leaflet tooltips: their offset + 6). */
  gap?: number;
  /** Classes of the text's box: `zone-label`, `area-label`, `bangui-label`, … */
  className: string;
  name: string;
  /** A line under the name; "\n" breaks it. */
  status?: string | undefined;
}

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  text.split('\n').forEach((part, i) => {
    if (i > 0) element.append(document.createElement('br'));
    element.append(part);
  });
  return element;
}

function labelElement({ side, gap = 0, className, name, status }: Omit<MapLabelProps, 'at'>): HTMLElement {
  const box = document.createElement('span');
  box.className = `map-label map-label-${side} ${className}`;
  if (side !== 'center') box.style.setProperty('--label-gap', `${gap}px`);
  box.append(line('zone-label-name', name));
  if (status) box.append(line('zone-label-status', status));
  return box;
}

export function MapLabel({ at, side, gap, className, name, status }: MapLabelProps) {
  const icon = useMemo(
    () => L.divIcon({ className: 'map-label-anchor', html: labelElement({ side, gap, className, name, status }), iconSize: [0, 0] }),
    [side, gap, className, name, status],
  );
  return <Marker position={at} icon={icon} interactive={false} keyboard={false} pane="tooltipPane" />;
}
