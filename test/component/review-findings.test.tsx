import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import raw from '../fixtures/small-dataset.json';
import { localToday } from '../../src/core';
import { renderApp } from './render';

// Whole-app renders with charts take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

// test/fixtures/small-dataset.json: 2021-Q3 has no review yet; 2021-Q2 has a final one.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

async function openReview(path = '/review/2021-Q3') {
  const view = renderApp(path, { dataset: raw });
  await screen.findByRole('heading', { level: 1, name: /^Quarterly review/ }, { timeout: 5000 });
  // The sections below the headline figures render just after them; the last is the sign-off.
  await screen.findByRole('heading', { level: 2, name: 'Sign-off' });
  return view;
}

const newFinding = () => screen.getByRole('form', { name: 'New finding' });
const banner = () => screen.getByRole('banner');

describe('findings', () => {
  it('refuses an incomplete finding, each error beside its field in the words of the dataset schema', async () => {
    const { user } = await openReview();
    expect(screen.getByText('No findings recorded for 2021-Q3.')).toBeInTheDocument();
    await user.click(within(newFinding()).getByRole('button', { name: 'Add finding' }));
    const form = newFinding();
    // The checks load with the form's first use, so their verdict may come a moment after the click.
    expect(await within(form).findByRole('alert')).toHaveTextContent('2 fields need attention before saving.');
    expect(within(form).getByLabelText('Severity')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Severity')).toHaveAccessibleDescription('missing: expected one of "info", "concern", "critical"');
    expect(within(form).getByLabelText('Finding')).toHaveAccessibleDescription('expected a non-empty text');
    // Fixing a field clears its error; the other stays until the next try.
    await user.selectOptions(within(form).getByLabelText('Severity'), 'critical');
    expect(within(form).getByLabelText('Severity')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('alert')).toHaveTextContent('1 field needs attention before saving.');
    expect(within(banner()).queryByText(/local change/)).toBeNull();
  });

  it('keeps a half-written finding with its quarter: another quarter starts with an empty form', async () => {
    const { user } = await openReview();
    await user.type(within(newFinding()).getByLabelText('Finding'), 'Draft for 2021-Q3');
    await user.selectOptions(screen.getByLabelText('Quarter'), '2021-Q1');
    expect(await screen.findByText('No findings recorded for 2021-Q1.')).toBeInTheDocument();
    expect(within(newFinding()).getByLabelText('Finding')).toHaveValue('');
  });

  it('adds a finding with linked certificates, stored with the local changes and written into the exported dataset', async () => {
    const { user } = await openReview();
    const form = newFinding();
    await user.selectOptions(within(form).getByLabelText('Severity'), 'concern');
    await user.type(within(form).getByLabelText('Finding'), 'CF011 still has no confirmation of receipt.');
    // Suggestions are the quarter's certificates.
    const options = [...document.querySelectorAll(`#${CSS.escape(within(form).getByLabelText(/^Linked certificates/).getAttribute('list')!)} option`)];
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual(['CF001', 'CF002', 'CF003', 'CF004', 'CF005', 'CF006', 'CF011']);
    expect(options[0]).toHaveTextContent('Alpha, 1 Jul 2021, US$12,000');
    await user.type(within(form).getByLabelText(/^Linked certificates/), 'cf011{Enter}');
    await user.type(within(form).getByLabelText(/^Linked certificates/), 'CF777');
    await user.click(within(form).getByRole('button', { name: 'Link' }));
    expect(within(form).getByRole('list', { name: 'Certificates linked to this finding' })).toHaveTextContent('CF011×CF777×');
    expect(within(form).getByText('CF777 is not a certificate of this dataset: the finding will be listed on the Data quality view.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Remove CF777 from the finding' }));
    await user.click(within(form).getByRole('button', { name: 'Add finding' }));

    const table = await screen.findByRole('table', { name: 'Findings, 2021-Q3' });
    const row = within(table).getByRole('row', { name: /^2021-Q3-1/ });
    expect(row).toHaveTextContent('Concern');
    expect(row).toHaveTextContent('CF011 still has no confirmation of receipt.');
    expect(within(row).getByRole('link', { name: 'CF011' })).toHaveAttribute('href', '/notifications?quarter=2021-Q3&cert=CF011');
    expect(await within(banner()).findByText('1 local change, not in the source')).toBeInTheDocument();
    expect(screen.getByText(/This review has changes recorded in this browser/)).toBeInTheDocument();
    // The form is empty again, ready for the next finding.
    expect(within(newFinding()).getByLabelText('Finding')).toHaveValue('');

    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(banner()).getByRole('button', { name: 'Export dataset' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.reviews).toEqual([
      raw.reviews[0],
      { quarter: '2021-Q3', status: 'draft', findings: [{ id: '2021-Q3-1', severity: 'concern', text: 'CF011 still has no confirmation of receipt.', certificates: ['CF011'] }], signedOff: null },
    ]);
  });

  it('edits and deletes a finding (deleting asks first)', async () => {
    const { user } = await openReview();
    await user.selectOptions(within(newFinding()).getByLabelText('Severity'), 'info');
    await user.type(within(newFinding()).getByLabelText('Finding'), 'First draft.');
    await user.click(within(newFinding()).getByRole('button', { name: 'Add finding' }));
    await screen.findByRole('table', { name: 'Findings, 2021-Q3' });

    await user.click(screen.getByRole('button', { name: 'Edit finding 2021-Q3-1' }));
    const edit = screen.getByRole('form', { name: 'Edit finding 2021-Q3-1' });
    expect(screen.queryByRole('form', { name: 'New finding' })).toBeNull();
    await user.selectOptions(within(edit).getByLabelText('Severity'), 'critical');
    await user.clear(within(edit).getByLabelText('Finding'));
    await user.type(within(edit).getByLabelText('Finding'), 'Second thoughts.');
    await user.click(within(edit).getByRole('button', { name: 'Save finding' }));
    const row = await screen.findByRole('row', { name: /^2021-Q3-1 Critical Second thoughts\./ });
    expect(row).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete finding 2021-Q3-1' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete finding 2021-Q3-1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete finding' }));
    expect(await screen.findByText('No findings recorded for 2021-Q3.')).toBeInTheDocument();
    // An empty draft the source never had is not kept.
    await waitFor(() => expect(within(banner()).queryByText(/local change/)).toBeNull());
  });
});

describe('sign-off', () => {
  it('makes the draft final with names and a date (today by default), read-only until reopened', async () => {
    const { user } = await openReview();
    await user.selectOptions(within(newFinding()).getByLabelText('Severity'), 'info');
    await user.type(within(newFinding()).getByLabelText('Finding'), 'Nothing further.');
    await user.click(within(newFinding()).getByRole('button', { name: 'Add finding' }));
    await screen.findByRole('table', { name: 'Findings, 2021-Q3' });

    const form = screen.getByRole('form', { name: 'Sign-off' });
    expect(within(form).getByLabelText('Date signed')).toHaveValue(localToday());
    await user.click(within(form).getByRole('button', { name: 'Sign off as final' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Signed by/)).toHaveAccessibleDescription('missing: expected at least one name'));
    await user.type(within(form).getByLabelText(/^Signed by/), 'Ana Diallo{Enter}Bruno Martin');
    await user.clear(within(form).getByLabelText('Date signed'));
    await user.type(within(form).getByLabelText('Date signed'), '2021-11-05');
    await user.click(within(form).getByRole('button', { name: 'Sign off as final' }));

    await screen.findByRole('button', { name: 'Reopen review' });
    const signOff = screen.getByRole('heading', { level: 2, name: 'Sign-off' }).closest('section')!;
    expect(signOff).toHaveTextContent('Final Signed off on 5 Nov 2021 by:');
    expect(within(signOff).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ana Diallo', 'Bruno Martin']);
    // Read-only: no forms, no edit or delete.
    expect(screen.queryByRole('form', { name: 'New finding' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Sign-off' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit finding/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reopen review' }));
    const dialog = screen.getByRole('dialog', { name: 'Reopen the review of 2021-Q3?' });
    expect(dialog).toHaveTextContent('the sign-off by Ana Diallo and Bruno Martin on 5 Nov 2021 is removed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Reopen review' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen review' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reopen as draft' }));
    expect(await screen.findByRole('form', { name: 'New finding' })).toBeInTheDocument();
    expect(screen.getByText('Not signed off: this review is a draft.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit finding 2021-Q3-1' })).toBeInTheDocument();
  });

  it("shows the source's final review read-only, and reverting a local change brings it back", async () => {
    const { user } = await openReview('/review/2021-Q2');
    const table = screen.getByRole('table', { name: 'Findings, 2021-Q2' });
    expect(within(table).getByRole('row', { name: /^f1 Concern Value of CF007 differs/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New finding' })).toBeNull();
    expect(screen.getByText(/Signed off on/).closest('section')).toHaveTextContent('Test Reviewer');

    await user.click(screen.getByRole('button', { name: 'Reopen review' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reopen as draft' }));
    expect(await screen.findByRole('form', { name: 'New finding' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revert to the source’s review' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Revert the review of 2021-Q2?' })).getByRole('button', { name: 'Revert to the source' }));
    expect(await screen.findByRole('button', { name: 'Reopen review' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New finding' })).toBeNull();
  });
});
