import { SectionCard } from '../../components/section-card';
import { QueryBody } from '../../components/query-body';
import { useT } from '../../i18n/i18n-context';
import { useSmtpSettings } from './queries';
import { SmtpSettingsForm } from './smtp-settings-form';

/** Settings → e-mail delivery. */
export function SmtpSettingsSection() {
  const t = useT();
  const query = useSmtpSettings();
  return (
    <SectionCard title={t('outbox.settings.title')} testId="smtp-settings">
      <div id="smtp" />
      <QueryBody query={query} errorTitle={t('common.errorTitle')} emptyText="" isEmpty={() => false} testId="smtp" rows={6}>
        {(settings) => <SmtpSettingsForm settings={settings} />}
      </QueryBody>
    </SectionCard>
  );
}
