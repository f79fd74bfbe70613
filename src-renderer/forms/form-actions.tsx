import { Button, Group } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import classes from './form-actions.module.css';

interface FormActionsProps {
  cancelTo: string;
  saving: boolean;
  saveTestId: string;
  saveLabel?: string;
  /** Shown at the left of the bar: a running total, a warning. */
  children?: ReactNode;
}

/** The sticky bar at the foot of a form: cancel (back to where the user came from) and save. */
export function FormActions({ cancelTo, saving, saveTestId, saveLabel, children }: FormActionsProps) {
  const t = useT();
  return (
    <Group justify="space-between" className={classes.actions} wrap="nowrap">
      <div style={{ minWidth: 0 }}>{children}</div>
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" component={Link} to={cancelTo}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />} data-testid={saveTestId}>
          {saveLabel ?? t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
