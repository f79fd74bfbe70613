import { Paper, Skeleton, Stack } from '@mantine/core';

/** A list's first page on its way: grey bars where the rows will be. */
export function ListSkeleton({ testId, rows = 8 }: { testId: string; rows?: number }) {
  return (
    <Paper p="md" data-testid={testId} aria-busy>
      <Stack gap="md">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} height={28} radius="sm" width={`${92 - (i % 3) * 9}%`} />
        ))}
      </Stack>
    </Paper>
  );
}
