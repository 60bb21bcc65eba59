/** French words of messages.ts, loaded only when the interface is in French (see src/lib/i18n.ts). */
import type { Translation } from './i18n';
import type { SharedMessages } from './messages';

export const fr: Translation<SharedMessages> = {
  load: {
    offline: 'pas de réponse\u00a0: cet ordinateur est hors ligne (aucune connexion réseau)',
    unreachable: 'pas de réponse\u00a0: le réseau ou le serveur est injoignable',
    readingStopped: 'le navigateur a cessé de le lire en cours de route, peut-être faute de mémoire',
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
