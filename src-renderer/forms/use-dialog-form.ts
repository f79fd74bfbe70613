import type { FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { FormPathOf } from './issues-to-errors';
import { useFormSave } from './use-form-save';
import { useValidatedForm } from './use-validated-form';

interface UseDialogFormOptions<Values, Result> {
  initialValues: Values;
  validate: (values: Values) => FormErrors;
  save: (values: Values) => Promise<Result>;
  pathOf: FormPathOf;
  /** Shown once saved; then the dialog closes. */
  savedMessage: (result: Result) => string;
  onClose: () => void;
}

/**
 * A validated form for a ModalForm: `form` for its fields, `frame` to spread on the ModalForm (the form
 * element, submit, refusal alerts, saving).
 */
export function useDialogForm<Values extends object, Result>({
  initialValues,
  validate,
  save,
  pathOf,
  savedMessage,
  onClose,
}: UseDialogFormOptions<Values, Result>) {
  const { form, noteSubmitted } = useValidatedForm(initialValues, validate);
  const onSaved = (result: Result) => {
    notifications.show({ color: 'teal', message: savedMessage(result) });
    onClose();
  };
  const { root, submit, failure, hasFieldErrors } = useFormSave({ form, noteSubmitted, save, pathOf, onSaved });
  return {
    form,
    frame: { onClose, root, onSubmit: submit, general: failure.general, hasFieldErrors, saving: form.submitting },
  };
}
