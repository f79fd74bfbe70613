import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingStore,
  IconCheck,
  IconChevronDown,
  IconCopy,
  IconFolderOpen,
  IconPencil,
  IconPlus,
  IconServer,
  IconSettings,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { CompanyFile } from '../../../src-shared/domain/companies/types';
import { useT } from '../../i18n/i18n-context';
import { useSystemInfo } from '../settings/queries';
import { CompanyCopyDialog } from './company-copy-dialog';
import { CompanyNameModal } from './company-name-modal';
import { ServerConnectionForm } from './server-connection-form';
import { useCompanies, useCreateCompany, useImportCompanyFile, useOpenCompany, useRenameCompany } from './queries';

type Dialog = 'create' | 'rename' | 'import' | 'server' | 'server-edit' | 'copy' | null;

/** The header's company menu: which company is open, recent ones to switch to, new, rename, copy one in. */
export function CompanySwitcher() {
  const t = useT();
  const companies = useCompanies();
  const info = useSystemInfo();
  const open = useOpenCompany();
  const create = useCreateCompany();
  const rename = useRenameCompany();
  const importFile = useImportCompanyFile();
  const [dialog, setDialog] = useState<Dialog>(null);
  const label = (company: CompanyFile) => company.name ?? t('companies.defaultName');
  const current = companies.data?.find((c) => c.current);
  const switched = (company: CompanyFile) =>
    notifications.show({ color: 'teal', message: t('companies.switched', { name: label(company) }) });

  return (
    <>
      <Menu position="bottom-end" withinPortal width={300}>
        <Menu.Target>
          <Button
            variant="subtle"
            color="dark"
            leftSection={current?.location === 'server' ? <IconServer size={16} /> : <IconBuildingStore size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={open.isPending || create.isPending}
            aria-label={t('companies.switch')}
            data-testid="company-switcher"
          >
            <Text size="sm" fw={500} truncate maw={220} data-testid="current-company">
              {current ? label(current) : companies.isError ? t('companies.loadError') : '…'}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('companies.recent')}</Menu.Label>
          {(companies.data ?? []).map((company) => (
            <Menu.Item
              key={company.id}
              leftSection={company.current ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
              disabled={company.current}
              onClick={() => open.mutate(company.id, { onSuccess: switched })}
              data-testid={`company-${company.id}`}
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm" truncate>
                  {label(company)}
                </Text>
                {company.server && (
                  <Badge
                    size="xs"
                    variant="light"
                    leftSection={<IconServer size={10} />}
                    title={t('servers.onServerAt', { database: company.server.database, host: company.server.host })}
                    data-testid={`company-${company.id}-server`}
                  >
                    {t('servers.onServer')}
                  </Badge>
                )}
              </Group>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => setDialog('create')} data-testid="company-new">
            {t('companies.new')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconPencil size={14} />}
            disabled={!current}
            onClick={() => setDialog('rename')}
            data-testid="company-rename"
          >
            {t('companies.rename')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFolderOpen size={14} />}
            disabled={info.data?.mode !== 'electron'}
            title={info.data?.mode !== 'electron' ? t('companies.importUnavailable') : undefined}
            onClick={() => setDialog('import')}
          >
            {t('companies.importFile')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconServer size={14} />} onClick={() => setDialog('server')} data-testid="company-open-server">
            {t('servers.menu.open')}
          </Menu.Item>
          {current?.location === 'server' && (
            <Menu.Item
              leftSection={<IconSettings size={14} />}
              onClick={() => setDialog('server-edit')}
              data-testid="company-edit-server"
            >
              {t('servers.menu.edit')}
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconCopy size={14} />}
            disabled={!current}
            onClick={() => setDialog('copy')}
            data-testid="company-copy-open"
          >
            {t(current?.location === 'server' ? 'servers.menu.copyToFile' : 'servers.menu.copyToServer')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'create' && (
        <CompanyNameModal
          title={t('companies.create.title')}
          explain={t('companies.create.explain')}
          loading={create.isPending}
          onClose={() => setDialog(null)}
          onSave={(name) => create.mutate(name, { onSuccess: (company) => (setDialog(null), switched(company)) })}
        />
      )}
      {dialog === 'rename' && current && (
        <CompanyNameModal
          title={t('companies.rename.title')}
          initial={current.name ?? ''}
          loading={rename.isPending}
          onClose={() => setDialog(null)}
          onSave={(name) => rename.mutate({ id: current.id, name }, { onSuccess: () => setDialog(null) })}
        />
      )}
      {(dialog === 'server' || dialog === 'server-edit') && current && (
        <ServerConnectionForm
          editId={dialog === 'server-edit' ? current.id : null}
          currentId={current.id}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'copy' && current && (
        <CompanyCopyDialog
          current={current}
          onClose={() => setDialog(null)}
          onOpenCopy={(company) => (setDialog(null), open.mutate(company.id, { onSuccess: switched }))}
        />
      )}
      {dialog === 'import' && (
        <CompanyNameModal
          title={t('companies.importFile')}
          loading={importFile.isPending}
          onClose={() => setDialog(null)}
          onSave={(name) => importFile.mutate(name, { onSuccess: () => setDialog(null) })}
        />
      )}
    </>
  );
}
