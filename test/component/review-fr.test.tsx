import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import raw from '../fixtures/small-dataset.json';
import { i18n } from '../../src/lib/i18n';
import { renderApp } from './render';

// Whole-app renders with charts take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

// test/fixtures/small-dataset.json, 2021-Q3 as of 2021-09-30: the figures are the English test's
// (review.test.tsx), written as a French reader sees them.
const NNBSP = '\u202f'; // between thousands, before % ; ? !
const NBSP = '\u00a0'; // before :, around "$ US"
const usd = (figure: string) => `${figure}${NBSP}$${NBSP}US`;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function openReview(path = '/review/2021-Q3') {
  const view = renderApp(path, { dataset: raw });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return view;
}

describe('quarterly review in French', () => {
  it('writes the heading, headline figures, dates and numbers in French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    await openReview();
    expect(screen.getByRole('heading', { level: 1, name: 'Examen trimestriel 2021-Q3' })).toBeInTheDocument();
    // textContent: toHaveTextContent would read the no-break spaces as plain ones.
    expect(document.querySelector('.review-header .lede')?.textContent).toBe(
      `Certificats délivrés du 1 juil. 2021 au 30 sept. 2021${NNBSP}; statuts au 30 sept. 2021. Brouillon`,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Chiffres clés' })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Chiffres clés, 2021-Q3, et évolution par rapport à 2021-Q2 et 2020-Q3' });
    expect(within(table).getByRole('columnheader', { name: '2020-Q3 (hors du régime) (un an avant)' })).toBeInTheDocument();
    expect(cells(within(table).getByRole('row', { name: /^Valeur/ })))
      .toEqual([usd(`61${NNBSP}500`), usd(`16${NNBSP}000`), `+${usd(`45${NNBSP}500`)} (+284,38${NNBSP}%)`, '—', '—']);
    expect(cells(within(table).getByRole('row', { name: /^Carats/ }))[0]).toBe('520,00 ct');
    expect(cells(within(table).getByRole('row', { name: /^Part confirmée/ }))[0]).toBe(`28,57${NNBSP}%`);
    expect(screen.getByRole('heading', { level: 3, name: 'Rapprochement des 7 certificats' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Rapprochement, 2021-Q3')).getByText('Confirmés', { selector: 'dt' })).toBeInTheDocument();
  });

  it('says why each record was flagged and names the months in French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    await openReview();
    await screen.findByRole('heading', { level: 2, name: 'Validation' });
    const summary = screen.getByRole('table', { name: 'Contrôles, 2021-Q3' });
    expect(within(summary).getByRole('row', { name: /^Confirmation en retard/ }))
      .toHaveTextContent('Aucune confirmation de réception au 30 sept. 2021, plus de 30 jours après la délivrance du certificat.');
    const outliers = await screen.findByRole('table', { name: `Prix aberrant, 2021-Q3${NBSP}: 2` });
    expect(cells(within(outliers).getByRole('row', { name: /^CF006/ }))[0]).toBe(
      `500,00${NBSP}$${NBSP}US/ct (${usd(`10${NNBSP}000`)} pour 20,00 ct) vaut 4 × la médiane de Alpha, 125,00${NBSP}$${NBSP}US/ct`
      + ` sur 6 exportations de 2020-Q4 à 2021-Q3${NNBSP}; au niveau de 250,00${NBSP}$${NBSP}US/ct ou au-dessus.`,
    );
    const months = screen.getByRole('table', { name: 'Exportations par mois, 2021-Q3' });
    expect(within(months).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['juil. 2021', 'août 2021', 'sept. 2021', 'Total 2021-Q3']);
    expect(cells(within(months).getByRole('row', { name: /^Total 2021-Q3/ })))
      .toEqual(['7', '520,00 ct', usd(`61${NNBSP}500`), `118,27${NBSP}$${NBSP}US/ct`]);
  });

  it('follows a change of language on the open review, page numbers of the printed report included', async () => {
    await openReview();
    await screen.findByRole('heading', { level: 2, name: 'Sign-off' });
    const pageStyle = () => [...document.querySelectorAll('style')].map((s) => s.textContent).find((css) => css?.includes('@page'));
    expect(pageStyle()).toContain('content: "Page " counter(page) " of " counter(pages);');

    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('heading', { level: 1, name: 'Examen trimestriel 2021-Q3' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Validation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimer le rapport' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Alertes' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Contrôles, 2021-Q3' })).toHaveTextContent('Aucune confirmation de réception au 30 sept. 2021');
    expect(pageStyle()).toContain('content: "Page " counter(page) " sur " counter(pages);');
    expect(pageStyle()).toContain('Examen trimestriel 2021-Q3');
  });

  it('asks for the missing fields of a finding in French', async () => {
    await act(() => i18n.changeLanguage('fr'));
    const { user } = await openReview();
    const form = await screen.findByRole('form', { name: 'Nouveau constat' });
    expect(screen.getByText('Aucun constat enregistré pour 2021-Q3.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Ajouter le constat' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('2 champs sont à corriger avant l’enregistrement.');
    expect(within(form).getByLabelText('Gravité')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Constat')).toHaveAccessibleDescription('un texte non vide est attendu');
    expect(within(within(form).getByLabelText('Gravité')).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['Choisir…', 'Information', 'Préoccupation', 'Critique']);
    expect(within(screen.getByRole('form', { name: 'Validation' })).getByRole('button', { name: 'Valider comme définitif' })).toBeInTheDocument();
  });
});
