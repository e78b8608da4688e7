// Kept apart from setup.ts so components can list languages without pulling in i18next's init.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** The user's choice survives reloads; it is a per-browser preference, not an account setting. */
export const LANGUAGE_STORAGE_KEY = 'duban.lang';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);
