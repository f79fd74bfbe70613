import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { companyProfileInput } from '../../../src-shared/domain/company-profile/schemas';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { joinedPathIn, sortIssues, type FormPathOf } from '../../forms/issues-to-errors';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useI18n } from '../../i18n/i18n-context';
import type { CompanyFormValues } from './company-form-values';

export type CompanyFormApi = UseFormReturnType<CompanyFormValues>;

/** Form paths with an input on screen; anything else is reported above the form. */
const onScreen = joinedPathIn(
  /^(title|taxId|taxOffice|address|phone|email|website|logo|signatureText|statementNote|reconciliationText|bankAccounts|bankAccounts\.\d+\.(bank|branch|iban|currency))$/,
);
export const companyPathOf: FormPathOf = (path) => onScreen(path[0] === 'logo' ? ['logo'] : path);

/** The company form, checked with the backend's own schema. */
export function useCompanyForm(initialValues: CompanyFormValues) {
  const { language, t } = useI18n();
  return useValidatedForm(initialValues, (values): FormErrors => {
    const parsed = companyProfileInput.safeParse(values);
    return parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, companyPathOf).fields;
  });
}
