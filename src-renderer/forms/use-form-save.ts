import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n-context';
import type { FormPathOf } from './issues-to-errors';
import { interpretSaveError, NO_FAILURE, type SaveFailure } from './save-error';

interface UseFormSaveOptions<Values, Result> {
  form: UseFormReturnType<Values>;
  /** Called when a submit starts (see useValidatedForm). */
  noteSubmitted: (values: Values) => void;
  /** Saves; throws an AppError when refused. */
  save: (values: Values) => Promise<Result>;
  onSaved: (result: Result) => void;
  /** Where the backend's issue paths show in this form; read when a refusal arrives. */
  pathOf: FormPathOf;
}

/**
 * The submit side every form shares: validate, save, and on refusal keep what was typed, put the backend's
 * issues on their fields (the first one focused) or above the form. Ctrl/Cmd+S saves from anywhere.
 */
export function useFormSave<Values, Result>({ form, noteSubmitted, save, onSaved, pathOf }: UseFormSaveOptions<Values, Result>) {
  const t = useT();
  const [failure, setFailure] = useState<SaveFailure>(NO_FAILURE);
  const root = useRef<HTMLFormElement>(null);
  const saved = useRef(false);
  // Field errors shown while typing (on leaving a field) are not a failed save: the banner waits for Save.
  const [attempted, setAttempted] = useState(false);

  /** Puts the cursor in the first field (in screen order) that has an error. */
  const focusFirstError = (errors: FormErrors) => {
    const inputs = root.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [];
    const first = [...inputs].find((input) => errors[input.dataset.path ?? ''] !== undefined);
    first?.focus();
  };

  const refuse = (errors: FormErrors, values: Values) => {
    setAttempted(true);
    noteSubmitted(values);
    setFailure(NO_FAILURE);
    focusFirstError(errors);
  };

  const run = async (values: Values) => {
    setAttempted(true);
    noteSubmitted(values);
    setFailure(NO_FAILURE);
    try {
      const result = await save(values);
      saved.current = true;
      onSaved(result);
    } catch (error) {
      // The values stay as typed: only the errors are added.
      const result = interpretSaveError(error, t, pathOf);
      form.setErrors(result.fields);
      setFailure(result);
      // A refusal with no field to point at is explained in the alert at the top: bring it into view.
      if (Object.keys(result.fields).length === 0) window.scrollTo({ top: 0, behavior: 'smooth' });
      else focusFirstError(result.fields);
    }
  };

  // Built per event, not during render: the handlers touch refs. A second Ctrl+S while saving does nothing.
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    if (form.submitting) {
      event?.preventDefault();
      return;
    }
    form.onSubmit(run, refuse)(event);
  };

  // The shortcut is registered once; it must still reach this render's form and save.
  const latestSubmit = useRef(submit);
  useEffect(() => {
    latestSubmit.current = submit;
  });
  useHotkeys([['mod+S', () => latestSubmit.current()]], []);

  return {
    root,
    submit,
    failure,
    /** True once the save went through: the form may be left without asking. */
    saved,
    /** Whether to say "Kaydedilemedi — fix the marked fields": only once Save was pressed. */
    hasFieldErrors: attempted && Object.keys(form.errors).length > 0,
  };
}
