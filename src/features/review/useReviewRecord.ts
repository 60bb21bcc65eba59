/**
 * The quarter's review record (findings, sign-off) as this browser has it:
 * the source's, or the one recorded here, kept with the other local changes
 * (IndexedDB) and written into the exported dataset's reviews[].
 */
import { useCallback, useMemo } from 'react';
import { isEmptyReview, reviewRecordOf, type Quarter, type ReviewRecord } from '../../core';
import { useLocalChanges } from '../../lib/local-changes';
import { useDataset } from '../../lib/use-dataset';

export interface ReviewRecordState {
  record: ReviewRecord;
  /** This browser holds a version of the review that is not the source's. */
  isLocal: boolean;
  /** Changes can be stored (IndexedDB is there). */
  canSave: boolean;
  /** Why changes cannot be stored, or were partly dropped. */
  problem: string | null;
  save: (next: ReviewRecord) => Promise<void>;
  /** Forgets this browser's version; the source's (if any) shows again. */
  revert: () => Promise<void>;
}

export function useReviewRecord(quarter: Quarter): ReviewRecordState {
  const { dataset, sourceDataset } = useDataset();
  const local = useLocalChanges();
  const record = useMemo(() => reviewRecordOf(dataset, quarter), [dataset, quarter]);
  const inSource = sourceDataset.reviews.some((r) => r.quarter === quarter);
  const isLocal = local.changes.reviews.some((r) => r.quarter === quarter);
  const { saveReview, forgetReview } = local;
  const save = useCallback(
    // An empty draft the source does not have is nothing to keep: forget it rather than store it.
    (next: ReviewRecord) => (isEmptyReview(next) && !inSource ? forgetReview(quarter) : saveReview(next)),
    [inSource, forgetReview, saveReview, quarter],
  );
  const revert = useCallback(() => forgetReview(quarter), [forgetReview, quarter]);
  return { record, isLocal, canSave: local.status === 'ready', problem: local.problem, save, revert };
}
