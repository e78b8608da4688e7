import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';
import './language-switch.css';

/**
 * 中文 | English, one click; the choice is remembered in localStorage (duban.lang). Plain buttons,
 * not antd's Segmented: the login page shows it before antd has loaded (issue 13's budget).
 */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <span data-testid="lang-switch" className={`lang-switch lang-switch-${size}`} role="group" aria-label={t('lang.label')} title={t('lang.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className={i18n.language === lang ? 'lang-switch-option active' : 'lang-switch-option'}
          aria-pressed={i18n.language === lang}
          onClick={() => void changeLanguage(lang)}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </span>
  );
}
