import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './full-height-page.module.css';

/** A list screen that fills the window below the header, so only its rows scroll, not the page. */
export function FullHeightPage({ children }: { children: ReactNode }) {
  return (
    <Stack gap={0} className={classes.page}>
      {children}
    </Stack>
  );
}
