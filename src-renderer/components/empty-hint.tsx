import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyHintProps {
  /** What would be here, said quietly. */
  text: string;
  /** The buttons that lead on (add the first one, import, open the demo). */
  actions?: ReactNode;
  testId: string;
}

/**
 * An empty section: the dimmed sentence and, when there is a next step, its buttons. The sentence keeps the
 * test id (its text is what tests read); a whole empty screen uses `EmptyPanel` instead.
 */
export function EmptyHint({ text, actions, testId }: EmptyHintProps) {
  const sentence = (
    <Text size="sm" c="dimmed" data-testid={testId}>
      {text}
    </Text>
  );
  if (!actions) return sentence;
  return (
    <Stack gap="sm" align="flex-start" data-testid={`${testId}-actions`}>
      {sentence}
      <Group gap="xs">{actions}</Group>
    </Stack>
  );
}
