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

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('table', { name: /certificates/ });
  await user.click(screen.getByRole('button', { name: 'Record a notification' }));
  return screen.findByRole('dialog', { name: 'Record a notification' });
}

const input = (dialog: HTMLElement, label: RegExp) => within(dialog).getByLabelText(label);

async function fill(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = within(dialog).getByLabelText(new RegExp(`^${label}`));
    await user.clear(field);
    await user.type(field, value);
  }
}

describe('recording a notification: validation', () => {
  it('puts each error next to its field, in the words of the dataset schema', async () => {
    const { user } = renderApp('/notifications');
    const dialog = await openForm(user);
    expect(input(dialog, /^Certificate/)).toHaveFocus();
    await fill(user, dialog, { Carats: 'abc', Parcels: '1.5' });
    await user.click(within(dialog).getByRole('button', { name: 'Save notification' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('6 fields need attention before saving.');
    const expectError = (label: RegExp, message: string) => {
      const field = within(dialog).getByLabelText(label);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(message);
    };
    expectError(/^Certificate/, 'missing: expected a text');
    expectError(/^Participant/, 'missing: expected a text');
    expectError(/^Received on/, 'missing: expected a date written YYYY-MM-DD (a real calendar day)');
    expectError(/^Notified on/, 'missing: expected a date written YYYY-MM-DD (a real calendar day)');
    expectError(/^Carats/, 'expected a number, got the text "abc"');
    expectError(/^Parcels/, 'expected a whole number, got the number 1.5');
    expect(within(dialog).getByLabelText(/^Value/)).not.toHaveAttribute('aria-invalid');
    expect(input(dialog, /^Certificate/)).toHaveFocus();

    // Errors follow the typing once a save was tried.
    await fill(user, dialog, { Carats: '12.5' });
    expect(within(dialog).getByLabelText(/^Carats/)).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('5 fields need attention');
  });

  it('warns, without refusing, about an unknown certificate and a date after the as-of date', async () => {
    const { user } = renderApp('/notifications');
    const dialog = await openForm(user);
    await fill(user, dialog, { Certificate: 'CF0404', 'Notified on': '2021-10-02' });
    const warnings = within(dialog).getByRole('list', { name: 'Before saving' });
    expect(warnings).toHaveTextContent('No export has certificate CF0404: the notification will be listed as unmatched.');
    expect(warnings).toHaveTextContent('Notified after the as-of date (30 Sep 2021): it will not count until then.');
  });

  it('suggests certificates awaiting a confirmation as you type', async () => {
    const { user } = renderApp('/notifications');
    const dialog = await openForm(user);
    await user.type(input(dialog, /^Certificate/), 'CF000');
    const list = dialog.querySelector('datalist')!;
    const options = [...list.querySelectorAll('option')].map((o) => o.value);
    expect(options.slice(0, 3)).toEqual(['CF0004', 'CF0003', 'CF0007']);
    expect(options).toHaveLength(7);
  });
});

describe('recording a notification: saved locally, status updated at once', () => {
  it('confirms the export, marks the entry Local, counts it in the header, and survives a reload', async () => {
    const first = renderApp('/notifications');
    const { user } = first;
    const table = await screen.findByRole('table', { name: /5 certificates/ });
    expect(within(table).getByRole('row', { name: /CF0003/ })).toHaveTextContent('Awaiting');
    const dialog = await openForm(user);
    await fill(user, dialog, {
      Certificate: 'CF0003', Participant: 'AE', Authority: 'UAE KP Office', 'Received on': '2021-09-05',
      'Notified on': '2021-09-08', Carats: '200', Parcels: '1', Value: '30000', Importer: 'Dubai Gems DMCC',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save notification' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const row = within(table).getByRole('row', { name: /CF0003/ });
    expect(row).toHaveTextContent('Confirmed');
    expect(within(row).getByText('Local')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('1 local change, not in the source')).toBeInTheDocument();
    const panel = await screen.findByRole('complementary', { name: 'Certificate CF0003' });
    expect(panel).toHaveTextContent('recorded in this browser, not in the source');
    expect(screen.getByRole('list', { name: /Certificates by status/ })).toHaveTextContent('Awaiting 1');

    // A reload: the same storage, a new app.
    first.unmount();
    renderApp('/notifications');
    const again = await screen.findByRole('table', { name: /5 certificates/ });
    const reloaded = within(again).getByRole('row', { name: /CF0003/ });
    expect(reloaded).toHaveTextContent('Confirmed');
    expect(within(reloaded).getByText('Local')).toBeInTheDocument();
  });

  it('edits and deletes a local entry, and discards local changes after asking', async () => {
    const { user } = renderApp('/notifications?cert=CF0007');
    await screen.findByRole('complementary', { name: 'Certificate CF0007' });
    await user.click(screen.getByRole('button', { name: 'Record a notification for CF0007' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a notification' });
    expect(input(dialog, /^Certificate/)).toHaveValue('CF0007');
    await fill(user, dialog, { Participant: 'EU', 'Received on': '2021-07-05', 'Notified on': '2021-07-09', Carats: '260' });
    await user.click(within(dialog).getByRole('button', { name: 'Save notification' }));
    const panel = await screen.findByRole('complementary', { name: 'Certificate CF0007' });
    await waitFor(() => expect(panel).toHaveTextContent('Discrepancy'));
    const id = within(panel).getByRole('button', { name: /^Edit L-/ }).textContent!.replace('Edit ', '');

    await user.click(within(panel).getByRole('button', { name: `Edit ${id}` }));
    const edit = await screen.findByRole('dialog', { name: `Edit notification ${id}` });
    await fill(user, edit, { Carats: '250' });
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(panel).getByText('Confirmed')).toBeInTheDocument());
    expect(within(screen.getByRole('banner')).getByText('1 local change, not in the source')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: `Delete ${id}` }));
    const confirm = screen.getByRole('dialog', { name: `Delete notification ${id}?` });
    await user.click(within(confirm).getByRole('button', { name: `Delete ${id}` }));
    await waitFor(() => expect(within(panel).getByText('Overdue')).toBeInTheDocument());
    expect(within(screen.getByRole('banner')).queryByText(/local change/)).not.toBeInTheDocument();
  });

  it('asks before discarding local changes; Escape or Cancel keeps them', async () => {
    const { user } = renderApp('/notifications?cert=CF0003');
    await screen.findByRole('complementary', { name: 'Certificate CF0003' });
    await user.click(screen.getByRole('button', { name: 'Record a notification for CF0003' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a notification' });
    await fill(user, dialog, { Participant: 'AE', 'Received on': '2021-09-05', 'Notified on': '2021-09-08', Carats: '200' });
    await user.click(within(dialog).getByRole('button', { name: 'Save notification' }));
    const header = screen.getByRole('banner');
    await within(header).findByText('1 local change, not in the source');

    const discardButton = within(header).getByRole('button', { name: 'Discard local changes' });
    await user.click(discardButton);
    let confirm = screen.getByRole('dialog', { name: 'Discard local changes?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(discardButton).toHaveFocus();
    expect(within(header).getByText('1 local change, not in the source')).toBeInTheDocument();

    await user.click(discardButton);
    confirm = screen.getByRole('dialog', { name: 'Discard local changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard 1 change' }));
    await waitFor(() => expect(within(header).queryByText(/local change/)).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /CF0003/ })).toHaveTextContent('Awaiting');
  });
});
