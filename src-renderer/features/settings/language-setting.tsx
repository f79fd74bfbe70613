import { SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Language } from '../../../src-shared/i18n/language';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { useChangeLanguage } from './queries';

export function LanguageSetting() {
  const { t, language } = useI18n();
  const change = useChangeLanguage();
  return (
    <SectionCard title={t('settings.language')} testId="language-setting">
      <Stack gap="xs">
        <SegmentedControl<Language>
          value={language}
          onChange={(next) =>
            change.mutate(next, {
              onError: (error) =>
                notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
            })
          }
          data={[
            { value: 'tr', label: t('settings.language.tr') },
            { value: 'en', label: t('settings.language.en') },
          ]}
          aria-label={t('settings.language')}
          w="fit-content"
          data-testid="language-switch"
        />
        <Text size="sm" c="dimmed">
          {t('settings.languageHint')}
        </Text>
      </Stack>
    </SectionCard>
  );
}
