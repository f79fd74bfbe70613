import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useI18n } from '../../../i18n/i18n-context';
import { allocationContextFrom } from './allocation-context';
import type { CreditFormValues } from './credit-form-values';
import { validateCreditForm } from './validate-credit-form';

export type CreditFormApi = UseFormReturnType<CreditFormValues>;

/**
 * The payment / credit-note form, checked with the backend's schema and against the open invoices the
 * screen shows (read from the query cache when validating).
 */
export function useCreditForm(initialValues: CreditFormValues) {
  const { language, t } = useI18n();
  const queryClient = useQueryClient();
  return useValidatedForm(initialValues, (values) =>
    validateCreditForm(values, allocationContextFrom(queryClient, values), language, t),
  );
}
