import { Text } from '@mantine/core';
import { CURRENCY_SYMBOLS, type Currency } from '../../src-shared/money/currency';
import { MoneyInput, type MoneyInputProps } from './money-input';

/** An amount in a known currency: its symbol at the right, figures aligned right like on paper. */
export function CurrencyAmountInput({ currency, ...rest }: MoneyInputProps & { currency: Currency }) {
  return (
    <MoneyInput
      rightSection={
        <Text size="xs" c="dimmed">
          {CURRENCY_SYMBOLS[currency]}
        </Text>
      }
      styles={{ input: { textAlign: 'right' } }}
      {...rest}
    />
  );
}
