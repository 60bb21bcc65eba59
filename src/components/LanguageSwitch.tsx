import { LOCALES, setLocale, isLocale } from '../lib/i18n';
import { useCommonMessages } from './messages';

/** English / French; the choice is remembered and can also be set with `?lang=fr`. */
export function LanguageSwitch() {
  const { t, locale } = useCommonMessages();
  return (
    <label className="header-setting">
      <span className="header-setting-label">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          // Each language is named in itself, so a reader finds theirs whatever is showing.
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
