import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import './header-settings.css';

/** Interface settings in the header: language and theme. */
export function HeaderSettings() {
  return (
    <div className="header-settings">
      <LanguageSwitch />
      <ThemeSwitch />
    </div>
  );
}
