/**
 * Words of the review's flags (namespace "review-flags"): each check's title
 * and rule, and why it fired for a record, as whole sentences with the
 * figures put in.
 */
import { defineMessages } from '../../../lib/i18n';

const en = {
  intro: 'Every check the review makes, the rule it applies and how many records it flagged in {{quarter}}; then each record, why it was flagged, and a link to it in the Notifications view.',
  summary: {
    caption: 'Checks, {{quarter}}',
    check: 'Check',
    records: 'Records',
    rule: 'Rule',
    none: 'none',
  },
  records: {
    caption: '{{title}}, {{quarter}}: {{n}}',
    office: 'Buying office',
    certificate: 'Certificate',
    why: 'Why it fired',
    open: 'Open {{record}} in Notifications',
  },
  titles: {
    nonCompliantOrigin: 'Non-compliant origin',
    sanctionedParty: 'Sanctioned party',
    priceOutlier: 'Price outlier',
    officeBelowMinimum: 'Buying office below minimum',
    overdue: 'Overdue confirmation',
    discrepancy: 'Discrepancy',
    late: 'Late confirmation',
    unmatched: 'Unmatched notification',
    duplicate: 'Duplicate notification',
  },
  /** The link under a check's records. */
  all: {
    nonCompliantOrigin: 'All non-compliant origins of {{quarter}} in Notifications',
    sanctionedParty: 'All sanctioned parties of {{quarter}} in Notifications',
    priceOutlier: 'All price outliers of {{quarter}} in Notifications',
    officeBelowMinimum: 'All buying offices below minimum of {{quarter}} in Notifications',
    overdue: 'All overdue confirmations of {{quarter}} in Notifications',
    discrepancy: 'All discrepancies of {{quarter}} in Notifications',
    late: 'All late confirmations of {{quarter}} in Notifications',
    unmatched: 'All unmatched notifications of {{quarter}} in Notifications',
    duplicate: 'All duplicate notifications of {{quarter}} in Notifications',
  },
  rules: {
    nonCompliantOrigin: 'The export’s zone is not in the dataset, or the certificate was issued before the zone became compliant or after it stopped being compliant.',
    sanctionedParty: 'The buying office is marked as sanctioned, or the importer’s or the office’s name is on the sanctioned-entities list (ignoring case and surrounding spaces).',
    priceOutlier: 'The export’s US$/ct is at least {{factor}} × the median US$/ct of its zone’s exports over {{from}} to {{to}}, or at most that median ÷ {{factor}}; tested only where that median is over 3 exports or more.',
    officeBelowMinimum: 'The buying office exported less than {{min}} in {{quarter}} (decree of September 2019).',
    overdue: 'No confirmation of receipt by {{date}}, more than {{days}} days after the certificate was issued.',
    discrepancy: 'The confirmation’s carats differ from the certificate’s by more than {{carats}} %, its parcels differ, or its value differs by more than {{value}} %.',
    late: 'The confirmation of receipt reached the Monitoring Team more than {{days}} days after the certificate was issued.',
    unmatched: 'A confirmation of receipt notified in {{quarter}} names a certificate that no export has.',
    duplicate: 'A further confirmation names a certificate already confirmed; the first (by notification date, then id) counts, the others are duplicates.',
  },
  sanctions: {
    sanctionedOffice: 'buying office {{name}} is marked as sanctioned',
    listedOffice: 'buying office {{name}} is on the sanctioned-entities list',
    listedImporter: 'importer {{name}} is on the sanctioned-entities list',
  },
  /** Between reasons or differences in one sentence. */
  separator: '; ',
  differences: {
    parcels: 'parcels: certificate {{certificate}}, confirmation {{notified}} (must be equal)',
    carats: 'carats: certificate {{certificate}}, confirmation {{notified}}, more than the {{tolerance}} allowed',
    valueUsd: 'value: certificate {{certificate}}, confirmation {{notified}}, more than the {{tolerance}} allowed',
    /** A value tolerance, which can be a fraction of a dollar. */
    usd: 'US${{n}}',
  },
  reasons: {
    unknownZone: 'Zone “{{zone}}” is not among the dataset’s zones.',
    compliantSince: 'Issued {{date}} from {{zone}}, compliant from {{from}}.',
    compliantBetween: 'Issued {{date}} from {{zone}}, compliant from {{from}} to {{until}}.',
    sanctioned: '{{reasons}}.',
    priceAbove: '{{price}} ({{value}} for {{carats}}) is {{ratio}} × the {{zone}} median of {{median}} over {{exports}} exports, {{from}} to {{to}}; at or above {{threshold}}.',
    priceBelow: '{{price}} ({{value}} for {{carats}}) is {{ratio}} × the {{zone}} median of {{median}} over {{exports}} exports, {{from}} to {{to}}; at or below {{threshold}}.',
    officeBelowMinimum: 'Exported {{value}}, {{shortfall}} short of the {{min}} minimum.',
    overdue: 'Issued {{date}}; no confirmation of receipt {{days}} days later (due within {{due}}).',
    discrepancy: 'Confirmation {{id}}: {{differences}}.',
    late: 'Issued {{issued}}, confirmed {{notified}} ({{id}}): {{days}} days, due within {{due}}.',
    unmatched: 'Notification {{id}} from {{participant}}, notified {{date}} for {{carats}}, names {{certificate}}: no export has that certificate.',
    duplicate: 'Notification {{id}} (notified {{date}}) repeats the confirmation {{confirmation}} (notified {{confirmedOn}}).',
  },
};

const fr: typeof en = {
  intro: 'Chaque contrôle de l’examen, la règle qu’il applique et le nombre d’enregistrements signalés en {{quarter}}\u202f; puis chaque enregistrement, la raison de son alerte et un lien vers lui dans la vue Notifications.',
  summary: {
    caption: 'Contrôles, {{quarter}}',
    check: 'Contrôle',
    records: 'Enregistrements',
    rule: 'Règle',
    none: 'aucun',
  },
  records: {
    caption: '{{title}}, {{quarter}}\u00a0: {{n}}',
    office: 'Bureau d’achat',
    certificate: 'Certificat',
    why: 'Raison de l’alerte',
    open: 'Ouvrir {{record}} dans Notifications',
  },
  titles: {
    nonCompliantOrigin: 'Origine non conforme',
    sanctionedParty: 'Partie sanctionnée',
    priceOutlier: 'Prix aberrant',
    officeBelowMinimum: 'Bureau d’achat sous le minimum',
    overdue: 'Confirmation en retard',
    discrepancy: 'Écart',
    late: 'Confirmation tardive',
    unmatched: 'Notification sans correspondance',
    duplicate: 'Notification en doublon',
  },
  all: {
    nonCompliantOrigin: 'Toutes les origines non conformes de {{quarter}} dans Notifications',
    sanctionedParty: 'Toutes les parties sanctionnées de {{quarter}} dans Notifications',
    priceOutlier: 'Tous les prix aberrants de {{quarter}} dans Notifications',
    officeBelowMinimum: 'Tous les bureaux d’achat sous le minimum de {{quarter}} dans Notifications',
    overdue: 'Toutes les confirmations en retard de {{quarter}} dans Notifications',
    discrepancy: 'Tous les écarts de {{quarter}} dans Notifications',
    late: 'Toutes les confirmations tardives de {{quarter}} dans Notifications',
    unmatched: 'Toutes les notifications sans correspondance de {{quarter}} dans Notifications',
    duplicate: 'Toutes les notifications en doublon de {{quarter}} dans Notifications',
  },
  rules: {
    nonCompliantOrigin: 'La zone de l’exportation n’est pas dans le jeu de données, ou le certificat a été délivré avant que la zone devienne conforme ou après qu’elle a cessé de l’être.',
    sanctionedParty: 'Le bureau d’achat est marqué comme sanctionné, ou le nom de l’importateur ou du bureau figure sur la liste des entités sanctionnées (sans tenir compte de la casse ni des espaces autour).',
    priceOutlier: 'Le prix en $\u00a0US/ct de l’exportation vaut au moins {{factor}} × la médiane des $\u00a0US/ct des exportations de sa zone de {{from}} à {{to}}, ou au plus cette médiane ÷ {{factor}}\u202f; vérifié seulement si cette médiane porte sur 3 exportations ou plus.',
    officeBelowMinimum: 'Le bureau d’achat a exporté moins de {{min}} en {{quarter}} (décret de septembre 2019).',
    overdue: 'Aucune confirmation de réception au {{date}}, plus de {{days}} jours après la délivrance du certificat.',
    discrepancy: 'Les carats de la confirmation s’écartent de ceux du certificat de plus de {{carats}}\u00a0%, ses colis diffèrent, ou sa valeur s’écarte de plus de {{value}}\u00a0%.',
    late: 'La confirmation de réception est parvenue à l’Équipe de suivi plus de {{days}} jours après la délivrance du certificat.',
    unmatched: 'Une confirmation de réception notifiée en {{quarter}} cite un certificat qu’aucune exportation ne porte.',
    duplicate: 'Une nouvelle confirmation cite un certificat déjà confirmé\u202f; la première (par date de notification, puis par identifiant) compte, les autres sont des doublons.',
  },
  sanctions: {
    sanctionedOffice: 'le bureau d’achat {{name}} est marqué comme sanctionné',
    listedOffice: 'le bureau d’achat {{name}} figure sur la liste des entités sanctionnées',
    listedImporter: 'l’importateur {{name}} figure sur la liste des entités sanctionnées',
  },
  separator: '\u202f; ',
  differences: {
    parcels: 'colis\u00a0: certificat {{certificate}}, confirmation {{notified}} (doivent être égaux)',
    carats: 'carats\u00a0: certificat {{certificate}}, confirmation {{notified}}, au-delà des {{tolerance}} admis',
    valueUsd: 'valeur\u00a0: certificat {{certificate}}, confirmation {{notified}}, au-delà des {{tolerance}} admis',
    usd: '{{n}}\u00a0$\u00a0US',
  },
  reasons: {
    unknownZone: 'La zone «\u00a0{{zone}}\u00a0» ne figure pas parmi les zones du jeu de données.',
    compliantSince: 'Délivré le {{date}} en provenance de {{zone}}, zone conforme depuis le {{from}}.',
    compliantBetween: 'Délivré le {{date}} en provenance de {{zone}}, zone conforme du {{from}} au {{until}}.',
    sanctioned: '{{reasons}}.',
    priceAbove: '{{price}} ({{value}} pour {{carats}}) vaut {{ratio}} × la médiane de {{zone}}, {{median}} sur {{exports}} exportations de {{from}} à {{to}}\u202f; au niveau de {{threshold}} ou au-dessus.',
    priceBelow: '{{price}} ({{value}} pour {{carats}}) vaut {{ratio}} × la médiane de {{zone}}, {{median}} sur {{exports}} exportations de {{from}} à {{to}}\u202f; au niveau de {{threshold}} ou en dessous.',
    officeBelowMinimum: 'A exporté {{value}}, soit {{shortfall}} de moins que le minimum de {{min}}.',
    overdue: 'Délivré le {{date}}\u202f; aucune confirmation de réception {{days}} jours plus tard (attendue sous {{due}} jours).',
    discrepancy: 'Confirmation {{id}}\u00a0: {{differences}}.',
    late: 'Délivré le {{issued}}, confirmé le {{notified}} ({{id}})\u00a0: {{days}} jours, attendu sous {{due}} jours.',
    unmatched: 'La notification {{id}} de {{participant}}, notifiée le {{date}} pour {{carats}}, cite {{certificate}}\u00a0: aucune exportation ne porte ce certificat.',
    duplicate: 'La notification {{id}} (notifiée le {{date}}) répète la confirmation {{confirmation}} (notifiée le {{confirmedOn}}).',
  },
};

export const { useMessages: useFlagMessages, translate: flagWords } = defineMessages('review-flags', en, fr);
