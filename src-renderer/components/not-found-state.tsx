import { Button, EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface NotFoundStateProps {
  icon: ReactNode;
  title: string;
  body: string;
  back: { to: string; label: string };
  testId: string;
}

/** An address that names no record (deleted, or an old link): say so and offer the way back. */
export function NotFoundState({ icon, title, body, back, testId }: NotFoundStateProps) {
  return (
    <Paper p="xl" data-testid={testId}>
      <EmptyState withIndicatorBackground icon={icon} title={title} description={body}>
        <EmptyState.Actions>
          <Button component={Link} to={back.to} variant="default">
            {back.label}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
