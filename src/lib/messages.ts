/**
 * Words that shared helpers in src/lib put on screen: why a dataset did not
 * load, notices about a URL value or local changes, names of unknown ids and
 * the sentence for each data-quality issue. Namespace 'shared'.
 *
 * Dates inside quality sentences stay as written in the file (ISO), in both
 * languages, so the reader can find the value in the file.
 */
import { defineMessages } from './i18n';

const en = {
  load: {
    offline: 'no answer: this computer is offline (no network connection)',
    unreachable: 'no answer: the network or the server is unreachable',
    readingStopped: 'the browser stopped reading it part-way, perhaps for lack of memory',
    silent: 'the server did not answer within {{time}}',
    stopped: 'the server stopped sending for {{time}} after {{size}}',
    answered: 'the server answered {{status}}',
    answeredMeaning: 'the server answered {{status}}: {{meaning}}',
    meaning: {
      missing: 'there is no dataset at this address',
      forbidden: 'the server does not let this dashboard read the file',
      busy: 'the server is busy',
      serverFault: 'a fault on the server’s side, which often passes',
    },
    tooLarge: 'This file is {{size}}; the dashboard reads files up to {{limit}}.',
    tooLargeOver: 'This file is over {{limit}} ({{size}}); the dashboard reads files up to {{limit}}.',
    tooLargeStopped: 'This file is over {{limit}} (reading stopped there); the dashboard reads files up to {{limit}}.',
    exactBytes_one: '{{n}} byte',
    exactBytes_other: '{{n}} bytes',
    problems_one: '{{n}} problem in the document',
    problems_other: '{{n}} problems in the document',
    newerVersion: 'this file uses format version {{version}}; this dashboard reads version {{supported}}. Use a newer dashboard or export the file as version {{supported}}',
  },
  source: {
    file: 'file {{name}}',
    sample: 'the embedded sample',
  },
  names: {
    unknownZone: '{{id}} (unknown zone)',
    unknownOffice: '{{id}} (unknown office)',
  },
  notice: {
    notAQuarter: '{{value}} is not a quarter of this regime; showing {{quarter}}.',
  },
  localChanges: {
    noDataset: 'no dataset is loaded',
    overwrittenOne: 'Notification {{id}} had also been changed in another tab; this tab\'s version replaced it.',
    overwritten: '{{n}} notifications had also been changed in another tab; this tab\'s versions replaced them.',
    dropped_one: '{{n}} stored local change could not be read and was left out.',
    dropped_other: '{{n}} stored local changes could not be read and were left out.',
    unavailable: 'Local changes cannot be kept in this browser: {{reason}}.',
    reviewConcurrent: 'The review of {{quarter}} had also been changed in another tab; both tabs\' changes are kept.',
    reviewConflicts: 'The review of {{quarter}} had also been changed in another tab; both tabs\' changes are kept ({{conflicts}}).',
  },
  /** Between the items of a list run into a sentence. */
  separator: '; ',
  issue: {
    duplicateId: 'id "{{id}}" is used more than once in {{list}}',
    unknownZone: 'certificate {{certificate}} names zone "{{zoneId}}", which is not in zones',
    unknownBuyingOffice: 'certificate {{certificate}} names buying office "{{officeId}}", which is not in buyingOffices',
    duplicateCertificate: 'certificate {{certificate}} appears more than once in exports',
    notifiedBeforeReceived: 'notification {{id}} is dated {{notifiedOn}}, before the shipment was received ({{receivedOn}})',
    receivedBeforeIssued: 'notification {{id}} says received {{receivedOn}}, before certificate {{certificate}} was issued ({{issuedOn}})',
    regimeEndBeforeStart: 'the regime ends ({{end}}) before it starts ({{start}})',
    compliantUntilBeforeFrom: 'zone {{zone}} stops being compliant ({{until}}) before it starts ({{from}})',
    exportOutsideRegime: 'certificate {{certificate}} was issued on {{issuedOn}}, outside the regime ({{start}} to {{end}})',
    exportOutsideOpenRegime: 'certificate {{certificate}} was issued on {{issuedOn}}, outside the regime ({{start}} to now)',
    unknownFindingCertificate: 'finding {{finding}} cites certificate {{certificate}}, which is not in exports',
    duplicateReview: 'quarter {{quarter}} has more than one review',
  },
};

export type SharedMessages = typeof en;

export const { useMessages: useSharedMessages, translate: sharedText } = defineMessages('shared', en, () => import('./messages.fr').then((m) => m.fr));
