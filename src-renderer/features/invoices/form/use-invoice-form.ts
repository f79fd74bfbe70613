import type { UseFormReturnType } from '@mantine/form';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useI18n } from '../../../i18n/i18n-context';
import type { InvoiceFormValues } from './invoice-form-values';
import { validateInvoiceForm, type InvoiceFormMode } from './validate-invoice-form';

export type InvoiceFormApi = UseFormReturnType<InvoiceFormValues>;

/** The invoice form, checked with the backend's own schema (see validate-invoice-form.ts). */
export function useInvoiceForm(initialValues: InvoiceFormValues, mode: InvoiceFormMode) {
  const { language, t } = useI18n();
  return useValidatedForm(initialValues, (values) => validateInvoiceForm(values, mode, language, t));
}
