import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { ServerCheck } from '../../../src-shared/domain/companies/types';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { useTestServer } from './queries';
import { toServerInput, type ServerFormValues } from './server-form-values';

/** "Test the connection" of a server form: the fields checked first, then what the server said (or why not). */
export function useConnectionTest(form: UseFormReturnType<ServerFormValues>, id: string | null) {
  const t = useT();
  const test = useTestServer();
  const [check, setCheck] = useState<ServerCheck | null>(null);
  const run = () => {
    if (form.validate().hasErrors) return;
    setCheck(null);
    const { name: _name, ...input } = toServerInput(form.getValues(), id);
    test.mutate(input, {
      onSuccess: setCheck,
      onError: (error) => setCheck({ ok: false, problem: 'other', message: '', params: { detail: describeError(error, t) } }),
    });
  };
  return { onTest: run, testing: test.isPending, check };
}
