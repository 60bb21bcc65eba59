/**
 * Words of the offline banners and the update notice (namespace 'offline').
 * `<strong>`, `<src/>` (the source) and `<reason/>` are filled by the
 * components with elements, so a source address is always shown as text.
 */
import { defineMessages, type MessageKey } from '../lib/i18n';

const en = {
  copy: {
    sameDay:
      '<strong>Offline copy</strong> of <src/>, loaded {{loaded}}; the source could not be reached: <reason/> (last tried at {{time}}). The figures are as they were when the copy was loaded.',
    otherDay:
      '<strong>Offline copy</strong> of <src/>, loaded {{loaded}}; the source could not be reached: <reason/> (last tried {{tried}}). The figures are as they were when the copy was loaded.',
    retry: 'Retry',
    retrying: 'Retrying…',
  },
  status: {
    sample:
      '<strong>Offline</strong>: this computer has no network connection. The data shown is the embedded sample shipped with this version of the dashboard, loaded {{loaded}}.',
    url: '<strong>Offline</strong>: this computer has no network connection. The data shown is <src/> as loaded {{loaded}}; it cannot be loaded again until the network is back.',
    file: '<strong>Offline</strong>: this computer has no network connection. The data shown is the file <src/>, opened {{loaded}}; a file needs no network.',
  },
  update: {
    available: 'A new version of the dashboard is available.',
    reload: 'Reload',
    later: 'Later',
    heldForForm: 'Save or close the form first: reloading now would lose what you typed.',
  },
};

const fr: typeof en = {
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

export const OFFLINE_NS = 'offline';
export type OfflineKey = MessageKey<typeof en>;

export const { useMessages: useOfflineMessages, translate: offlineText } = defineMessages(OFFLINE_NS, en, fr);
