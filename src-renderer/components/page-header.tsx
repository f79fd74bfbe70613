import { Anchor, Group, Stack, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: counts, codes, badges. */
  meta?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
}

export function PageHeader({ title, meta, back, actions }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="lg">
      {back && (
        <Anchor component={Link} to={back.to} size="sm" c="dimmed" w="fit-content">
          <Group gap={2} wrap="nowrap">
            <IconChevronLeft size={16} />
            {back.label}
          </Group>
        </Anchor>
      )}
      {/* The title keeps at least 360px: with many actions they move under it rather than squeeze it. */}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} miw={0} style={{ flex: '1 1 360px' }}>
          <Title order={2} fz={26} lh={1.2}>
            {title}
          </Title>
          {meta}
        </Stack>
        {actions && (
          <Group gap="sm" justify="flex-end">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
