import { mutation, query } from '../../contract/method';
import {
  bankAcceptInput,
  bankDismissInput,
  bankImportInput,
  bankInspectInput,
  bankLinesInput,
  bankProposalInput,
  customerIbanInput,
  customerIbansInput,
} from './schemas';
import { z } from 'zod';
import type {
  BankAcceptResult,
  BankAccount,
  BankImportResult,
  BankInspectResult,
  BankLine,
  BankLinePage,
  CustomerIban,
  ProposedAllocation,
} from './types';

export const bankContract = {
  'bank/accounts': query<BankAccount[]>()(z.object({}).strict(), "The company's bank accounts (Settings IBANs) with open lines"),
  'bank/inspect': query<BankInspectResult[]>()(
    bankInspectInput,
    'Read bank statement files (Excel/CSV, MT940, camt.053): format, account, columns, first lines; writes nothing',
  ),
  'bank/import': mutation<BankImportResult>()(
    bankImportInput,
    "Import statement files into one of the company's accounts and match the incoming lines; a line never twice",
  ),
  'bank/lines': query<BankLinePage>()(bankLinesInput, 'Statement lines by status with their candidates, newest first'),
  'bank/line': query<BankLine>()(
    z.object({ id: z.number().int().positive() }).strict(),
    'One statement line with its candidates',
  ),
  'bank/proposal': query<ProposedAllocation[]>()(bankProposalInput, 'What accepting a line for this customer would allocate'),
  'bank/accept': mutation<BankAcceptResult>()(
    bankAcceptInput,
    'Record lines as bank-transfer payments (matched, by hand, or split); never twice; teaches IBAN → customer',
  ),
  'bank/dismiss': mutation<{ dismissed: number }>()(bankDismissInput, 'Leave open lines out of the review (not a payment)'),
  'bank/rematch': mutation<{ matched: number }>()(
    z.object({}).strict(),
    'Match the open lines again (after new customers or IBANs)',
    {
      unaudited:
        "Only the matcher's suggestion on open lines (customer, confidence, reasons) changes, derived from the ledger and the IBANs; no payment or record anyone entered",
    },
  ),
  'bank/customer-ibans': query<CustomerIban[]>()(
    customerIbansInput,
    "A customer's IBANs: from the card and learned from accepted lines",
  ),
  'bank/add-customer-iban': mutation<CustomerIban[]>()(customerIbanInput, "Add an IBAN to a customer's card"),
  'bank/remove-customer-iban': mutation<CustomerIban[]>()(customerIbanInput, "Remove an IBAN from a customer's card"),
};
