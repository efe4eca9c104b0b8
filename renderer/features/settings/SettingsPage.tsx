// Settings: one tab and route per part (practice details, security, users, the audit log). The tabs come from
// the shell's screen map, which shows each to the roles the contract lets call its methods.
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { SettingsTab } from '../shell/screens';

export function SettingsPage({ tabs }: { tabs: readonly SettingsTab[] }) {
  const { t } = useTranslation(['settings', 'shell']);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = tabs.find((tab) => pathname.startsWith(`/settings/${tab.value}`))?.value ?? null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Tabs
        value={current}
        onChange={(value) => {
          if (value) void navigate(`/settings/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabsLabel')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(`shell:${tab.labelKey}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}
