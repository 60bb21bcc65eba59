import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, configure, screen, within } from '@testing-library/react';
import { notificationFromText, type NotificationText } from '../../src/core';
import { EXPORT_COLUMNS } from '../../src/features/notifications/columns';
import { tableCsv } from '../../src/features/notifications/exportCsv';
import { fieldErrorText, importErrorText } from '../../src/features/notifications/fieldErrors';
import { i18n } from '../../src/lib/i18n';
import { renderApp } from './render';

// Whole-app flows with user-event in jsdom: slow when the machine is busy, not stuck.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const french = () => act(() => i18n.changeLanguage('fr'));
/** Intl's French grouping and the app's typography use no-break spaces; compare them as plain spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the notifications view in French', () => {
  it('reads as French: heading, column headers, dates, numbers and the caption', async () => {
    renderApp('/notifications');
    await screen.findByRole('table', { name: '5 certificates, 2021-Q3' });
    await french();

    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(plain(document.querySelector('.lede')?.textContent)).toContain('statuts au 30 sept. 2021');
    const table = screen.getByRole('table', { name: '5 certificats, 2021-Q3' });
    for (const header of ['Certificat', 'Émis le', 'Bureau d’achat', 'Valeur ($ US)', 'Statut']) {
      expect(within(table).getByRole('columnheader', { name: (name) => plain(name).startsWith(header) })).toBeInTheDocument();
    }
    const row = within(table).getByRole('row', { name: /^CF0002/ });
    const cells = within(row).getAllByRole('cell').map((c) => plain(c.textContent));
    expect(cells).toEqual(expect.arrayContaining(['10 août 2021', 'Émirats arabes unis (AE)', '500,50', '60 000', 'Écart']));
    expect(plain(screen.getByRole('list', { name: /Certificats par statut/ }).textContent)).toContain('En attente 2');
  });

  it('opens the detail panel in French, with the dates and amounts written the French way', async () => {
    renderApp('/notifications?cert=CF0002');
    await screen.findByRole('complementary', { name: 'Certificate CF0002' });
    await french();

    const panel = screen.getByRole('complementary', { name: 'Certificat CF0002' });
    expect(within(panel).getByRole('heading', { name: 'Délai de notification' })).toBeInTheDocument();
    expect(plain(panel.textContent)).toContain('Notifiée 15 jours après l’émission, le 25 août 2021 : dans les délais.');
    const compare = within(panel).getByRole('table', { name: 'Certificat CF0002 comparé à la confirmation N2' });
    expect(plain(within(compare).getByRole('row', { name: /^Carats/ }).textContent))
      .toBe('Carats500,50 ct480,00 ctDiffère : −20,50 ct (−4,1 %)± 0,5 % = 2,50 ct');
    expect(plain(within(compare).getByRole('row', { name: /^Valeur/ }).textContent)).toContain('60 000 $ US');
  });

  it('shows the form in French, each schema error in French beside its field', async () => {
    const { user } = renderApp('/notifications');
    await screen.findByRole('table', { name: /certificates/ });
    await french();
    await user.click(screen.getByRole('button', { name: 'Enregistrer une notification' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer une notification' });
    const carats = within(dialog).getByLabelText(/^Carats/);
    await user.type(carats, 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer la notification' }));

    expect(plain(within(dialog).getByRole('alert').textContent)).toBe('5 champs sont à corriger avant l’enregistrement.');
    const description = (label: RegExp) => {
      const input = within(dialog).getByLabelText(label);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      return plain(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent);
    };
    expect(description(/^Certificat/)).toBe('obligatoire : saisir un texte');
    expect(description(/^Reçue le/)).toBe('obligatoire : saisir une date au format AAAA-MM-JJ');
    expect(description(/^Carats/)).toBe('un nombre est attendu, pas le texte « abc »');
  });
});

describe('the downloaded table in French', () => {
  it('has the headers a French reader saw, and plain numbers and dates a spreadsheet reads', async () => {
    await french();
    const columns = EXPORT_COLUMNS.filter((c) => ['certificate', 'issuedOn', 'carats', 'status'].includes(c.id));
    const row = { certificate: 'CF0002', issuedOn: '2021-08-10', carats: 500.5, status: 'confirmed', late: true } as never;
    expect(tableCsv(columns, [row])).toBe('Certificat,Émis le,Carats,Statut\nCF0002,2021-08-10,500.5,"Confirmé, notification tardive"\n');
  });
});

describe('schema messages by kind', () => {
  /** Real messages from the core's validation, one of each kind the form and the import can show. */
  const cases: Array<[NotificationText, string]> = [
    [{ id: 'X', certificate: '', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02', carats: '1' }, 'certificate'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', notifiedOn: '2021-01-02', carats: '1' }, 'receivedOn'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-02-30', notifiedOn: '2021-01-02', carats: '1' }, 'receivedOn'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02' }, 'carats'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02', carats: 'heavy' }, 'carats'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02', carats: '0' }, 'carats'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02', carats: '1', parcels: '1.5' }, 'parcels'],
    [{ id: 'X', certificate: 'CF1', participant: 'EU', receivedOn: '2021-01-01', notifiedOn: '2021-01-02', carats: '1', valueUsd: '-5' }, 'valueUsd'],
  ];
  const messages = cases.map(([values, field]) => {
    const result = notificationFromText(values);
    if (result.ok) throw new Error(`expected an error for ${field}`);
    return result.errors.find((e) => e.field === field)!.message;
  });

  it('keeps the schema’s English words exactly', () => {
    expect(messages.map(fieldErrorText)).toEqual(messages);
    const row = 'row 3, carats: expected a number, got the text "one hundred"';
    expect(importErrorText(row)).toBe(row);
  });

  it('has French words for every kind', async () => {
    await french();
    const translated = messages.map((m) => plain(fieldErrorText(m)));
    expect(translated).toEqual([
      'obligatoire : saisir un texte',
      'obligatoire : saisir une date au format AAAA-MM-JJ',
      'une date au format AAAA-MM-JJ (un jour réel du calendrier) est attendue, pas le texte « 2021-02-30 »',
      'obligatoire : saisir un nombre',
      'un nombre est attendu, pas le texte « heavy »',
      'un nombre supérieur à 0 est attendu, pas le nombre 0',
      'un nombre entier est attendu, pas le nombre 1.5',
      'un nombre d’au moins 0 est attendu, pas le nombre -5',
    ]);
    expect(plain(importErrorText('row 3, carats: expected a number, got the text "one hundred"')))
      .toBe('ligne 3, carats : un nombre est attendu, pas le texte « one hundred »');
    // A message of a kind not known here stays as the core wrote it.
    expect(fieldErrorText('expected a GeoJSON Polygon or MultiPolygon, got nothing')).toBe('expected a GeoJSON Polygon or MultiPolygon, got nothing');
  });
});
