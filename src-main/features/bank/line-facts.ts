import type { BankLine } from '../../../src-shared/domain/bank/types';
import type { LineFacts } from './matching/match-line';

export const factsOf = (
  line: Pick<BankLine, 'amount' | 'currency' | 'description' | 'counterpartyName' | 'counterpartyIban'>,
): LineFacts => ({
  amount: line.amount,
  currency: line.currency,
  description: line.description,
  counterpartyName: line.counterpartyName,
  counterpartyIban: line.counterpartyIban,
});
