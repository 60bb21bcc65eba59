/**
 * The schema checks of a finding and a sign-off (core/reviewRecordChecks.ts),
 * a chunk of their own with the schema's validator: loaded when a form is
 * first used, so a save finds them ready, and never just to show a review.
 */
export const loadRecordChecks = () => import('../../core/reviewRecordChecks');

/** Starts loading the checks (a form got focus); a failure here shows at the save. */
export function prepareRecordChecks(): void {
  void loadRecordChecks().catch(() => undefined);
}
