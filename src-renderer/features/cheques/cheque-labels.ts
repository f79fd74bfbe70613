import type { MantineColor } from '@mantine/core';
import type { ChequeKind, ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import type { Translate } from '../../i18n/i18n-context';

export const kindLabel = (t: Translate, kind: ChequeKind) => t(kind === 'cheque' ? 'cheques.kind.cheque' : 'cheques.kind.note');

export const statusLabel = (t: Translate, status: ChequeStatus) => t(`cheques.status.${status}`);

export const actionLabel = (t: Translate, status: ChequeStatus) => t(`cheques.action.${status}`);

export const STATUS_COLORS: Record<ChequeStatus, MantineColor> = {
  portfolio: 'blue',
  at_bank: 'cyan',
  collateral: 'violet',
  collected: 'teal',
  endorsed: 'gray',
  returned: 'gray',
  bounced: 'red',
  protested: 'red',
  legal: 'orange',
};
