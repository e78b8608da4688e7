// Text in both languages, picked at the moment it is shown. Shared by server and web: on the
// server (no document) it is zh-CN, the language of server messages; in the browser it follows
// the shell's <html lang>, which the language switch keeps current.

export type Bilingual = { zh: string; en: string };

// `document` is read off globalThis so that this compiles for the server too (no DOM lib there).
const documentLang = () => (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement?.lang;
export const currentLanguage = (): 'zh' | 'en' => (documentLang()?.startsWith('en') ? 'en' : 'zh');

export const inCurrentLanguage = (text: Bilingual) => text[currentLanguage()];

/**
 * A zod message in both languages, so one schema validates the web form in the user's language
 * and the server in zh-CN: `z.string().min(1, say({ zh: '请填写名称', en: 'Enter a name' }))`.
 */
export const say = (text: Bilingual) => ({ error: () => inCurrentLanguage(text) });
