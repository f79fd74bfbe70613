import { Button, Center, EmptyState, Paper } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/i18n-context';

/** Last resort when a screen crashes while rendering: say so calmly and offer a reload. */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  useEffect(() => console.error('A screen failed to render', error), [error]);
  return (
    <Center mih="70vh" p="lg">
      <Paper p="xl" maw={520} w="100%">
        <EmptyState
          variant="light"
          color="red"
          icon={<IconAlertTriangle size={30} stroke={1.5} />}
          title={t('common.errorTitle')}
          description={t('error.screen')}
        >
          <EmptyState.Actions>
            <Button leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()}>
              {t('common.reload')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Center>
  );
}
