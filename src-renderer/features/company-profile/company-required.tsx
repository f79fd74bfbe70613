import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore } from '@tabler/icons-react';
import { AppError } from '../../../src-shared/contract/errors';
import { describeError } from '../../i18n/describe-error';
import { useT, type Translate } from '../../i18n/i18n-context';

/** Where the company details are edited; Settings scrolls to the group named in `section`. */
export const COMPANY_SETTINGS_PATH = '/settings?section=company';

/** The backend refused a document or an e-mail because the company has no name yet (`company.required`). */
export const isCompanyRequired = (error: unknown): boolean =>
  error instanceof AppError && (error.issues ?? []).some((issue) => issue.key === 'company.required');

/** A plain link (hash routing): notifications are drawn outside the router. */
function CompanyLink({ label }: { label: string }) {
  return (
    <Anchor href={`#${COMPANY_SETTINGS_PATH}`} size="sm" fw={600} data-testid="company-required-link">
      {label}
    </Anchor>
  );
}

/** Said where a document or an e-mail would be made, before the user tries, while the company has no name. */
export function CompanyRequiredAlert() {
  const t = useT();
  return (
    <Alert color="yellow" variant="light" icon={<IconBuildingStore size={18} />} data-testid="company-missing">
      <Stack gap={4}>
        <Text size="sm">{t('company.required')}</Text>
        <CompanyLink label={t('company.requiredLink')} />
      </Stack>
    </Alert>
  );
}

/** A failed call as a notification; the company refusal carries its link to the company settings. */
export function notifyFailure(error: unknown, t: Translate): void {
  notifications.show({
    color: 'red',
    title: t('common.errorTitle'),
    message: isCompanyRequired(error) ? (
      <Stack gap={4} data-testid="company-required-notice">
        <Text size="sm">{describeError(error, t)}</Text>
        <CompanyLink label={t('company.requiredLink')} />
      </Stack>
    ) : (
      describeError(error, t)
    ),
  });
}
