import { useForm, type UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { afterPointerRelease } from '../../../lib/after-pointer-release';
import { deepEqual } from '../../../lib/deep-equal';
import type { CustomerFormValues } from './customer-form-values';
import { validateCustomerForm, type CustomerFormMode } from './validate-customer-form';

export type CustomerFormApi = UseFormReturnType<CustomerFormValues>;

const valueAt = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);

/**
 * Validates on submit, and on leaving a field whose value the user changed. A field left unchanged
 * keeps what it shows: no "required" while tabbing through a new form, and a refusal from the
 * backend (code taken) stays until the value changes.
 */
export function useCustomerForm(initialValues: CustomerFormValues, mode: CustomerFormMode) {
  const { language, t } = useI18n();
  // The values the shown errors were computed for: the initial ones, then those of the last submit.
  const checked = useRef<CustomerFormValues>(initialValues);

  const form = useForm<CustomerFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateCustomerForm(values, mode, language, t),
    // Blur validation is wired here instead of `validateInputOnBlur` so it cannot swallow a click.
    enhanceGetInputProps: ({ field, form: api }) => ({
      onBlur: () =>
        afterPointerRelease(() => {
          if (!deepEqual(valueAt(api.getValues(), field), valueAt(checked.current, field))) api.validateField(field);
        }),
    }),
  });

  return {
    form,
    /** Call when a submit starts: the errors shown from now on belong to these values. */
    noteSubmitted: (values: CustomerFormValues) => {
      checked.current = values;
    },
  };
}
