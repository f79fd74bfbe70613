import type { FormErrors } from '@mantine/form';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { activityLogInput } from '../../../../src-shared/domain/collections/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { joinedPathIn } from '../../../forms/issues-to-errors';
import { dayError, schemaErrors } from '../../../forms/schema-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { occurredAt, TIME_PATTERN, toActivityInput, type ActivityFormValues } from './activity-form-values';

/** Where the backend's issues show; the time it checks is typed as a day and a time of day. */
export const activityPathOf = (path: readonly (string | number)[]) =>
  path[0] === 'occurredAt' ? 'date' : joinedPathIn(/^(kind|outcome|summary|body)$/)(path);

export function validateActivityForm(values: ActivityFormValues, language: Language, t: Translate): FormErrors {
  const errors = schemaErrors(activityLogInput, toActivityInput(1, values), language, t, activityPathOf);
  delete errors.date;
  const day = dayError(values.date, t, todayLocal());
  if (day) errors.date = day;
  if (!TIME_PATTERN.test(values.time)) errors.time = t('activities.timeFormat');
  // A log is of what happened: a minute of slack for a clock read when the form opened.
  else if (!day && Date.parse(occurredAt(values)) > Date.now() + 60_000) errors.time = t('activities.futureTime');
  return errors;
}
