import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Whether a rising figure is good news (CEI), bad news (overdue) or neither (total receivables). */
export type Direction = 'up-is-good' | 'up-is-bad' | 'neutral';

interface KpiTileProps {
  label: string;
  value: string;
  /** What the figure means and how it is measured. */
  explain: string;
  hint?: ReactNode;
  /** The change against last month, already formatted, and its sign; null when there is nothing to compare. */
  change: { text: string; sign: number } | null;
  direction: Direction;
  testId: string;
  /** "than last month", beside the change. */
  lastMonth: string;
}

function changeColor(sign: number, direction: Direction): string {
  if (sign === 0 || direction === 'neutral') return 'gray';
  return sign > 0 === (direction === 'up-is-good') ? 'teal' : 'red';
}

/** One KPI: the figure large, a line under it, and how it moved since last month in green or red. */
export function KpiTile({ label, value, explain, hint, change, direction, testId, lastMonth }: KpiTileProps) {
  const Arrow = !change || change.sign === 0 ? IconMinus : change.sign > 0 ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Paper p="md" h="100%" data-testid={testId}>
      <Stack gap={4}>
        <Tooltip label={explain} multiline w={280}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3} w="fit-content" style={{ cursor: 'help' }}>
            {label}
          </Text>
        </Tooltip>
        <Text fz={24} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`} truncate>
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {hint}
          </Text>
        )}
        {change && (
          <Group gap={6} wrap="nowrap" mt={2}>
            <Badge
              variant="light"
              tt="none"
              color={changeColor(change.sign, direction)}
              leftSection={<Arrow size={12} />}
              data-testid={`${testId}-change`}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {change.text}
            </Badge>
            <Text size="xs" c="dimmed">
              {lastMonth}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
