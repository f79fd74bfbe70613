import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';

/**
 * Fills a value proposed by the backend (the next free code or number) into a text field, without
 * making the form dirty, for as long as the user has not typed their own.
 */
export function usePrefilledField<Values extends Record<K, string>, K extends keyof Values & string>(
  form: UseFormReturnType<Values>,
  field: K,
  suggestion: string | undefined,
) {
  const lastSuggestion = useRef('');
  useEffect(() => {
    if (!suggestion || suggestion === lastSuggestion.current) return;
    const current = form.getValues()[field];
    if (current === '' || current === lastSuggestion.current) {
      form.setInitialValues({ ...form.getInitialValues(), [field]: suggestion });
      form.setFieldValue(field, suggestion as never);
    }
    lastSuggestion.current = suggestion;
    // `form` is a new object on every render; only a new suggestion matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestion]);
}
