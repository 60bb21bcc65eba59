import { useId } from 'react';
import { addDays, days, type ComplianceTimeline, type IsoDate } from '../../core';
import { formatDate } from '../../lib/format';
import { useMapMessages } from './messages';

interface Props {
  date: IsoDate;
  timeline: ComplianceTimeline;
  onChange: (date: IsoDate) => void;
}

/**
 * Moves through time: a slider over the days (arrow keys step a day), the
 * days something changed one click away, an exact date field. The view's
 * caption says what the map shows on that day.
 */
export function DateControl({ date, timeline, onChange }: Props) {
  const id = useId();
  const { t } = useMapMessages();
  const { start, end, changes } = timeline;
  const max = days(start, end);
  const previous = changes.filter((d) => d < date).at(-1) ?? null;
  const next = changes.find((d) => d > date) ?? null;
  const choose = (value: string) => {
    if (value >= start && value <= end) onChange(value);
  };
  return (
    <div className="date-control">
      <div className="field">
        <label htmlFor={`${id}-slider`}>{t('date.label')}</label>
        <div className="date-row">
          <button
            type="button"
            className="date-step"
            disabled={previous === null}
            onClick={() => previous && onChange(previous)}
            aria-label={previous ? t('date.previous', { date: formatDate(previous) }) : t('date.noPrevious')}
            title={previous ? t('date.previous', { date: formatDate(previous) }) : undefined}
          >
            <span aria-hidden="true">◀</span>
          </button>
          <input
            id={`${id}-slider`}
            className="date-slider"
            type="range"
            min={0}
            max={max}
            step={1}
            value={days(start, date)}
            list={`${id}-changes`}
            aria-valuetext={formatDate(date)}
            onChange={(event) => onChange(addDays(start, Number(event.target.value)))}
          />
          <datalist id={`${id}-changes`}>
            {changes.map((d) => <option key={d} value={days(start, d)} label={formatDate(d)} />)}
          </datalist>
          <button
            type="button"
            className="date-step"
            disabled={next === null}
            onClick={() => next && onChange(next)}
            aria-label={next ? t('date.next', { date: formatDate(next) }) : t('date.noNext')}
            title={next ? t('date.next', { date: formatDate(next) }) : undefined}
          >
            <span aria-hidden="true">▶</span>
          </button>
          <label htmlFor={`${id}-exact`} className="visually-hidden">{t('date.exact')}</label>
          <input
            id={`${id}-exact`}
            className="date-exact"
            type="date"
            min={start}
            max={end}
            value={date}
            onChange={(event) => choose(event.target.value)}
          />
          <button type="button" className="button date-asof" disabled={date === end} onClick={() => onChange(end)}>
            {t('date.asOf', { date: formatDate(end) })}
          </button>
        </div>
      </div>
    </div>
  );
}
