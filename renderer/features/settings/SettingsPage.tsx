// Settings: one tab and route per part (practice details, security, users, the audit log). The tabs come from
// the shell's screen map, which shows each to the roles the contract lets call its methods.
import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { SettingsTab } from '../shell/screens';

export function SettingsPage({ tabs }: { tabs: readonly SettingsTab[] }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = tabs.find((t) => pathname.startsWith(`/settings/${t.value}`))?.value ?? null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <Tabs
        value={current}
        onChange={(value) => {
          if (value) void navigate(`/settings/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Settings sections">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}
