import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface DialogButtonProps {
  label: string;
  icon: ReactNode;
  testId: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** The dialog, mounted only while open (so a form in it starts fresh); `close` closes it. */
  children: (close: () => void) => ReactNode;
}

/** A button that opens a dialog: log a call, record a promise, open a dispute. */
export function DialogButton({ label, icon, testId, variant = 'default', size, children }: DialogButtonProps) {
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant={variant} size={size} leftSection={icon} onClick={dialog.open} data-testid={testId}>
        {label}
      </Button>
      {opened && children(dialog.close)}
    </>
  );
}
