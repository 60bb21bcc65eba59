import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDatasetText, quarterOf, reconcile } from '../../src/core';
import { reviewOfSample, sample } from './helpers';

const d = sample();
const asOf = d.meta.asOf!;
const rec = reconcile(d, asOf);
const overdue = rec.exports.filter((r) => r.status === 'overdue').map((r) => r.export);
const banner = (page: Page) => page.getByRole('banner');
const row = (page: Page, certificate: string) =>
  page.getByRole('table', { name: /certificates?, / }).getByRole('row', { name: new RegExp(`^${certificate}`) });

async function recordNotification(page: Page, values: Record<string, string>) {
  await page.getByRole('button', { name: 'Record a notification' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a notification' });
  for (const [label, value] of Object.entries(values)) await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
  await dialog.getByRole('button', { name: 'Save notification' }).click();
  await expect(dialog).toBeHidden();
}

test('a notification recorded here survives a reload, with the export\'s status changed everywhere', async ({ page }) => {
  const e = overdue.find((x) => quarterOf(x.issuedOn) === '2024-Q2')!;
  const quarter = quarterOf(e.issuedOn);
  await page.goto(`/notifications?quarter=${quarter}`);
  await expect(row(page, e.certificate)).toContainText('Overdue');

  await recordNotification(page, {
    Certificate: e.certificate, Participant: 'EU', Authority: 'FPS Economy', 'Received on': e.issuedOn,
    'Notified on': asOf, Carats: String(e.carats), Parcels: String(e.parcels), Value: String(e.valueUsd), Importer: e.importer,
  });
  await expect(row(page, e.certificate)).toContainText('Confirmed');
  await expect(row(page, e.certificate)).toContainText('Local');
  await expect(banner(page).getByText('1 local change, not in the source')).toBeVisible();

  await page.reload();
  await expect(row(page, e.certificate)).toContainText('Confirmed');
  await expect(row(page, e.certificate).getByText('Local')).toBeVisible();
  await expect(banner(page).getByText('1 local change, not in the source')).toBeVisible();

  // Another view reads the same merged dataset.
  const before = reviewOfSample(quarter).reconciliation;
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Quarterly review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Quarterly review/);
  await page.getByLabel('Quarter').selectOption(quarter);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quarterly review ${quarter}`);
  const overdueCount = page.getByRole('term').filter({ hasText: /^Overdue$/ }).locator('xpath=following-sibling::dd');
  await expect(overdueCount).toHaveText(String(before.overdue - 1));

  // Discard asks first, from the keyboard too.
  await banner(page).getByRole('button', { name: 'Discard local changes' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard local changes?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Discard 1 change' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner(page).getByText(/local change/)).toHaveCount(0);
  await expect(overdueCount).toHaveText(String(before.overdue));
});

test('an importing authority\'s CSV with one bad row: errors shown, the valid rows imported on request', async ({ page }) => {
  const [a, b, c] = overdue;
  const csv = [
    'KP Certificate No,Country,Authority,Date received,Date notified,Carats,Parcels,Value USD,Consignee',
    `${a!.certificate},EU,FPS Economy,${a!.issuedOn},${asOf},${a!.carats},${a!.parcels},${a!.valueUsd},${a!.importer}`,
    `${b!.certificate},AE,UAE KP Office,${b!.issuedOn},${asOf},not weighed,${b!.parcels},${b!.valueUsd},${b!.importer}`,
    `${c!.certificate},EU,FPS Economy,${c!.issuedOn},${asOf},${c!.carats},${c!.parcels},${c!.valueUsd},${c!.importer}`,
  ].join('\r\n');
  await page.goto('/notifications?quarter=all&status=overdue');
  await expect(page.getByRole('table', { name: `${overdue.length} certificates, all quarters, overdue` })).toBeVisible();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import notifications from a CSV file' });
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'authority.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('authority.csv: 3 rows, 2 valid, 1 with errors.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Errors' })).toHaveText('row 3, carats: expected a number, got the text "not weighed"');
  // Nothing applied yet.
  await expect(banner(page).getByText(/local change/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 2 valid rows, leave out 1 with errors' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 2 notifications from authority.csv.')).toBeVisible();
  await expect(page.getByRole('table', { name: `${overdue.length - 2} certificates, all quarters, overdue` })).toBeVisible();
  await expect(row(page, b!.certificate)).toContainText('Overdue');
  await expect(banner(page).getByText('2 local changes, not in the source')).toBeVisible();
});

test('"Export dataset" writes a valid dataset with the local changes; loaded from the file, it exports the same file', async ({ page }) => {
  const e = overdue[0]!;
  await page.goto(`/notifications?quarter=all&cert=${e.certificate}`);
  await page.getByRole('button', { name: `Record a notification for ${e.certificate}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a notification' });
  for (const [label, value] of Object.entries({ Participant: 'EU', 'Received on': e.issuedOn, 'Notified on': asOf, Carats: String(e.carats) })) {
    await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
  }
  await dialog.getByRole('button', { name: 'Save notification' }).click();
  await expect(banner(page).getByText('1 local change, not in the source')).toBeVisible();

  const [first] = await Promise.all([page.waitForEvent('download'), banner(page).getByRole('button', { name: 'Export dataset' }).click()]);
  expect(first.suggestedFilename()).toBe('sample-export.json');
  const text = readFileSync((await first.path())!, 'utf8');
  const parsed = parseDatasetText(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.dataset.notifications).toHaveLength(d.notifications.length + 1);
  expect(parsed.dataset.notifications.at(-1)).toMatchObject({ certificate: e.certificate, participant: 'EU', carats: e.carats });

  const chooser = page.waitForEvent('filechooser');
  await banner(page).getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles({ name: 'sample-export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(banner(page)).toContainText('sample-export.json');
  await expect(banner(page).getByText(/local change/)).toHaveCount(0);
  const panel = page.getByRole('complementary', { name: `Certificate ${e.certificate}` });
  await expect(panel.getByText('Confirmed', { exact: true })).toBeVisible();
  await expect(panel.getByText('Local', { exact: true })).toHaveCount(0);

  const [second] = await Promise.all([page.waitForEvent('download'), banner(page).getByRole('button', { name: 'Export dataset' }).click()]);
  expect(second.suggestedFilename()).toBe('sample-export.json');
  expect(readFileSync((await second.path())!, 'utf8')).toBe(text);
});

test('filters live in the URL: a map-style link opens the filtered table and the detail panel', async ({ page }) => {
  const target = rec.exports.find((r) => r.status === 'discrepancy' && r.export.zoneId === 'carnot')!;
  const quarter = quarterOf(target.export.issuedOn);
  const expected = rec.exports.filter((r) => quarterOf(r.export.issuedOn) === quarter && r.export.zoneId === 'carnot' && r.status === 'discrepancy');
  await page.goto(`/notifications?data=/data/sample.json&quarter=${quarter}&zone=carnot&status=discrepancy&cert=${target.export.certificate}`);
  const table = page.getByRole('table', { name: `${expected.length} certificate${expected.length === 1 ? '' : 's'}, ${quarter}, discrepancy, zone Carnot` });
  await expect(table.getByRole('row')).toHaveCount(expected.length + 1);
  const panel = page.getByRole('complementary', { name: `Certificate ${target.export.certificate}` });
  await expect(panel.getByRole('row', { name: /^Carats/ })).toContainText('Differs');

  await page.getByRole('group', { name: 'Filters' }).getByLabel('Status').selectOption('all');
  await expect(page).toHaveURL(new RegExp(`\\?data=%2Fdata%2Fsample.json&quarter=${quarter}&zone=carnot&cert=${target.export.certificate}$`));
  const all = rec.exports.filter((r) => quarterOf(r.export.issuedOn) === quarter && r.export.zoneId === 'carnot');
  await expect(page.getByRole('table', { name: new RegExp(`^${all.length} certificates?, ${quarter}, zone Carnot$`) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' })).toHaveAttribute('href', '/map?data=%2Fdata%2Fsample.json');

  await page.goBack();
  await expect(table).toBeVisible();
  await page.goto('/notifications?quarter=2031-Q9&status=sideways');
  await expect(page.getByText('2031-Q9 is not a quarter of this regime; showing 2024-Q4.')).toBeVisible();
  await expect(page.getByText('sideways is not a status; showing all statuses.')).toBeVisible();
});

test('in French (?lang=fr): headers, statuses, dates and amounts as a French reader writes them', async ({ page }) => {
  const target = rec.exports.find((r) => r.status === 'discrepancy')!;
  const quarter = quarterOf(target.export.issuedOn);
  await page.goto(`/notifications?lang=fr&quarter=${quarter}&cert=${target.export.certificate}`);
  await expect(page).toHaveTitle('Notifications · KP CAR Monitor');
  const table = page.getByRole('table', { name: new RegExp(`^\\d+ certificats?, ${quarter}$`) });
  await expect(table.getByRole('columnheader', { name: /^Émis le/ })).toBeVisible();
  const row = table.getByRole('row', { name: new RegExp(`^${target.export.certificate}`) });
  await expect(row).toContainText('Écart');
  // "1 234,56" with a narrow no-break space between thousands.
  const carats = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(target.export.carats);
  await expect(row).toContainText(carats);
  const panel = page.getByRole('complementary', { name: `Certificat ${target.export.certificate}` });
  await expect(panel.getByRole('heading', { name: 'Délai de notification' })).toBeVisible();
  const [year, month, day] = target.export.issuedOn.split('-').map(Number);
  const months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
  await expect(panel.getByRole('definition').first()).toHaveText(`${day} ${months[month! - 1]} ${year}`);
  await expect(panel.getByRole('row', { name: /^Carats/ })).toContainText('Diffère');
  await page.getByRole('button', { name: 'Enregistrer une notification', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Enregistrer une notification' }).getByLabel(/^Reçue le/)).toBeVisible();
});
