import {
  addDays, dayNumber, compareQuarters, days, isIsoDate, isQuarter, previousQuarter, quarterBounds, quarterMonths,
  quarterOf, quarterRange, regimeQuarters, shiftQuarter,
} from '../../src/core';

describe('days', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(days('2021-07-10', '2021-08-20')).toBe(41);
    expect(days('2020-12-31', '2021-01-01')).toBe(1);
    expect(days('2020-02-28', '2020-03-01')).toBe(2);
    expect(days('2021-02-28', '2021-03-01')).toBe(1);
    expect(days('2021-03-31', '2021-03-31')).toBe(0);
    expect(days('2021-08-20', '2021-07-10')).toBe(-41);
  });
  it('counts across the daylight-saving change the same as any day', () => {
    expect(days('2021-03-27', '2021-03-29')).toBe(2);
    expect(days('2021-10-30', '2021-11-01')).toBe(2);
  });
  it('numbers every day from 1899 to 2101 exactly as the calendar does', () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    for (let n = start; n < start + 202 * 366; n += 1) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== n) throw new Error(`${iso}: ${dayNumber(iso)} instead of ${n}`);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-02-29')).toBe(11016);
    expect(dayNumber('1900-02-29')).toBeNaN();
  });
  it('adds days and recognises real calendar dates only', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('21-01-01')).toBe(false);
  });
});

describe('quarters', () => {
  it('places the last day of a quarter in that quarter', () => {
    expect(quarterOf('2021-03-31')).toBe('2021-Q1');
    expect(quarterOf('2021-04-01')).toBe('2021-Q2');
    expect(quarterOf('2021-09-30')).toBe('2021-Q3');
    expect(quarterOf('2021-12-31')).toBe('2021-Q4');
  });
  it('steps across years', () => {
    expect(previousQuarter('2021-Q1')).toBe('2020-Q4');
    expect(shiftQuarter('2020-Q4', 1)).toBe('2021-Q1');
    expect(shiftQuarter('2021-Q3', -3)).toBe('2020-Q4');
    expect(compareQuarters('2020-Q4', '2021-Q1')).toBeLessThan(0);
  });
  it('gives the bounds and months of a quarter', () => {
    expect(quarterBounds('2020-Q1')).toEqual({ start: '2020-01-01', end: '2020-03-31' });
    expect(quarterBounds('2021-Q2')).toEqual({ start: '2021-04-01', end: '2021-06-30' });
    expect(quarterBounds('2021-Q4')).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(quarterMonths('2021-Q3')).toEqual(['2021-07', '2021-08', '2021-09']);
  });
  it('validates the YYYY-Qn form', () => {
    expect(isQuarter('2021-Q3')).toBe(true);
    expect(isQuarter('2021-Q5')).toBe(false);
    expect(isQuarter('2021Q3')).toBe(false);
  });
  it('lists the regime quarters up to its end or the as-of date', () => {
    expect(quarterRange('2020-Q4', '2021-Q2')).toEqual(['2020-Q4', '2021-Q1', '2021-Q2']);
    expect(regimeQuarters({ start: '2019-11-22', end: '2020-02-10' }, '2024-12-10'))
      .toEqual(['2019-Q4', '2020-Q1']);
    expect(regimeQuarters({ start: '2020-10-01', end: null }, '2021-09-30'))
      .toEqual(['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3']);
  });
});
