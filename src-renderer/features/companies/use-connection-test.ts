import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { ServerCheck } from '../../../src-shared/domain/companies/types';
import { AppError } from '../../../src-shared/contract/errors';
import { sortIssues } from '../../forms/issues-to-errors';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { useTestServer } from './queries';
import { serverPathOf, toServerInput, type ServerFormValues } from './server-form-values';

/**
 * "Test the connection" of a server form: the fields checked first, then what the server said (or why not). The
 * answer is shown only while the fields are the ones tested: after an edit it would speak of another connection.
 */
export function useConnectionTest(form: UseFormReturnType<ServerFormValues>, id: string | null) {
  const t = useT();
  const test = useTestServer();
  const [result, setResult] = useState<{ tested: string; check: ServerCheck } | null>(null);
  const connectionOf = () => {
    const { name: _name, ...input } = toServerInput(form.getValues(), id);
    return input;
  };
  const run = () => {
    if (form.validate().hasErrors) return;
    setResult(null);
    const input = connectionOf();
    const tested = JSON.stringify(input);
    test.mutate(input, {
      onSuccess: (check) => setResult({ tested, check }),
      onError: (error) => {
        // Refused before connecting (a CA file that is not there): said under its field, as a save says it.
        const fields = error instanceof AppError ? sortIssues(error.issues ?? [], t, serverPathOf).fields : {};
        if (Object.keys(fields).length > 0) return form.setErrors(fields);
        setResult({ tested, check: { ok: false, problem: 'other', message: '', params: { detail: describeError(error, t) } } });
      },
    });
  };
  const check = result && result.tested === JSON.stringify(connectionOf()) ? result.check : null;
  return { onTest: run, testing: test.isPending, check };
}
