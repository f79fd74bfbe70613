import type { MessageKey } from '../../../src-shared/i18n/translate';

/** The shipped templates have names in the user's language; a template the user added shows its own code. */
const SHIPPED: Record<string, MessageKey> = {
  before_due: 'reminders.templateName.before_due',
  due_today: 'reminders.templateName.due_today',
  first_reminder: 'reminders.templateName.first_reminder',
  second_notice: 'reminders.templateName.second_notice',
  call_script: 'reminders.templateName.call_script',
  final_notice: 'reminders.templateName.final_notice',
  final_letter: 'reminders.templateName.final_letter',
  legal_handover: 'reminders.templateName.legal_handover',
};

export const templateLabel = (t: (key: MessageKey) => string, code: string): string => {
  const key = SHIPPED[code];
  return key ? t(key) : code;
};
