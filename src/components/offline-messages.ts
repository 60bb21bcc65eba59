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

export type OfflineMessages = typeof en;

export const OFFLINE_NS = 'offline';
export type OfflineKey = MessageKey<typeof en>;

export const { useMessages: useOfflineMessages, translate: offlineText } = defineMessages(OFFLINE_NS, en, () => import('./offline-messages.fr').then((m) => m.fr));
