import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
import { useFormSave } from '../../../forms/use-form-save';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useI18n } from '../../../i18n/i18n-context';
import { activityKindLabel, optionsOf, outcomeLabel } from '../labels';
import { useLogActivity } from '../mutations';
import { emptyActivityForm, KINDS_WITH_OUTCOME, toActivityInput } from './activity-form-values';
import { activityPathOf, validateActivityForm } from './validate-activity-form';

/** Logs a call, email, meeting, letter or note on the customer; it shows on the timeline at once. */
export function ActivityForm({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t, language } = useI18n();
  const log = useLogActivity();
  const { form, noteSubmitted } = useValidatedForm(emptyActivityForm(new Date()), (values) =>
    validateActivityForm(values, language, t),
  );
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => log.mutateAsync(toActivityInput(customerId, values)),
    pathOf: activityPathOf,
    onSaved: (activity) => {
      notifications.show({ color: 'teal', message: t('activity.logged', { summary: activity.summary }) });
      onClose();
    },
  });
  const hasOutcome = KINDS_WITH_OUTCOME.includes(form.values.kind);
  return (
    <ModalForm
      title={t('activity.logTitle')}
      onClose={onClose}
      root={root}
      onSubmit={submit}
      general={failure.general}
      hasFieldErrors={hasFieldErrors}
      saving={form.submitting}
      saveLabel={t('common.save')}
      testId="activity-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select<ActivityKind>
          label={t('activity.kind')}
          data={optionsOf(ACTIVITY_KINDS, (kind) => activityKindLabel(t, kind))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <Select<CallOutcome>
          label={t('activity.outcome')}
          placeholder={t('activity.outcomeNone')}
          data={optionsOf(CALL_OUTCOMES, (outcome) => outcomeLabel(t, outcome))}
          clearable
          disabled={!hasOutcome}
          {...form.getInputProps('outcome')}
          value={hasOutcome ? form.values.outcome : null}
        />
      </SimpleGrid>
      <TextInput
        label={t('activity.summary')}
        placeholder={t('activity.summaryPlaceholder')}
        withAsterisk
        maxLength={300}
        data-autofocus
        {...form.getInputProps('summary')}
      />
      <Textarea label={t('activity.body')} autosize minRows={2} maxRows={8} maxLength={5000} {...form.getInputProps('body')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateInput label={t('activity.date')} withAsterisk max={todayLocal()} {...form.getInputProps('date')} />
        <TextInput label={t('activity.time')} type="time" withAsterisk {...form.getInputProps('time')} />
      </SimpleGrid>
      {form.values.outcome === 'promised' && hasOutcome && (
        <Alert color="violet" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('activity.promiseHint')}
        </Alert>
      )}
    </ModalForm>
  );
}
