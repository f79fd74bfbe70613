import { Anchor, Group } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { AuditEntity } from '../../../src-shared/domain/audit/types';
import { useT } from '../../i18n/i18n-context';
import { auditLogPath } from './use-audit-filter';

/** "Change history" of one record: the audit log filtered to it. */
export function AuditHistoryLink({ entity, id }: { entity: AuditEntity; id: number }) {
  const t = useT();
  return (
    <Anchor component={Link} to={auditLogPath({ entity, entityId: id })} size="sm" data-testid="audit-history-link">
      <Group gap={4} wrap="nowrap" component="span">
        <IconHistory size={15} />
        {t('audit.link')}
      </Group>
    </Anchor>
  );
}
