import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';

interface CompanyNameModalProps {
  title: string;
  explain?: string;
  initial?: string;
  loading: boolean;
  onSave: (name: string) => void;
  onClose: () => void;
}

/** Asks for a company's name (new company, rename, a file copied in). Mounted only while open. */
export function CompanyNameModal({ title, explain, initial = '', loading, onSave, onClose }: CompanyNameModalProps) {
  const t = useT();
  const [name, setName] = useState(initial);
  const [touched, setTouched] = useState(false);
  const tooShort = name.trim().length < 2;
  const submit = () => {
    setTouched(true);
    if (!tooShort) onSave(name.trim());
  };
  return (
    <Modal opened onClose={onClose} title={title} centered data-testid="company-name-modal">
      {explain && (
        <Text size="sm" c="dimmed" mb="sm">
          {explain}
        </Text>
      )}
      <TextInput
        label={t('companies.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        error={touched && tooShort ? t('validation.tooShort', { min: 2 }) : undefined}
        data-autofocus
        data-testid="company-name"
      />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={loading} onClick={submit} data-testid="company-name-save">
          {t('common.save')}
        </Button>
      </Group>
    </Modal>
  );
}
