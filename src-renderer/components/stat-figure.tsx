import { Stack, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatFigureProps {
  label: string;
  value: string;
  /** Draws attention: overdue in red, a credit in teal. */
  color?: MantineColor;
  /** The figure that matters most on the page gets the large size. */
  size?: 'md' | 'lg' | 'xl';
  hint?: ReactNode;
  testId?: string;
}

/** One labelled figure (an amount, a count) with digits of equal width, so figures side by side line up. */
export function StatFigure({ label, value, color, size = 'lg', hint, testId }: StatFigureProps) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={size} fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId} truncate>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
