import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPanelProps {
  icon: ReactNode;
  title: string;
  description?: string | undefined;
  testId: string;
  /** Buttons that lead on (create the first record, clear the filters). */
  actions?: ReactNode;
}

/** A screen with nothing to show yet: what would be here, and what to do next. */
export function EmptyPanel({ icon, title, description, testId, actions }: EmptyPanelProps) {
  return (
    <Paper p="xl" data-testid={testId}>
      <EmptyState variant="light" size="lg" icon={icon} title={title} description={description}>
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
