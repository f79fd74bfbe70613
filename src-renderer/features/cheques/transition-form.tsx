import { Alert, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { todayLocal } from '../../../src-shared/dates/business-date';
import { reversesPayment, type ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import { chequeTransitionInput } from '../../../src-shared/domain/cheques/schemas';
import type { Cheque } from '../../../src-shared/domain/cheques/types';
import { DateInput } from '../../components/date-input';
import { joinedPathIn } from '../../forms/issues-to-errors';
import { dayError, schemaErrors } from '../../forms/schema-errors';
import { ModalForm } from '../../forms/modal-form';
import { useDialogForm } from '../../forms/use-dialog-form';
import { useI18n } from '../../i18n/i18n-context';
import { actionLabel, kindLabel } from './cheque-labels';
import { useTransitionCheque } from './mutations';

interface TransitionValues {
  date: string;
  note: string;
  counterparty: string;
}

const pathOf = joinedPathIn(/^(date|note|counterparty)$/);

/** One step of a cheque's life, dated, with a note; a step that takes the money back says so first. */
export function TransitionForm({ cheque, to, onClose }: { cheque: Cheque; to: ChequeStatus; onClose: () => void }) {
  const { t, language } = useI18n();
  const transition = useTransitionCheque();
  const input = (v: TransitionValues) => ({ id: cheque.id, to, ...v });
  const { form, frame } = useDialogForm({
    initialValues: { date: todayLocal(), note: '', counterparty: '' },
    validate: (values) => {
      const errors = schemaErrors(chequeTransitionInput, input(values), language, t, pathOf);
      const day = dayError(values.date, t, todayLocal());
      if (day) errors.date = day;
      if (to === 'endorsed' && values.counterparty.trim() === '') errors.counterparty = t('cheques.validation.supplierRequired');
      return errors;
    },
    save: (values) => transition.mutateAsync(input(values)),
    pathOf,
    savedMessage: () => t('cheques.transition.done'),
    onClose,
  });
  const withParty = to === 'endorsed' || to === 'at_bank' || to === 'collateral';
  return (
    <ModalForm
      title={`${kindLabel(t, cheque.kind)} ${cheque.serialNumber}: ${actionLabel(t, to)}`}
      {...frame}
      saveLabel={actionLabel(t, to)}
      testId="cheque-transition-form"
    >
      {reversesPayment(to) && !cheque.history.some((e) => reversesPayment(e.to)) && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="cheque-transition-warning">
          {t('cheques.transition.confirm')}
        </Alert>
      )}
      <DateInput label={t('cheques.transition.date')} withAsterisk max={todayLocal()} {...form.getInputProps('date')} />
      {withParty && (
        <TextInput
          label={to === 'endorsed' ? t('cheques.transition.supplier') : t('cheques.transition.bankOrCreditor')}
          withAsterisk={to === 'endorsed'}
          data-autofocus
          {...form.getInputProps('counterparty')}
        />
      )}
      <Textarea
        label={t('cheques.transition.note')}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={500}
        {...form.getInputProps('note')}
      />
    </ModalForm>
  );
}
