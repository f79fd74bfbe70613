import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { useCreateDemoCompany } from '../companies/queries';

/**
 * "Open the demo company": a separate company file filled with a realistic ledger, then opened; the user's own
 * company is left as it is, one switch away in the header.
 */
export function DemoCompanyButton({ onBeforeCreate, ...props }: ButtonProps & { onBeforeCreate?: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateDemoCompany();
  const start = () => {
    onBeforeCreate?.();
    create.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('setup.demoCreated') });
        void navigate('/dashboard');
      },
    });
  };
  return (
    <Button
      variant="light"
      leftSection={<IconFlask size={16} />}
      loading={create.isPending}
      onClick={start}
      data-testid="open-demo"
      {...props}
    >
      {t('setup.demo')}
    </Button>
  );
}
