import { Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { CURRENCIES, type Currency } from '../../../src-shared/money/currency';
import { RemoveRowButton } from '../../components/remove-row-button';
import { useT } from '../../i18n/i18n-context';
import { emptyBankAccount } from './company-form-values';
import type { CompanyFormApi } from './use-company-form';

const MAX_ACCOUNTS = 10;

/** The company's bank accounts: printed with their IBANs under every statement as payment instructions. */
export function BankAccountsEditor({ form }: { form: CompanyFormApi }) {
  const t = useT();
  const accounts = form.getValues().bankAccounts;
  return (
    <Input.Wrapper label={t('company.bankAccounts')} description={t('company.bankAccountsHint')} error={form.errors.bankAccounts}>
      <Stack gap="xs" mt={6}>
        {accounts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('company.noBankAccounts')}
          </Text>
        )}
        {accounts.map((account, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="bank-account-row">
            <TextInput
              placeholder={t('company.bank')}
              aria-label={t('company.bank')}
              w={170}
              {...form.getInputProps(`bankAccounts.${index}.bank`)}
            />
            <TextInput
              placeholder={t('company.branch')}
              aria-label={t('company.branch')}
              w={150}
              {...form.getInputProps(`bankAccounts.${index}.branch`)}
            />
            <TextInput
              placeholder="TR00 0000 0000 0000 0000 0000 00"
              aria-label={t('company.iban')}
              ff="monospace"
              style={{ flex: 1 }}
              maxLength={40}
              {...form.getInputProps(`bankAccounts.${index}.iban`)}
            />
            <Select<Currency>
              aria-label={t('company.currency')}
              data={[...CURRENCIES]}
              allowDeselect={false}
              w={86}
              {...form.getInputProps(`bankAccounts.${index}.currency`)}
            />
            <RemoveRowButton label={t('common.remove')} onClick={() => form.removeListItem('bankAccounts', index)} />
          </Group>
        ))}
        {accounts.length < MAX_ACCOUNTS && (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('bankAccounts', emptyBankAccount())}
            data-testid="add-bank-account"
          >
            {t('company.addBankAccount')}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
