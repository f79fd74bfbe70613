export const LANGUAGES = ['tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'tr';
export const LOCALE_OF: Record<Language, string> = { tr: 'tr-TR', en: 'en-GB' };
