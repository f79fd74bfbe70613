import { Button, FileButton, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { CompanyFormApi } from './use-company-form';
import { logoDataUrl, scaleLogo } from './scale-logo';

/** Pick a PNG or JPEG; it is scaled here and previewed as it will sit in the documents' header. */
export function LogoField({ form }: { form: CompanyFormApi }) {
  const t = useT();
  const [reading, setReading] = useState(false);
  const logo = form.getValues().logo;
  const error = form.errors.logo;

  const pick = async (file: File | null) => {
    if (!file) return;
    setReading(true);
    const base64 = await scaleLogo(file);
    setReading(false);
    if (base64 === null) form.setFieldError('logo', t('validation.logo.type'));
    else {
      form.setFieldValue('logo', { dataBase64: base64 });
      form.clearFieldError('logo');
    }
  };

  return (
    <Input.Wrapper label={t('company.logo')} description={t('company.logoHint')} error={error} data-path="logo">
      <Group gap="md" mt={6} align="center">
        <Paper withBorder w={180} h={68} p={6} style={{ display: 'grid', placeItems: 'center' }}>
          {logo ? (
            <Image
              src={logoDataUrl(logo.dataBase64)}
              alt={t('company.logo')}
              fit="contain"
              h={56}
              w={166}
              data-testid="logo-preview"
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t('company.noLogo')}
            </Text>
          )}
        </Paper>
        <Stack gap={6}>
          <FileButton onChange={(file) => void pick(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                leftSection={<IconPhotoUp size={14} />}
                loading={reading}
                data-testid="logo-pick"
              >
                {t('company.pickLogo')}
              </Button>
            )}
          </FileButton>
          {logo && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => form.setFieldValue('logo', null)}
            >
              {t('company.removeLogo')}
            </Button>
          )}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
