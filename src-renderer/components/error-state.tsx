import { Button, EmptyState, Paper } from '@mantine/core';
import { IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { describeError } from '../i18n/describe-error';
import { useT } from '../i18n/i18n-context';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed load: what failed, why (in the user's language) and a way to try again. */
export function ErrorState({ title, error, onRetry, retrying }: ErrorStateProps) {
  const t = useT();
  return (
    <Paper p="xl" role="alert" data-testid="error-state">
      <EmptyState
        variant="light"
        color="red"
        icon={<IconCloudOff size={30} stroke={1.5} />}
        title={title}
        description={describeError(error, t)}
      >
        {onRetry && (
          <EmptyState.Actions>
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry} loading={retrying}>
              {t('common.retry')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Paper>
  );
}

/** A query that failed before it had anything to show, with a retry that refetches it. */
export function QueryErrorState({
  title,
  query,
}: {
  title: string;
  query: { error: unknown; refetch: () => unknown; isRefetching: boolean };
}) {
  return <ErrorState title={title} error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
}
