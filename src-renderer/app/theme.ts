import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm petrol blue: serious enough for money, soft enough for a whole working day. */
const vade: MantineColorsTuple = [
  '#e8f4f7',
  '#d3e6ec',
  '#a6ccd8',
  '#76b1c3',
  '#4f9ab1',
  '#378ca6',
  '#2a84a1',
  '#1b718c',
  '#0d647d',
  '#00566d',
];

export const theme = createTheme({
  primaryColor: 'vade',
  primaryShade: 7,
  colors: { vade },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '600' },
  components: {
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm' } },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});
