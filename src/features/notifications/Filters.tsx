import { memo, useEffect, useId, useState } from 'react';
import { QuarterSelect } from '../../components/QuarterSelect';
import { useNotificationMessages } from './messages';
import { STATUS_FILTERS, filterLabel } from './status';
import type { Filters as FilterState, useFilterWriter } from './url';

export interface FilterOptions {
  quarters: readonly string[];
  /** id → name, in the order offered. */
  zones: ReadonlyMap<string, string>;
  destinations: ReadonlyMap<string, string>;
  offices: ReadonlyMap<string, string>;
}

function Choice({ label, value, all, options, onChange, disabled = false, wide = false }: {
  label: string;
  wide?: boolean;
  value: string | null;
  all: string;
  options: ReadonlyMap<string, string>;
  onChange: (value: string | null) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} disabled={disabled}>
        <option value="">{all}</option>
        {[...options].map(([key, name]) => <option key={key} value={key}>{name}</option>)}
      </select>
    </div>
  );
}

/** Free text: the URL follows the typing after a short pause, so 100,000 rows are not filtered at every key. */
function TextFilter({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useNotificationMessages();
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The URL changed from elsewhere (back button, "Clear filters"): show it.
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), 250);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="field field-grow">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(text);
        }}
      />
    </div>
  );
}

export const Filters = memo(function Filters({ filters, options, write, exportsOnly }: {
  filters: FilterState;
  options: FilterOptions;
  write: ReturnType<typeof useFilterWriter>;
  /** Which filters do not apply to the list shown (say so rather than hide them). */
  exportsOnly: { status: boolean; places: boolean };
}) {
  const { t } = useNotificationMessages();
  const statusId = useId();
  const statusOptions = new Map(STATUS_FILTERS.filter((s) => s !== 'all').map((s) => [s, filterLabel(s)]));
  return (
    <div className="filters notification-filters" role="group" aria-label={t('filters.label')}>
      <QuarterSelect quarters={options.quarters} value={filters.quarter} onChange={write.setQuarter} allowAll />
      <div className="field">
        <label htmlFor={statusId}>{t('filters.status')}</label>
        <select id={statusId} value={filters.status} onChange={(e) => write.setStatus(e.target.value)} disabled={exportsOnly.status}>
          <option value="all">{filterLabel('all')}</option>
          {[...statusOptions].map(([key, name]) => <option key={key} value={key}>{name}</option>)}
        </select>
      </div>
      <Choice label={t('filters.zone')} value={filters.zone} all={t('filters.allZones')} options={options.zones} onChange={write.setZone} disabled={exportsOnly.places} />
      <Choice
        label={t('filters.destination')}
        value={filters.destination}
        all={t('filters.allDestinations')}
        options={options.destinations}
        onChange={write.setDestination}
        disabled={exportsOnly.places}
        wide
      />
      <Choice
        label={t('filters.office')}
        value={filters.office}
        all={t('filters.allOffices')}
        options={options.offices}
        onChange={write.setOffice}
        disabled={exportsOnly.places}
        wide
      />
      <TextFilter value={filters.q} onChange={write.setText} />
      <button type="button" className="button button-quiet" onClick={write.clearFilters}>{t('filters.clear')}</button>
    </div>
  );
});
