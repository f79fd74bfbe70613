import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { useGlobalHotkeys } from './hotkeys';
import { LogoMark } from './logo-mark';
import { CompanySwitcher } from '../features/companies/company-switcher';
import { ServerAwayBanner } from '../features/companies/server-away-banner';
import { DamagedOr } from '../features/backups/damaged-or';
import { OutboxNavBadge } from '../features/outbox/outbox-nav-badge';
import { NAV_ITEMS } from './nav-items';
import classes from './shell.module.css';
import { ShortcutHints } from './shortcut-hints';

function Brand() {
  const t = useT();
  return (
    <Group gap="sm" wrap="nowrap">
      <LogoMark />
      <div>
        <Text fw={700} size="lg" lh={1.1} data-testid="app-name">
          {t('app.name')}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
          {t('app.tagline')}
        </Text>
      </div>
    </Group>
  );
}

function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <>
      {NAV_ITEMS.map(({ path, label, icon: Icon }) => (
        <NavLink
          key={path}
          component={Link}
          to={path}
          label={t(label)}
          leftSection={<Icon size={20} stroke={1.6} />}
          rightSection={path === '/outbox' ? <OutboxNavBadge /> : undefined}
          active={pathname === path || pathname.startsWith(`${path}/`)}
          onClick={onNavigate}
          variant="light"
          fw={500}
          className={classes.navLink}
        />
      ))}
    </>
  );
}

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const t = useT();
  useGlobalHotkeys();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" gap="sm">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
          <Brand />
          <Group ml="auto">
            <CompanySwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} data-testid="app-navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Navigation onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section className={classes.shortcuts} visibleFrom="sm">
          <ShortcutHints />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {/* New screens start at the top; Back returns to where the previous one was scrolled. */}
        <ScrollRestoration />
        <ServerAwayBanner />
        <DamagedOr>
          <Outlet />
        </DamagedOr>
      </AppShell.Main>
    </AppShell>
  );
}
