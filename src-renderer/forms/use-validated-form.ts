import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { afterPointerRelease } from '../lib/after-pointer-release';
import { deepEqual } from '../lib/deep-equal';

const valueAt = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);

/**
 * A form that validates on submit, and on leaving a field whose value the user changed. A field left
 * unchanged keeps what it shows: no "required" while tabbing through a new form, and a refusal from the
 * backend (number taken) stays until the value changes.
 */
export function useValidatedForm<Values extends object>(
  initialValues: Values,
  validate: (values: Values) => FormErrors,
): { form: UseFormReturnType<Values>; noteSubmitted: (values: Values) => void } {
  // The values the shown errors were computed for: the initial ones, then those of the last submit.
  const checked = useRef<Values>(initialValues);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate,
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
    noteSubmitted: (values: Values) => {
      checked.current = values;
    },
  };
}
