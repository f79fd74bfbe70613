import { z } from 'zod';
import { LANGUAGES, type Language } from '../../i18n/language';

export interface Settings {
  language: Language;
  /** The user skipped or finished the first-run setup of this company (it is offered until it has a name). */
  setupDismissed: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: 'tr', setupDismissed: false };

export const settingsUpdateInput = z
  .object({ language: z.enum(LANGUAGES).optional(), setupDismissed: z.boolean().optional() })
  .strict();
export type SettingsUpdate = z.output<typeof settingsUpdateInput>;
