/** Words of the shared components (header controls, dialogs, screens used by every view). */
import { defineMessages } from '../lib/i18n';

const en = {
  language: {
    label: 'Language',
    en: 'English',
    fr: 'Français',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    contrast: 'High contrast',
  },
};

const fr: typeof en = {
  language: {
    label: 'Langue',
    en: 'English',
    fr: 'Français',
  },
  theme: {
    label: 'Thème',
    system: 'Système',
    light: 'Clair',
    dark: 'Sombre',
    contrast: 'Contraste élevé',
  },
};

export const { useMessages: useCommonMessages, translate: commonText } = defineMessages('common', en, fr);
