/** French words of offline-messages.ts, loaded only when the interface is in French (see src/lib/i18n.ts). */
import type { Translation } from '../lib/i18n';
import type { OfflineMessages } from './offline-messages';

export const fr: Translation<OfflineMessages> = {
  copy: {
    sameDay:
      '<strong>Copie hors ligne</strong> de <src/>, chargée le {{loaded}}\u202f; la source n’a pas pu être jointe\u00a0: <reason/> (dernière tentative à {{time}}). Les chiffres sont ceux du moment où la copie a été chargée.',
    otherDay:
      '<strong>Copie hors ligne</strong> de <src/>, chargée le {{loaded}}\u202f; la source n’a pas pu être jointe\u00a0: <reason/> (dernière tentative le {{tried}}). Les chiffres sont ceux du moment où la copie a été chargée.',
    retry: 'Réessayer',
    retrying: 'Nouvelle tentative…',
  },
  status: {
    sample:
      '<strong>Hors ligne</strong>\u00a0: cet ordinateur n’a pas de connexion réseau. Les données affichées sont l’échantillon intégré livré avec cette version du tableau de bord, chargé le {{loaded}}.',
    url: '<strong>Hors ligne</strong>\u00a0: cet ordinateur n’a pas de connexion réseau. Les données affichées sont celles de <src/>, chargées le {{loaded}}\u202f; elles ne pourront être chargées à nouveau qu’au retour du réseau.',
    file: '<strong>Hors ligne</strong>\u00a0: cet ordinateur n’a pas de connexion réseau. Les données affichées sont celles du fichier <src/>, ouvert le {{loaded}}\u202f; un fichier n’a pas besoin du réseau.',
  },
  update: {
    available: 'Une nouvelle version du tableau de bord est disponible.',
    reload: 'Recharger',
    later: 'Plus tard',
    heldForForm: 'Enregistrez ou fermez d’abord le formulaire\u00a0: recharger maintenant effacerait votre saisie.',
  },
};
