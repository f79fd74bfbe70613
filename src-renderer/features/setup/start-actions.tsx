import { Button } from '@mantine/core';
import { IconBuildingStore, IconDatabaseImport, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { COMPANY_SETTINGS_PATH } from '../company-profile/company-required';
import { useCompanyProfile } from '../company-profile/queries';
import { DemoCompanyButton } from './demo-company-button';

/**
 * The ways to start when a company holds nothing yet: the first customer, an import, the demo company, and the
 * company details while they are missing. `withoutNewCustomer` when the screen already has its own "new" button.
 */
export function StartActions({ withoutNewCustomer = false }: { withoutNewCustomer?: boolean }) {
  const t = useT();
  const company = useCompanyProfile();
  return (
    <>
      {!withoutNewCustomer && (
        <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />} data-testid="start-new-customer">
          {t('customers.new')}
        </Button>
      )}
      <Button
        component={Link}
        to="/import"
        variant="default"
        leftSection={<IconDatabaseImport size={16} />}
        data-testid="start-import"
      >
        {t('empty.import')}
      </Button>
      <DemoCompanyButton />
      {company.data && !company.data.title && (
        <Button
          component={Link}
          to={COMPANY_SETTINGS_PATH}
          variant="subtle"
          leftSection={<IconBuildingStore size={16} />}
          data-testid="start-company"
        >
          {t('company.requiredLink')}
        </Button>
      )}
    </>
  );
}
