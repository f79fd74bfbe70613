import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useT } from '../../../i18n/i18n-context';

interface FormAlertsProps {
  /** Messages that belong to no field; an empty list with field errors says "fix the marked fields". */
  general: string[];
  hasFieldErrors: boolean;
  stale: boolean;
  onReload?: () => void;
  reloading?: boolean;
}

export function FormAlerts({ general, hasFieldErrors, stale, onReload, reloading }: FormAlertsProps) {
  const t = useT();
  const messages = general.length === 0 && hasFieldErrors ? [t('common.fixErrors')] : general;
  return (
    <Stack gap="sm" mb={messages.length > 0 || stale ? 'lg' : 0}>
      {stale && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconRefresh size={18} />}
          title={t('customers.staleTitle')}
          data-testid="stale-alert"
        >
          <Text size="sm">{t('validation.staleVersion')}</Text>
          {onReload && (
            <Button mt="sm" size="xs" variant="white" color="orange" onClick={onReload} loading={reloading}>
              {t('customers.reloadLatest')}
            </Button>
          )}
        </Alert>
      )}
      {messages.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={t('customers.saveFailed')}
          data-testid="form-alert"
        >
          {messages.length === 1 ? (
            <Text size="sm">{messages[0]}</Text>
          ) : (
            <List size="sm">
              {messages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
