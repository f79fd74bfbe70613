import { Text } from '@mantine/core';

/** User text whose line breaks matter (addresses, notes). */
export function MultilineText({ children }: { children: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}
