import { z } from 'zod';
import { LANGUAGES, type Language } from '../../i18n/language';

export interface Settings {
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = { language: 'tr' };

export const settingsUpdateInput = z.object({ language: z.enum(LANGUAGES).optional() }).strict();
export type SettingsUpdate = z.output<typeof settingsUpdateInput>;
