/** Findings and sign-off of the quarter, and whether this browser holds changes to them. */
import { useMemo, useState } from 'react';
import { certificateIndex, exportsInQuarter, quarterOf, type Dataset, type Quarter } from '../../core';
import { ConfirmDialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { formatDate, formatUsd } from '../../lib/format';
import type { Locale } from '../../lib/i18n';
import { useDataset } from '../../lib/use-dataset';
import type { Namer } from '../../lib/names';
import { FindingsSection } from './FindingsSection';
import { useRecordMessages } from './messages/record';
import { SignOffSection } from './SignOffSection';
import type { ReviewRecordState } from './useReviewRecord';

/** `make()`, computed on the first call only. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/**
 * Look-ups by certificate over the whole dataset, built on first use (a
 * finding that cites certificates, a form in use) rather than with the page.
 */
function certificateLookups(dataset: Dataset) {
  // The last export of a certificate names its quarter, as a Map built from the list would.
  const issued = once(() => new Map(dataset.exports.map((e) => [e.certificate, quarterOf(e.issuedOn)])));
  return {
    known: { has: (c: string) => certificateIndex(dataset).has(c) },
    quarterOf: (c: string) => issued().get(c),
  };
}

/**
 * The quarter's certificates as suggestions for a finding, built on first use. The labels'
 * dates and sums are written in `locale`, so a new language asks for new ones.
 */
function certificateOptions(dataset: Dataset, quarter: Quarter, names: Namer, _locale: Locale) {
  return once(() => exportsInQuarter(dataset, quarter).map((e) => ({
    certificate: e.certificate,
    label: `${names.zone(e.zoneId)}, ${formatDate(e.issuedOn)}, ${formatUsd(e.valueUsd)}`,
  })));
}

export function ReviewRecordSection({ quarter, state, names, search }: { quarter: Quarter; state: ReviewRecordState; names: Namer; search: string }) {
  const { dataset } = useDataset();
  const { t, locale } = useRecordMessages();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { record, isLocal, canSave, problem, save, revert } = state;

  const options = useMemo(() => certificateOptions(dataset, quarter, names, locale), [dataset, quarter, names, locale]);
  const lookups = useMemo(() => certificateLookups(dataset), [dataset]);

  const revertNow = () => {
    setAsking(false);
    revert().then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('local.revertFailed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <>
      {!canSave && <Notice>{t('local.cannotSave', { problem: problem ?? '' })}</Notice>}
      {isLocal && (
        <div className="local-review screen-only" role="note">
          <p>{t('local.changed')}</p>
          <button type="button" className="button button-small" onClick={() => setAsking(true)}>{t('local.revert')}</button>
        </div>
      )}
      {failure && <p className="form-alert" role="alert">{failure}</p>}
      <FindingsSection
        record={record}
        editable={canSave && record.status === 'draft'}
        options={options}
        knownCertificates={lookups.known}
        quarterOfCertificate={(c) => lookups.quarterOf(c) ?? quarter}
        search={search}
        save={save}
      />
      <SignOffSection record={record} canSave={canSave} save={save} />
      {asking && (
        <ConfirmDialog
          title={t('local.revertTitle', { quarter })}
          confirmLabel={t('local.revertConfirm')}
          onConfirm={revertNow}
          onCancel={() => setAsking(false)}
          danger
        >
          <p>{t('local.revertBody', { quarter })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
