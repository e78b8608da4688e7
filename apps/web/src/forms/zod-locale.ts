import i18n from 'i18next';
import { z } from 'zod';
import { en, zhCN } from 'zod/locales';

// Form validation uses the same schemas as the server; their built-in messages follow the UI
// language (custom messages written into the schemas stay Chinese, which is acceptable).
// Named locale imports keep the other ~50 zod locales out of the bundle.
function applyZodLocale(language: string) {
  z.config(language === 'en' ? en() : zhCN());
}

applyZodLocale(i18n.language);
i18n.on('languageChanged', applyZodLocale);
