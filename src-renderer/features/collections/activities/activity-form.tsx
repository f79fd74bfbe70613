import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import {
  ACTIVITY_KINDS,
  CALL_OUTCOMES,
  type ActivityKind,
  type CallOutcome,
} from '../../../../src-shared/domain/collections/schemas';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { DateInput } from '../../../components/date-input';
import { ModalForm } from '../../../forms/modal-form';
import { useDialogForm } from '../../../forms/use-dialog-form';
import { useI18n } from '../../../i18n/i18n-context';
import { activityKindLabel, optionsOf, outcomeLabel } from '../labels';
import { useLogActivity } from '../mutations';
import { emptyActivityForm, KINDS_WITH_OUTCOME, toActivityInput } from './activity-form-values';
import { activityPathOf, validateActivityForm } from './validate-activity-form';

/** Logs a call, email, meeting, letter or note on the customer; it shows on the timeline at once. */
export function ActivityForm({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t, language } = useI18n();
  const log = useLogActivity();
  const { form, frame } = useDialogForm({
    initialValues: emptyActivityForm(new Date()),
    validate: (values) => validateActivityForm(values, language, t),
    save: (values) => log.mutateAsync(toActivityInput(customerId, values)),
    pathOf: activityPathOf,
    savedMessage: (activity) => t('activities.logged', { summary: activity.summary }),
    onClose,
  });
  const hasOutcome = KINDS_WITH_OUTCOME.includes(form.values.kind);
  return (
    <ModalForm title={t('activities.logTitle')} {...frame} saveLabel={t('common.save')} testId="activity-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select<ActivityKind>
          label={t('activities.kind')}
          data={optionsOf(ACTIVITY_KINDS, (kind) => activityKindLabel(t, kind))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <Select<CallOutcome>
          label={t('activities.outcome')}
          placeholder={t('activities.outcomeNone')}
          data={optionsOf(CALL_OUTCOMES, (outcome) => outcomeLabel(t, outcome))}
          clearable
          disabled={!hasOutcome}
          {...form.getInputProps('outcome')}
          value={hasOutcome ? form.values.outcome : null}
        />
      </SimpleGrid>
      <TextInput
        label={t('activities.summary')}
        placeholder={t('activities.summaryPlaceholder')}
        withAsterisk
        maxLength={300}
        data-autofocus
        {...form.getInputProps('summary')}
      />
      <Textarea label={t('activities.body')} autosize minRows={2} maxRows={8} maxLength={5000} {...form.getInputProps('body')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateInput label={t('activities.date')} withAsterisk max={todayLocal()} {...form.getInputProps('date')} />
        <TextInput label={t('activities.time')} type="time" withAsterisk {...form.getInputProps('time')} />
      </SimpleGrid>
      {form.values.outcome === 'promised' && hasOutcome && (
        <Alert color="violet" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('activities.promiseHint')}
        </Alert>
      )}
    </ModalForm>
  );
}
