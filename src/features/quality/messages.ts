/** Words of the Data quality view. The sentence for each issue is shared (lib/quality-marks.ts): records elsewhere are marked with it too. */
import type { QualityCode } from '../../core';
import { defineMessages } from '../../lib/i18n';

const en = {
  title: 'Data quality',
  none: 'No data-quality problems found in this dataset.',
  lede_one: '{{n}} data-quality problem found. The dataset still loads; records concerned are marked “⚠ data quality” where they appear. Fix them in the source data.',
  lede_other: '{{n}} data-quality problems found. The dataset still loads; records concerned are marked “⚠ data quality” where they appear. Fix them in the source data.',
  certificate: '(certificate {{certificate}})',
  /** A readable title for each kind of problem (the compiler checks every code has one). */
  group: {
    unknownZone: 'Exports naming a zone that is not in the dataset',
    unknownBuyingOffice: 'Exports naming a buying office that is not in the dataset',
    duplicateCertificate: 'Certificates listed more than once',
    duplicateId: 'Identifiers used more than once',
    notifiedBeforeReceived: 'Notifications dated before the shipment was received',
    receivedBeforeIssued: 'Shipments received before their certificate was issued',
    compliantUntilBeforeFrom: 'Zones whose compliant period ends before it starts',
    regimeEndBeforeStart: 'A regime that ends before it starts',
    exportOutsideRegime: 'Exports issued outside the regime period',
    unknownFindingCertificate: 'Review findings citing a certificate that is not in the exports',
    duplicateReview: 'Quarters with more than one review',
  } satisfies Record<QualityCode, string>,
};

const fr: typeof en = {
  title: 'Qualité des données',
  none: 'Aucun problème de qualité des données dans ce jeu de données.',
  lede_one: '{{n}} problème de qualité des données trouvé. Le jeu de données se charge quand même\u202f; les enregistrements concernés portent la mention «\u00a0⚠ qualité des données\u00a0» là où ils apparaissent. Corrigez-les dans les données sources.',
  lede_other: '{{n}} problèmes de qualité des données trouvés. Le jeu de données se charge quand même\u202f; les enregistrements concernés portent la mention «\u00a0⚠ qualité des données\u00a0» là où ils apparaissent. Corrigez-les dans les données sources.',
  certificate: '(certificat {{certificate}})',
  group: {
    unknownZone: 'Exportations citant une zone absente du jeu de données',
    unknownBuyingOffice: 'Exportations citant un bureau d’achat absent du jeu de données',
    duplicateCertificate: 'Certificats figurant plusieurs fois',
    duplicateId: 'Identifiants utilisés plusieurs fois',
    notifiedBeforeReceived: 'Notifications datées d’avant la réception de l’expédition',
    receivedBeforeIssued: 'Expéditions reçues avant la délivrance de leur certificat',
    compliantUntilBeforeFrom: 'Zones dont la période de conformité finit avant de commencer',
    regimeEndBeforeStart: 'Un régime qui finit avant de commencer',
    exportOutsideRegime: 'Exportations délivrées hors de la période du régime',
    unknownFindingCertificate: 'Constats d’examen citant un certificat absent des exportations',
    duplicateReview: 'Trimestres ayant plus d’un examen',
  },
};

export const { useMessages: useQualityMessages } = defineMessages('quality', en, fr);
