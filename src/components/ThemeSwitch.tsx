import { isThemeChoice, setThemeChoice, THEME_CHOICES, useTheme } from '../lib/theme';
import { useCommonMessages } from './messages';

/** System / light / dark / high contrast; remembered in this browser. */
export function ThemeSwitch() {
  const { t } = useCommonMessages();
  const { choice } = useTheme();
  return (
    <label className="header-setting">
      <span className="header-setting-label">{t('theme.label')}</span>
      <select
        value={choice}
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) setThemeChoice(e.target.value);
        }}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
