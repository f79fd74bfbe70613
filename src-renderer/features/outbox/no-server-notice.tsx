import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { useSmtpSettings } from './queries';

export const EMAIL_SETTINGS_PATH = '/settings?section=email';

/** True once it is known that no e-mail server is set (unknown while loading: nothing is claimed). */
export function useNoEmailServer(): boolean {
  const smtp = useSmtpSettings();
  return smtp.data !== undefined && !smtp.data.configured;
}

/** What to say once an e-mail is queued: "sent shortly" only when there is a server to send it. */
export function useQueuedMessage(): (withServer: string) => string {
  const t = useT();
  const noServer = useNoEmailServer();
  return (withServer) => (noServer ? t('outbox.queuedNoServer') : withServer);
}

/** The banner where e-mails are queued or listed while no server is set, with the way to set one. */
export function NoServerBanner() {
  const t = useT();
  if (!useNoEmailServer()) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconMailOff size={18} />} data-testid="no-email-server">
      <Stack gap={4}>
        <Text size="sm">{t('outbox.noServerBanner')}</Text>
        <Anchor component={Link} to={EMAIL_SETTINGS_PATH} size="sm" fw={600}>
          {t('outbox.setUpServer')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
