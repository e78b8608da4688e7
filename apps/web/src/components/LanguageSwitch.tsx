import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';

/** 中文 | English, one click; the choice is remembered in localStorage (duban.lang). */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <span data-testid="lang-switch" title={t('lang.label')}>
      <Segmented<Language>
        size={size}
        value={i18n.language as Language}
        options={LANGUAGES.map((lang) => ({ value: lang, label: t(`lang.${lang}`) }))}
        onChange={(lang) => void changeLanguage(lang)}
      />
    </span>
  );
}
