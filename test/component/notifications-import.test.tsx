import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render';

// Whole-app flows with user-event in jsdom: slow when the machine is busy, not stuck.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const CSV = [
  'Certificate No;Importing country;Date received;Date notified;Weight (ct);Parcels;Consignee',
  'CF0003;AE;2021-09-05;2021-09-08;200;1;Dubai Gems DMCC',
  'CF0004;EU;2021-09-22;2021-09-24;one hundred;1;Antwerp Rough NV',
  'CF0007;EU;2021-07-05;2021-07-09;250;1;Antwerp Rough NV',
].join('\n');

async function upload(user: ReturnType<typeof renderApp>['user'], text: string) {
  await screen.findByRole('table', { name: /certificates/ });
  await user.click(screen.getByRole('button', { name: 'Import CSV…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import notifications from a CSV file' });
  await user.upload(within(dialog).getByLabelText('CSV file'), new File([text], 'uae-q3.csv', { type: 'text/csv' }));
  return dialog;
}

describe('importing an importing authority\'s CSV file', () => {
  it('maps the columns, previews every row with its errors, and imports only the valid rows on request', async () => {
    const { user } = renderApp('/notifications');
    const dialog = await upload(user, CSV);
    const mapping = await within(dialog).findByRole('table', { name: 'Columns of the file for each field' });
    expect(within(mapping).getByRole('combobox', { name: 'Certificate' })).toHaveDisplayValue('Certificate No');
    expect(within(mapping).getByRole('combobox', { name: 'Carats' })).toHaveDisplayValue('Weight (ct)');
    expect(within(mapping).getByRole('combobox', { name: 'Importer' })).toHaveDisplayValue('Consignee');
    expect(within(mapping).getByRole('combobox', { name: 'Value (US$)' })).toHaveDisplayValue('— not in the file —');

    expect(within(dialog).getByText('uae-q3.csv: 3 rows, 2 valid, 1 with errors.')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('list', { name: 'Errors' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['row 3, carats: expected a number, got the text "one hundred"']);
    const preview = within(dialog).getByRole('table', { name: 'Rows of uae-q3.csv' });
    expect(within(preview).getByRole('row', { name: /^3 Error/ })).toHaveTextContent('one hundred');

    // Nothing is applied before the person confirms.
    const table = screen.getByRole('table', { name: /5 certificates/ });
    expect(within(table).getByRole('row', { name: /CF0003/ })).toHaveTextContent('Awaiting');
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 valid rows, leave out 1 with errors' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /CF0003/ })).toHaveTextContent('Confirmed');
    expect(within(table).getByRole('row', { name: /CF0007/ })).toHaveTextContent('Confirmed');
    expect(within(table).getByRole('row', { name: /CF0004/ })).toHaveTextContent('Awaiting');
    expect(within(screen.getByRole('banner')).getByText('2 local changes, not in the source')).toBeInTheDocument();
    expect(screen.getByText('Imported 2 notifications from uae-q3.csv.')).toBeInTheDocument();
  });

  it('asks for a column for each required field before it previews, and Cancel imports nothing', async () => {
    const { user } = renderApp('/notifications');
    const dialog = await upload(user, 'cert,when\nCF0003,2021-09-08\n');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Choose a column for participant, received on, notified on, carats: they are required.',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Notified on' }), 'when');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a column for participant, received on, carats');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByText(/local change/)).not.toBeInTheDocument();
  });
});
