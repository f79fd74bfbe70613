import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { ReminderChannel, ReminderRun } from '../../../src-shared/domain/reminders/types';

export const channelKey = (channel: ReminderChannel): MessageKey => `reminders.channel.${channel}`;
export const levelKey = (level: number): MessageKey => `reminders.level.${Math.min(4, Math.max(0, level)) as 0 | 1 | 2 | 3 | 4}`;
export const statusKey = (status: ReminderRun['status']): MessageKey => `reminders.status.${status}`;
export const triggerKey = (trigger: ReminderRun['trigger']): MessageKey => `reminders.trigger.${trigger}`;
/** Dunning colours: calm before the due date, warmer with each level. */
export const LEVEL_COLORS = ['gray', 'yellow', 'orange', 'red', 'grape'] as const;
