/**
 * The Map view's state, all in its URL so a link restores the view:
 * `/map?zone=<id>&quarter=YYYY-Qn&metric=carats|value|ppc|exports|problems&date=YYYY-MM-DD&tiles=1`.
 * Defaults stay out of the URL; a bad value falls back to the default with a notice.
 */
import { useCallback, useMemo } from 'react';
import {
  complianceTimeline, isIsoDate, ZONE_METRICS, type ComplianceTimeline, type Dataset, type IsoDate, type Quarter,
  type ZoneMetric,
} from '../../core';
import { formatDate } from '../../lib/format';
import { useLocale } from '../../lib/i18n';
import { availableQuarters, defaultQuarter, pickQuarter } from '../../lib/quarter-param';
import { parseChoice, shortValue, useSearchParamState } from '../../lib/url-state';
import { mapText } from './messages';
import { DEFAULT_METRIC, metricNoun } from './metrics';

export interface MapParams {
  zoneId: string | null;
  quarter: Quarter;
  quarters: Quarter[];
  metric: ZoneMetric;
  date: IsoDate;
  timeline: ComplianceTimeline;
  tiles: boolean;
  notices: string[];
}

/** The date for a URL value: itself when it is a real day on the timeline, else the as-of date. */
export function pickDate(raw: string | null, timeline: ComplianceTimeline): { date: IsoDate; notice: string | null } {
  const fallback = timeline.end;
  if (raw === null || raw === '') return { date: fallback, notice: null };
  if (isIsoDate(raw) && raw >= timeline.start && raw <= timeline.end) return { date: raw, notice: null };
  return {
    date: fallback,
    notice: mapText('notice.date', {
      value: shortValue(raw), start: formatDate(timeline.start), end: formatDate(timeline.end), fallback: formatDate(fallback),
    }),
  };
}

export function readMapParams(params: URLSearchParams, dataset: Dataset, asOf: IsoDate): MapParams {
  const quarters = availableQuarters(dataset, asOf);
  const timeline = complianceTimeline(dataset, asOf);
  const quarter = pickQuarter(params.get('quarter'), quarters);
  const metric = parseChoice<ZoneMetric>(params.get('metric'), ZONE_METRICS, DEFAULT_METRIC);
  const date = pickDate(params.get('date'), timeline);
  const rawZone = params.get('zone');
  const zoneKnown = rawZone !== null && dataset.zones.some((z) => z.id === rawZone);
  const notices = [
    quarter.notice,
    metric.rejected !== null ? mapText('notice.metric', { value: shortValue(metric.rejected), metric: metricNoun(metric.value) }) : null,
    date.notice,
    rawZone !== null && rawZone !== '' && !zoneKnown ? mapText('notice.zone', { value: shortValue(rawZone) }) : null,
  ].filter((n): n is string => n !== null);
  return {
    zoneId: zoneKnown ? rawZone : null,
    quarter: quarter.quarter,
    quarters,
    metric: metric.value,
    date: date.date,
    timeline,
    tiles: params.get('tiles') === '1',
    notices,
  };
}

export function useMapParams(dataset: Dataset, asOf: IsoDate) {
  const [params, update] = useSearchParamState();
  const search = params.toString();
  // The notices are written in the current language: rewrite them when it changes.
  const locale = useLocale();
  const state = useMemo(
    () => readMapParams(new URLSearchParams(search), dataset, asOf),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- locale is read through mapText, not as an argument
    [search, dataset, asOf, locale],
  );
  const lastQuarter = defaultQuarter(state.quarters);
  const lastDay = state.timeline.end;
  const selectZone = useCallback((id: string | null) => update({ zone: id }), [update]);
  const setQuarter = useCallback((q: Quarter) => update({ quarter: q === lastQuarter ? null : q }), [update, lastQuarter]);
  const setMetric = useCallback((m: ZoneMetric) => update({ metric: m === DEFAULT_METRIC ? null : m }), [update]);
  // A slider sends many values: replace the history entry rather than add one per day.
  const setDate = useCallback((d: IsoDate) => update({ date: d === lastDay ? null : d }, { replace: true }), [update, lastDay]);
  const setTiles = useCallback((on: boolean) => update({ tiles: on ? '1' : null }, { replace: true }), [update]);
  return { ...state, selectZone, setQuarter, setMetric, setDate, setTiles };
}
