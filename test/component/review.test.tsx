import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import raw from '../fixtures/small-dataset.json';
import { parseDataset, reviewQuarter, reviewToCsv, reviewToJson, type Dataset } from '../../src/core';
import { renderApp } from './render';

// Whole-app renders with charts take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

// test/fixtures/small-dataset.json: its 2021-Q3 review (as of 2021-09-30) is computed by hand in
// test/unit/review.test.ts; every figure below is written out from those hand computations.

function load(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error('the fixture must be valid');
  return result.dataset;
}

/** The fixture with a regime from 2020-07-01 and one export in 2020-Q3 (50 ct, US$6,000, confirmed in 10 days). */
function withYearAgo() {
  const input = structuredClone(raw) as any;
  input.regime.start = '2020-07-01';
  input.exports.push({ certificate: 'CF010', issuedOn: '2020-08-10', zoneId: 'z1', buyingOfficeId: 'o1', importer: 'Imp A', destination: 'BE', carats: 50, valueUsd: 6000, parcels: 1 });
  input.notifications.push({ id: 'n13', certificate: 'CF010', participant: 'EU', receivedOn: '2020-08-15', notifiedOn: '2020-08-20', carats: 50 });
  return input;
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
const M = '\u2212';

async function openReview(path = '/review/2021-Q3', dataset: unknown = raw) {
  const view = renderApp(path, { dataset });
  await screen.findByRole('heading', { level: 1, name: /^Quarterly review/ }, { timeout: 5000 });
  // The sections below the headline figures render just after them; the last is the sign-off.
  await screen.findByRole('heading', { level: 2, name: 'Sign-off' });
  return view;
}

describe('quarterly review: headline figures', () => {
  it('shows each figure of the quarter with its change against the previous quarter and the year before', async () => {
    await openReview('/review/2021-Q3', withYearAgo());
    const table = screen.getByRole('table', { name: 'Headline figures, 2021-Q3, with the change against 2021-Q2 and 2020-Q3' });
    const row = (name: RegExp) => cells(within(table).getByRole('row', { name }));
    // value | previous | change | a year before | change
    expect(row(/^Exports/)).toEqual(['7', '2', '+5 (+250%)', '1', '+6 (+600%)']);
    expect(row(/^Carats/)).toEqual(['520.00 ct', '130.00 ct', '+390.00 ct (+300%)', '50.00 ct', '+470.00 ct (+940%)']);
    expect(row(/^Value/)).toEqual(['US$61,500', 'US$16,000', '+US$45,500 (+284.38%)', 'US$6,000', '+US$55,500 (+925%)']);
    expect(row(/^Price per carat/)).toEqual(['US$118.27/ct', 'US$123.08/ct', `${M}US$4.81/ct (${M}3.91%)`, 'US$120.00/ct', `${M}US$1.73/ct (${M}1.44%)`]);
    expect(row(/^Share confirmed/)).toEqual(['28.57%', '50%', `${M}21.43 pts`, '100%', `${M}71.43 pts`]);
    expect(row(/^Overdue/)).toEqual(['1', '0', '+1', '0', '+1']);
    expect(row(/^Discrepancies/)).toEqual(['2', '1', '+1 (+100%)', '0', '+2']);
    expect(row(/^Late confirmations/)).toEqual(['1', '0', '+1', '0', '+1']);
    expect(row(/^Unmatched notifications/)).toEqual(['1', '1', '0 (0%)', '0', '+1']);
    expect(row(/^Median days to notify/)).toEqual(['10', '12', `${M}2 (${M}16.67%)`, '10', '0 (0%)']);
  });

  it('says when the year before is outside the regime, instead of showing zeros', async () => {
    await openReview();
    const table = screen.getByRole('table', { name: /^Headline figures/ });
    expect(within(table).getByRole('columnheader', { name: '2020-Q3 (outside the regime) (a year before)' })).toBeInTheDocument();
    expect(cells(within(table).getByRole('row', { name: /^Value/ }))).toEqual(['US$61,500', 'US$16,000', '+US$45,500 (+284.38%)', '—', '—']);
  });

  it('counts every reconciliation outcome, each a link to those records in Notifications', async () => {
    await openReview('/review/2021-Q3?data=%2Fx.json');
    const counts = screen.getByLabelText('Reconciliation, 2021-Q3');
    const value = (label: string) => within(counts).getByText(label, { selector: 'dt' }).nextElementSibling;
    const expected: Array<[string, string, string]> = [
      ['Confirmed', '2', 'status=confirmed'], ['Discrepancy', '2', 'status=discrepancy'], ['Awaiting', '2', 'status=awaiting'],
      ['Overdue', '1', 'status=overdue'], ['Late', '1', 'status=late'],
      ['Duplicate notifications', '1', 'list=duplicates'], ['Unmatched notifications', '1', 'list=unmatched'],
    ];
    for (const [label, n, param] of expected) {
      expect(value(label)).toHaveTextContent(n);
      expect(within(value(label) as HTMLElement).getByRole('link')).toHaveAttribute('href', `/notifications?data=%2Fx.json&quarter=2021-Q3&${param}`);
    }
    expect(value('Median days to notify')).toHaveTextContent('10');
  });
});

describe('quarterly review: flags', () => {
  it('summarises every check with its rule and count', async () => {
    await openReview();
    const summary = screen.getByRole('table', { name: 'Checks, 2021-Q3' });
    const count = (name: string) => cells(within(summary).getByRole('row', { name: new RegExp(`^${name}`) }))[0];
    expect(count('Non-compliant origin')).toBe('2');
    expect(count('Sanctioned party')).toBe('2');
    expect(count('Price outlier')).toBe('2');
    expect(count('Buying office below minimum')).toBe('2');
    expect(count('Overdue confirmation')).toBe('1');
    expect(count('Discrepancy')).toBe('2');
    expect(count('Late confirmation')).toBe('1');
    expect(count('Unmatched notification')).toBe('1');
    expect(count('Duplicate notification')).toBe('1');
    expect(within(summary).getByRole('row', { name: /^Price outlier/ })).toHaveTextContent(
      'at least 2 × the median US$/ct of its zone’s exports over 2020-Q4 to 2021-Q3, or at most that median ÷ 2',
    );
    expect(within(summary).getByRole('row', { name: /^Buying office below minimum/ })).toHaveTextContent('less than US$20,000 in 2021-Q3');
  });

  it('explains why each record was flagged, with the numbers the rule compared', async () => {
    await openReview();
    // The records of each check render just after the rest of the review.
    await screen.findByRole('table', { name: /^Price outlier, 2021-Q3/ });
    const why = (kind: string, record: string) =>
      cells(within(screen.getByRole('table', { name: new RegExp(`^${kind}, 2021-Q3`) })).getByRole('row', { name: new RegExp(`^${record}`) }))[0];
    expect(why('Non-compliant origin', 'CF004')).toBe('Issued 20 Jul 2021 from Beta, compliant from 1 Aug 2021.');
    expect(why('Non-compliant origin', 'CF005')).toBe('Issued 10 Sep 2021 from Gamma, compliant from 1 Jan 2020 to 31 Jul 2021.');
    expect(why('Sanctioned party', 'CF003')).toBe('Importer bad importer is on the sanctioned-entities list.');
    expect(why('Sanctioned party', 'CF005')).toBe('Buying office Office Two is marked as sanctioned.');
    expect(why('Price outlier', 'CF006')).toBe('US$500.00/ct (US$10,000 for 20.00 ct) is 4 × the Alpha median of US$125.00/ct over 6 exports, 2020-Q4 to 2021-Q3; at or above US$250.00/ct.');
    expect(why('Price outlier', 'CF011')).toBe('US$50.00/ct (US$5,000 for 100.00 ct) is 0.4 × the Alpha median of US$125.00/ct over 6 exports, 2020-Q4 to 2021-Q3; at or below US$62.50/ct.');
    expect(why('Buying office below minimum', 'Office Two')).toBe('Exported US$5,000, US$15,000 short of the US$20,000 minimum.');
    expect(why('Buying office below minimum', 'Office Three')).toBe('Exported US$11,500, US$8,500 short of the US$20,000 minimum.');
    expect(why('Overdue confirmation', 'CF011')).toBe('Issued 20 Aug 2021; no confirmation of receipt 41 days later (due within 30).');
    expect(why('Discrepancy', 'CF003')).toBe('Confirmation n3: parcels: certificate 1, confirmation 2 (must be equal).');
    expect(why('Discrepancy', 'CF004')).toBe('Confirmation n4: carats: certificate 10.00 ct, confirmation 10.10 ct, more than the 0.05 ct allowed.');
    expect(why('Late confirmation', 'CF002')).toBe('Issued 10 Jul 2021, confirmed 20 Aug 2021 (n2): 41 days, due within 30.');
    expect(why('Unmatched notification', 'CF999')).toBe('Notification n9 from AE, notified 1 Sep 2021 for 12.00 ct, names CF999: no export has that certificate.');
    expect(why('Duplicate notification', 'CF001')).toBe('Notification n1b (notified 8 Jul 2021) repeats the confirmation n1 (notified 8 Jul 2021).');
  });

  it('links each flagged record to the Notifications view, keeping the data parameter', async () => {
    await openReview('/review/2021-Q3?data=%2Fx.json');
    await screen.findByRole('table', { name: /^Price outlier, 2021-Q3/ });
    const link = (kind: string, name: string) =>
      within(screen.getByRole('table', { name: new RegExp(`^${kind}, 2021-Q3`) })).getByRole('link', { name });
    expect(link('Price outlier', 'CF006')).toHaveAttribute('href', '/notifications?data=%2Fx.json&quarter=2021-Q3&cert=CF006');
    expect(link('Buying office below minimum', 'Office Two')).toHaveAttribute('href', '/notifications?data=%2Fx.json&quarter=2021-Q3&office=o2');
    expect(link('Unmatched notification', 'CF999')).toHaveAttribute('href', '/notifications?data=%2Fx.json&quarter=2021-Q3&cert=CF999&list=unmatched');
    expect(link('Duplicate notification', 'CF001')).toHaveAttribute('href', '/notifications?data=%2Fx.json&quarter=2021-Q3&cert=CF001&list=duplicates');
    expect(screen.getByRole('link', { name: 'All overdue confirmations of 2021-Q3 in Notifications' }))
      .toHaveAttribute('href', '/notifications?data=%2Fx.json&quarter=2021-Q3&status=overdue');
  });

  it('opens a flagged record in the Notifications view, in the app; a modified click is left to the browser', async () => {
    const { user, location } = await openReview('/review/2021-Q3?data=%2Fx.json');
    const table = await screen.findByRole('table', { name: /^Price outlier, 2021-Q3/ });
    await user.keyboard('{Control>}');
    await user.click(within(table).getByRole('link', { name: 'CF006' }));
    await user.keyboard('{/Control}');
    expect(location().pathname).toBe('/review/2021-Q3');
    await user.click(within(table).getByRole('link', { name: 'CF006' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(`${location().pathname}${location().search}`).toBe('/notifications?data=%2Fx.json&quarter=2021-Q3&cert=CF006');
  });
});

describe('quarterly review: charts and their tables', () => {
  it('draws six charts, each with a legend and a table of its figures', async () => {
    await openReview();
    const images = screen.getAllByRole('img');
    expect(images.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Bar chart of carats and value in each month of 2021-Q3; the table beside it gives the figures.',
      'Bar chart of carats and value by zone; the table beside it gives the figures.',
      'Bar chart of carats and value by destination; the table beside it gives the figures.',
      'Bar chart of the value each buying office exported, with the US$20,000 minimum marked; the table beside it gives the figures.',
      "Bar chart of each zone's US$/ct in 2021-Q3 beside its median over 2020-Q4 to 2021-Q3; the table beside it gives the figures.",
      'Carats as bars and value as a line for each of 2020-Q4 to 2021-Q3; the table beside it gives the figures.',
    ]);
    // Fixed sizes: recharts draws in jsdom too, once the drawings' code has loaded.
    await waitFor(() => {
      for (const image of images) expect(image.querySelector('svg.recharts-surface')).not.toBeNull();
    });
    expect(within(images[3]!.closest('figure')!).getByText('Below the US$20,000 minimum')).toBeInTheDocument();

    const months = screen.getByRole('table', { name: 'Exports by month, 2021-Q3' });
    expect(cells(within(months).getByRole('row', { name: /^Jul 2021/ }))).toEqual(['3', '310.00 ct', 'US$35,000', 'US$112.90/ct']);
    expect(cells(within(months).getByRole('row', { name: /^Aug 2021/ }))).toEqual(['2', '150.00 ct', 'US$11,500', 'US$76.67/ct']);
    expect(cells(within(months).getByRole('row', { name: /^Sep 2021/ }))).toEqual(['2', '60.00 ct', 'US$15,000', 'US$250.00/ct']);
    expect(cells(within(months).getByRole('row', { name: /^Total 2021-Q3/ }))).toEqual(['7', '520.00 ct', 'US$61,500', 'US$118.27/ct']);

    const zones = screen.getByRole('table', { name: 'Exports by zone, 2021-Q3' });
    expect(cells(within(zones).getByRole('row', { name: /^Alpha/ }))).toEqual(['4', '420.00 ct', 'US$49,000', 'US$116.67/ct']);
    const offices = screen.getByRole('table', { name: 'Exports by buying office, 2021-Q3' });
    expect(cells(within(offices).getByRole('row', { name: /^Office Three/ }))).toEqual(['2', '150.00 ct', 'US$11,500', 'US$76.67/ct', 'Below']);
    expect(cells(within(offices).getByRole('row', { name: /^Office One/ }))).toEqual(['4', '330.00 ct', 'US$45,000', 'US$136.36/ct', 'At or above']);
    const prices = screen.getByRole('table', { name: /^US\$\/ct by zone, 2021-Q3/ });
    expect(cells(within(prices).getByRole('row', { name: /^Alpha/ }))).toEqual(['US$116.67/ct', 'US$125.00/ct', '6', '× 0.93']);
    expect(cells(within(prices).getByRole('row', { name: /^Beta/ }))).toEqual(['US$125.00/ct', 'under 3 exports', '—', '—']);
    const trend = screen.getByRole('table', { name: 'Exports by quarter, 2020-Q4 to 2021-Q3' });
    expect(within(trend).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3 (this review)']);
  });
});

describe('quarterly review: URL, comparison and downloads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('falls back to the default quarter with a notice for a quarter outside the regime', async () => {
    renderApp('/review/2031-Q9', { dataset: raw });
    expect(await screen.findByText('2031-Q9 is not a quarter of this regime; showing 2021-Q3.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Quarterly review 2021-Q3' })).toBeInTheDocument();
  });

  it('moves to the chosen quarter through the URL, keeping the data source and comparison', async () => {
    const { user, location } = await openReview('/review/2021-Q3?data=%2Fdata%2Fsample.json', raw);
    await user.selectOptions(screen.getByLabelText('Quarter'), '2021-Q2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quarterly review 2021-Q2' })).toBeInTheDocument();
    // The sections below the headline follow, and are no longer marked as catching up.
    expect(await screen.findByRole('table', { name: 'Exports by month, 2021-Q2' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Checks, 2021-Q2' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /2021-Q3/ })).toBeNull();
    expect(document.querySelector('[aria-busy]')).toBeNull();
    expect(location().pathname).toBe('/review/2021-Q2');
    expect(location().search).toBe('?data=%2Fdata%2Fsample.json');
    await user.selectOptions(screen.getByLabelText('Compare with'), '2020-Q4');
    expect(location().search).toBe('?data=%2Fdata%2Fsample.json&compare=2020-Q4');
    await user.selectOptions(screen.getByLabelText('Quarter'), '2021-Q3');
    expect(await screen.findByRole('heading', { level: 2, name: '2021-Q3 beside 2020-Q4' })).toBeInTheDocument();
    expect(location().search).toBe('?data=%2Fdata%2Fsample.json&compare=2020-Q4');
  });

  it('sets a second quarter side by side', async () => {
    await openReview('/review/2021-Q3?compare=2021-Q2');
    expect(screen.getByRole('heading', { level: 2, name: '2021-Q3 beside 2021-Q2' })).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: 'Figures, 2021-Q3 beside 2021-Q2' });
    expect(cells(within(figures).getByRole('row', { name: /^Value/ }))).toEqual(['US$61,500', 'US$16,000', '+US$45,500 (+284.38%)']);
    const flags = screen.getByRole('table', { name: 'Flags, 2021-Q3 beside 2021-Q2' });
    expect(cells(within(flags).getByRole('row', { name: /^Discrepancy/ }))).toEqual(['2', '1']);
    const zones = screen.getByRole('table', { name: 'By zone, 2021-Q3 beside 2021-Q2' });
    expect(cells(within(zones).getByRole('row', { name: /^Beta/ }))).toEqual(['60.00 ct', '0.00 ct', 'US$7,500', 'US$0']);
    expect(screen.getAllByRole('img')).toHaveLength(7);
  });

  it('says so when the comparison quarter is not usable', async () => {
    await openReview('/review/2021-Q3?compare=1999-Q1');
    expect(screen.getByText('1999-Q1 is not a quarter of this regime; no comparison shown.')).toBeInTheDocument();
    cleanup();
    await openReview('/review/2021-Q3?compare=2021-Q3');
    expect(screen.getByText('2021-Q3 is the quarter under review; choose another quarter to compare with.')).toBeInTheDocument();
  });

  it("downloads the review's figures as the CLI writes them (JSON) and as CSV, and prints", async () => {
    const blobs: Array<{ name: string; blob: Blob }> = [];
    let pending: Blob | null = null;
    URL.createObjectURL = (blob: Blob) => {
      pending = blob;
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      blobs.push({ name: this.download, blob: pending! });
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = await openReview();
    const d = load(raw);
    const review = reviewQuarter(d, '2021-Q3', '2021-09-30');
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(blobs[0]!.name).toBe('review-2021-Q3.json');
    expect(await blobs[0]!.blob.text()).toBe(reviewToJson(review));
    expect(blobs[1]!.name).toBe('review-2021-Q3.csv');
    expect(await blobs[1]!.blob.text()).toBe(reviewToCsv(review, d));
    await user.click(screen.getByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
