import { Box } from '@mantine/core';
import { useNavigate } from 'react-router';
import { SetupWizard } from './setup-wizard';

/** The first-run setup opened again from Settings or an empty screen; done or skipped, it returns to the dashboard. */
export function SetupPage() {
  const navigate = useNavigate();
  return (
    <Box maw={1000}>
      <SetupWizard onClose={() => void navigate('/dashboard')} />
    </Box>
  );
}
