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

const fr: typeof en = {
  load: {
    offline: 'pas de réponse\u00a0: cet ordinateur est hors ligne (aucune connexion réseau)',
    unreachable: 'pas de réponse\u00a0: le réseau ou le serveur est injoignable',
    silent: 'le serveur n’a pas répondu en {{time}}',
    stopped: 'le serveur a cessé d’envoyer pendant {{time}} après {{size}}',
    answered: 'le serveur a répondu {{status}}',
    answeredMeaning: 'le serveur a répondu {{status}}\u00a0: {{meaning}}',
    meaning: {
      missing: 'il n’y a pas de jeu de données à cette adresse',
      forbidden: 'le serveur ne laisse pas ce tableau de bord lire le fichier',
      busy: 'le serveur est occupé',
      serverFault: 'une panne du côté du serveur, souvent passagère',
    },
    tooLarge: 'Ce fichier fait {{size}}\u202f; le tableau de bord lit les fichiers jusqu’à {{limit}}.',
    tooLargeOver: 'Ce fichier dépasse {{limit}} ({{size}})\u202f; le tableau de bord lit les fichiers jusqu’à {{limit}}.',
    tooLargeStopped: 'Ce fichier dépasse {{limit}} (la lecture s’est arrêtée là)\u202f; le tableau de bord lit les fichiers jusqu’à {{limit}}.',
    exactBytes_one: '{{n}}\u00a0octet',
    exactBytes_other: '{{n}}\u00a0octets',
    problems_one: '{{n}} problème dans le document',
    problems_other: '{{n}} problèmes dans le document',
    newerVersion: 'ce fichier utilise la version {{version}} du format\u202f; ce tableau de bord lit la version {{supported}}. Utilisez un tableau de bord plus récent ou exportez le fichier en version {{supported}}',
  },
  source: {
    file: 'fichier {{name}}',
    sample: 'l’échantillon intégré',
  },
  names: {
    unknownZone: '{{id}} (zone inconnue)',
    unknownOffice: '{{id}} (bureau inconnu)',
  },
  notice: {
    notAQuarter: '{{value}} n’est pas un trimestre de ce régime\u202f; affichage de {{quarter}}.',
  },
  localChanges: {
    noDataset: 'aucun jeu de données n’est chargé',
    overwrittenOne: 'La notification {{id}} avait aussi été modifiée dans un autre onglet\u202f; la version de cet onglet l’a remplacée.',
    overwritten: '{{n}} notifications avaient aussi été modifiées dans un autre onglet\u202f; les versions de cet onglet les ont remplacées.',
    dropped_one: '{{n}} modification locale enregistrée n’a pas pu être lue et a été écartée.',
    dropped_other: '{{n}} modifications locales enregistrées n’ont pas pu être lues et ont été écartées.',
    unavailable: 'Les modifications locales ne peuvent pas être conservées dans ce navigateur\u00a0: {{reason}}.',
    reviewConcurrent: 'L’examen de {{quarter}} avait aussi été modifié dans un autre onglet\u202f; les modifications des deux onglets sont conservées.',
    reviewConflicts: 'L’examen de {{quarter}} avait aussi été modifié dans un autre onglet\u202f; les modifications des deux onglets sont conservées ({{conflicts}}).',
  },
  separator: '\u202f; ',
  issue: {
    duplicateId: 'l’identifiant «\u00a0{{id}}\u00a0» est utilisé plusieurs fois dans {{list}}',
    unknownZone: 'le certificat {{certificate}} cite la zone «\u00a0{{zoneId}}\u00a0», absente de la liste zones',
    unknownBuyingOffice: 'le certificat {{certificate}} cite le bureau d’achat «\u00a0{{officeId}}\u00a0», absent de la liste buyingOffices',
    duplicateCertificate: 'le certificat {{certificate}} figure plusieurs fois dans la liste exports',
    notifiedBeforeReceived: 'la notification {{id}} est datée du {{notifiedOn}}, avant la réception de l’expédition ({{receivedOn}})',
    receivedBeforeIssued: 'la notification {{id}} indique une réception le {{receivedOn}}, avant la délivrance du certificat {{certificate}} ({{issuedOn}})',
    regimeEndBeforeStart: 'le régime se termine ({{end}}) avant de commencer ({{start}})',
    compliantUntilBeforeFrom: 'la zone {{zone}} cesse d’être conforme ({{until}}) avant de l’être devenue ({{from}})',
    exportOutsideRegime: 'le certificat {{certificate}} a été délivré le {{issuedOn}}, hors de la période du régime (du {{start}} au {{end}})',
    exportOutsideOpenRegime: 'le certificat {{certificate}} a été délivré le {{issuedOn}}, hors de la période du régime (depuis le {{start}})',
    unknownFindingCertificate: 'le constat {{finding}} cite le certificat {{certificate}}, absent de la liste exports',
    duplicateReview: 'le trimestre {{quarter}} a plus d’un examen',
  },
};

export const { useMessages: useSharedMessages, translate: sharedText } = defineMessages('shared', en, fr);
