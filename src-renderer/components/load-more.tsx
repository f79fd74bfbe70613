import { Button, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { describeError } from '../i18n/describe-error';
import { useT } from '../i18n/i18n-context';

interface LoadMoreProps {
  /** From a keyset infinite query. */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => unknown;
  };
  testId: string;
  /** Said under the last page, if anything. */
  endText?: string;
}

/** "Show older" under a list that pages by keyset; says why if a page failed, and where the list ends. */
export function LoadMore({ query, testId, endText }: LoadMoreProps) {
  const t = useT();
  return (
    <Stack gap={6} align="center">
      {query.isFetchNextPageError && (
        <Text size="sm" c="red.7" role="alert">
          {t('card.loadMoreError')} {describeError(query.error, t)}
        </Text>
      )}
      {query.hasNextPage ? (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronDown size={14} />}
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          data-testid={testId}
        >
          {t('card.loadMore')}
        </Button>
      ) : (
        endText && (
          <Text size="xs" c="dimmed" data-testid={`${testId}-end`}>
            {endText}
          </Text>
        )
      )}
    </Stack>
  );
}
