import { Group, Kbd, Stack, Text } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { useT } from '../i18n/i18n-context';
import { MOD_KEY as MOD } from './mod-key';

const HINTS: { keys: string[]; label: MessageKey }[] = [
  { keys: [MOD, 'K'], label: 'shell.shortcut.search' },
  { keys: [MOD, 'N'], label: 'shell.shortcut.newCustomer' },
];

/** A quiet reminder of the keyboard shortcuts at the foot of the navigation. */
export function ShortcutHints() {
  const t = useT();
  return (
    <Stack gap={6}>
      {HINTS.map(({ keys, label }) => (
        <Group key={label} gap={6} wrap="nowrap">
          <Group gap={2} wrap="nowrap">
            {keys.map((key) => (
              <Kbd key={key} size="xs">
                {key}
              </Kbd>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t(label)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
