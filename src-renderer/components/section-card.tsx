import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled block of a page; the card and the form both use it so they look alike. */
export function SectionCard({ title, actions, children, testId }: SectionCardProps) {
  return (
    <Paper p="lg" component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={3} fz="md" fw={600}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
