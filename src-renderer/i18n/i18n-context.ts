import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, LOCALE_OF, type Language } from '../../src-shared/i18n/language';
import { translate, type MessageKey, type MessageParams } from '../../src-shared/i18n/translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18n {
  language: Language;
  /** BCP 47 locale for Intl: tr-TR or en-GB. */
  locale: string;
  t: Translate;
}

export const i18nFor = (language: Language): I18n => ({
  language,
  locale: LOCALE_OF[language],
  t: (key, params) => translate(language, key, params),
});

export const I18nContext = createContext<I18n>(i18nFor(DEFAULT_LANGUAGE));

export const useI18n = (): I18n => useContext(I18nContext);
export const useT = (): Translate => useContext(I18nContext).t;
export const useLanguage = (): Language => useContext(I18nContext).language;
