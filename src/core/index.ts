/**
 * The domain core: dataset format, dates and quarters, reconciliation,
 * quarterly review and flags. Pure TypeScript: no React, no DOM, no I/O;
 * the app, the command line and the benchmarks all call it.
 */
export * from './types';
export { datasetSchema, SCHEMA_VERSION } from './schema';
export { parseDataset, parseDatasetText, parseDatasetTextInSlices, resolveAsOf, type ListSlice, type ParseResult, type SlicedParse, type StructuralError } from './dataset';
export { checkQuality, type QualityIssue, type QualityCode } from './quality';
export { days, addDays, dayNumber, isIsoDate, localToday } from './dates';
export {
  isQuarter, quarterOf, shiftQuarter, previousQuarter, compareQuarters, quarterBounds,
  quarterMonths, quarterRange, regimeQuarters,
} from './quarters';
export { certificateIndex, exportOfCertificate, exportsOfQuarter, reconciledInQuarter, unmatchedInQuarter } from './datasetIndex';
export { reconcile, reconcileInSteps, differencesOf, type Reconciliation, type ExportReconciliation, type ExportStatus, type Difference } from './reconcile';
export { reviewQuarter, summariseQuarter, totalsOf, exportsInQuarter, type QuarterlyReview, type QuarterSummary, type Totals, type ReconciliationCounts } from './review';
export {
  FLAG_KINDS, flagExports, isNonCompliantOrigin, isSanctionedParty, sanctionReasons, isPriceOutlier, zonePriceWindow, zonePriceWindows,
  type Flag, type FlagKind, type PriceWindow, type SanctionReason,
} from './flags';
export { isCompliantOn, compliantZonesOn } from './zones';
export { median, round2 } from './stats';
export { toCsv, type CsvCell } from './csv';
export { reviewToJson, reviewToCsv, reviewToMarkdown, REVIEW_FORMATS, type ReviewFormat } from './reviewFormat';
export { datasetJsonSchemaText } from './jsonSchema';
export { zoneQuarterFigures, zoneHistory, zoneMetricValue, zoneStatusOn, regimeEndedOn, complianceTimeline, ZONE_METRICS, ZONE_PROBLEM_KINDS, type ZoneQuarter, type ZoneProblem, type ZoneProblemKind, type ZoneMetric, type ZoneStatus, type ComplianceTimeline } from './zoneMetrics';
export {
  EMPTY_LOCAL_CHANGES, applyLocalChanges, countLocalChanges, changeId, type LocalChanges, type NotificationChange,
} from './localChanges';
export {
  exportDataset, parseLocalChanges, recordNotificationUpsert, recordNotificationDelete, recordReview, forgetReview,
} from './localChangesRecord';
export {
  NOTIFICATION_FIELDS, FIELD_LABELS, REQUIRED_COLUMNS, candidateFromText, notificationFromText, readCsv, normaliseHeader,
  suggestMapping, unmappedRequired, recordValues, prepareImport,
  type NotificationField, type NotificationText, type FieldError, type NotificationFromText, type CsvRecord, type CsvTable,
  type ColumnMapping, type ImportRow, type ImportPreview, type ImportOptions,
} from './notificationCsv';
export {
  HEADLINE_KEYS, shareConfirmed, headlineValues, changeOf, reviewWithComparisons, summaryWithComparisons, headlineFigures, compareHeadlines,
  monthlyTotals, quarterTrend, zonePrices, compareBreakdowns,
  type HeadlineKey, type HeadlineValues, type Change, type HeadlineFigure, type ReviewWithComparisons, type WithComparisons, type ZonePrice, type SideBySide,
} from './reviewSeries';
export { CHECK_KINDS, reviewChecks, countChecks, type CheckKind, type CheckItem } from './reviewChecks';
export {
  reviewRecordOf, isEmptyReview, nextFindingId, normaliseCertificates, withFinding, withoutFinding, namesFromText,
  reopen, type FindingField, type SignOffField, type ReviewFieldError, type Checked,
} from './reviewRecord';
export { checkFinding, signOff } from './reviewRecordChecks';
