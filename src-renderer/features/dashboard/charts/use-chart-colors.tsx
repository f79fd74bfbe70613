import { useMantineTheme } from '@mantine/core';
import { useCallback } from 'react';

/**
 * A Mantine colour name ('teal.5', 'vade.7') as a hex value. Charts need real colours, not CSS variables:
 * the SVG is also copied out on its own for the PNG export, away from the page's stylesheet.
 */
export function useChartColor(): (name: string) => string {
  const theme = useMantineTheme();
  return useCallback(
    (name: string) => {
      const [color, shade] = name.split('.');
      return theme.colors[color!]?.[Number(shade ?? 6)] ?? name;
    },
    [theme],
  );
}

/** Legend labels in the text colour: a light series colour would make its own label hard to read. */
export const legendText = (color: (name: string) => string) => (label: string) => (
  <span style={{ color: color('gray.7') }}>{label}</span>
);
