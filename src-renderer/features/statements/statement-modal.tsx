import { useState } from 'react';
import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import { send } from '../../api/client';
import { useI18n } from '../../i18n/i18n-context';
import { CompanyRequiredAlert } from '../company-profile/company-required';
import { useCompanyProfile } from '../company-profile/queries';
import { DocumentChoiceFields } from './document-choice-fields';
import { defaultChoice, documentArgs } from './document-options';
import { PdfDocumentModal } from './pdf-document-modal';
import { useRenderedDocument } from './queries';

interface Props {
  customerId: number;
  kind: DocumentKind;
  onClose: () => void;
}

/** A statement or reconciliation letter of one customer: choose, look at it, save or print it. */
export function StatementModal({ customerId, kind, onClose }: Props) {
  const { t, language } = useI18n();
  const [choice, setChoice] = useState(() => defaultChoice(kind, language));
  const document = useRenderedDocument(customerId, choice);
  const company = useCompanyProfile();

  return (
    <PdfDocumentModal
      title={t(kind === 'reconciliation' ? 'statements.letterTitle' : 'statements.statementTitle')}
      document={document}
      exportFile={() => send('statements/export', { customerId, ...documentArgs(choice) })}
      onClose={onClose}
    >
      {/* The backend refuses a document without the company's name: say so and where to set it. */}
      {company.data && !company.data.title && <CompanyRequiredAlert />}
      <DocumentChoiceFields value={choice} onChange={setChoice} />
    </PdfDocumentModal>
  );
}
