import type { UseFormReturnType } from '@mantine/form';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useI18n } from '../../../i18n/i18n-context';
import type { CustomerFormValues } from './customer-form-values';
import { validateCustomerForm, type CustomerFormMode } from './validate-customer-form';

export type CustomerFormApi = UseFormReturnType<CustomerFormValues>;

/** The customer form, checked with the backend's own schema (see validate-customer-form.ts). */
export function useCustomerForm(initialValues: CustomerFormValues, mode: CustomerFormMode) {
  const { language, t } = useI18n();
  return useValidatedForm(initialValues, (values) => validateCustomerForm(values, mode, language, t));
}
