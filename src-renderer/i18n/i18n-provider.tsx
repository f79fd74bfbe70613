import { useEffect, useMemo, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE } from '../../src-shared/i18n/language';
import { useSettings } from '../features/settings/queries';
import { I18nContext, i18nFor } from './i18n-context';

/** The language comes from the backend's settings, so it is the same in every window and survives restarts. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { data } = useSettings();
  const language = data?.language ?? DEFAULT_LANGUAGE;
  const value = useMemo(() => i18nFor(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
