import type { ZoneMetric, ZoneStatus } from '../../core';
import { useMapMessages } from './messages';
import { METRICS } from './metrics';

export interface ZoneListItem {
  id: string;
  name: string;
  status: ZoneStatus;
  value: number | null;
  colour: string;
}

interface Props {
  items: ZoneListItem[];
  metric: ZoneMetric;
  selectedId: string | null;
  onSelect: (zoneId: string | null) => void;
}

/**
 * The keyboard path to the zones: one button per zone, pressed when it is
 * selected (the map highlights the same zone). Status and figure in words,
 * the swatch only repeats the map's colour.
 */
export function ZoneList({ items, metric, selectedId, onSelect }: Props) {
  const { t, locale } = useMapMessages();
  if (items.length === 0) return <p className="empty-state">{t('noZones')}</p>;
  return (
    <ul className="zone-list" aria-label={t('side.listName')}>
      {items.map((item) => {
        const selected = item.id === selectedId;
        const off = item.status === 'notYet' || item.status === 'noLonger';
        return (
          <li key={item.id}>
            <button
              type="button"
              className={`zone-button${selected ? ' is-selected' : ''}`}
              aria-pressed={selected}
              data-zone-id={item.id}
              aria-label={t('side.button', {
                name: item.name,
                status: t(`status.${item.status}`).toLocaleLowerCase(locale),
                figure: METRICS[metric].format(item.value),
              })}
              onClick={() => onSelect(selected ? null : item.id)}
            >
              <span className={`zone-swatch${off ? ' is-off' : ''}`} style={{ backgroundColor: item.colour }} aria-hidden="true" />
              <span className="zone-button-name">{item.name}</span>
              <span className="zone-button-meta">
                <span className={`zone-status zone-status-${item.status}`}>{t(`statusShort.${item.status}`)}</span>
                <span className="zone-button-value">{METRICS[metric].short(item.value)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
