import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, type Language } from './languages.ts';
import { offline } from './zh-CN/offline.ts';
import { shell } from './zh-CN/shell.ts';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage can be blocked (private mode, policies): fall back quietly
  }
}

/**
 * What shows before anyone signs in: the shell (login page, errors, language names) and the
 * offline update bar. The rest of the zh-CN dictionary comes with the signed-in app
 * (loadAppCatalog), so the login page does not download every area's texts (issue 13).
 */
const bootCatalog = { ...shell, ...offline };

/** The whole zh-CN dictionary, before the first signed-in screen renders (see router.tsx). */
export async function loadAppCatalog() {
  const { zhCN } = await import('./zh-CN.ts');
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
}

/** English is a separate chunk: most users never switch, so they never download it. */
async function loadBundle(language: Language) {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  if (language === 'en') {
    const { en } = await import('./en.ts');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

// Everything outside React that shows language follows i18next's one event: the <html lang>,
// the tab title and dayjs (dates in tables and pickers). antd and zod listen in their own modules.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
});

export async function setupI18n() {
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: bootCatalog } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  // init has fired languageChanged for zh-CN; a stored English choice switches (and loads) now.
  const language = storedLanguage();
  if (language !== DEFAULT_LANGUAGE) await changeLanguage(language);
  return i18n;
}

export async function changeLanguage(language: Language) {
  await loadBundle(language);
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    /* the switch still works for this visit */
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export { i18n };
