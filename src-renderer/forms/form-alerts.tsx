import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useT } from '../i18n/i18n-context';

/** What to say when someone else saved the record while it was being edited. */
export interface StaleNotice {
  title: string;
  message: string;
  reloadLabel: string;
  onReload?: () => void;
  reloading?: boolean;
}

interface FormAlertsProps {
  /** Messages that belong to no field; an empty list with field errors says "fix the marked fields". */
  general: string[];
  hasFieldErrors: boolean;
  /** Given when the save was refused as stale. */
  stale?: StaleNotice | null;
}

export function FormAlerts({ general, hasFieldErrors, stale }: FormAlertsProps) {
  const t = useT();
  const messages = general.length === 0 && hasFieldErrors ? [t('common.fixErrors')] : general;
  return (
    <Stack gap="sm" mb={messages.length > 0 || stale ? 'lg' : 0}>
      {stale && (
        <Alert color="orange" variant="light" icon={<IconRefresh size={18} />} title={stale.title} data-testid="stale-alert">
          <Text size="sm">{stale.message}</Text>
          {stale.onReload && (
            <Button mt="sm" size="xs" variant="white" color="orange" onClick={stale.onReload} loading={stale.reloading}>
              {stale.reloadLabel}
            </Button>
          )}
        </Alert>
      )}
      {messages.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={t('common.saveFailed')}
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
