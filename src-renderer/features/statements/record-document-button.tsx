import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { send } from '../../api/client';
import { useI18n } from '../../i18n/i18n-context';
import { PdfDocumentModal } from './pdf-document-modal';

/** The documents made from one record, with their preview and save methods. */
const DOCUMENTS = {
  planSchedule: { render: 'plans/schedulePdf', export: 'plans/exportSchedulePdf', title: 'plans.pdf.title' },
  receipt: { render: 'payments/receiptPdf', export: 'payments/exportReceiptPdf', title: 'payments.receipt.title' },
} as const;

interface Props {
  document: keyof typeof DOCUMENTS;
  id: number;
  label: string;
  testId: string;
}

function RecordDocumentModal({ document, id, onClose }: Omit<Props, 'label' | 'testId'> & { onClose: () => void }) {
  const { t, language } = useI18n();
  const methods = DOCUMENTS[document];
  const rendered = useQuery({
    queryKey: ['documents', document, id, language],
    queryFn: () => send(methods.render, { id, language }),
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <PdfDocumentModal
      title={t(methods.title)}
      document={rendered}
      exportFile={() => send(methods.export, { id, language })}
      onClose={onClose}
      testId={`${document}-modal`}
    />
  );
}

/** "Yazdır / PDF" on a plan, "Tahsilat makbuzu" on a payment: opens the document's preview. */
export function RecordDocumentButton({ document, id, label, testId }: Props) {
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconPrinter size={14} />} onClick={dialog.open} data-testid={testId}>
        {label}
      </Button>
      {opened && <RecordDocumentModal document={document} id={id} onClose={dialog.close} />}
    </>
  );
}
