// Settings: tabs for practice details, security, users and the audit log, one route each. Administrators see every
// tab; privacy officers only the audit log (the contract lets them verify and read it).
import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Role } from '../../../shared/contract/define';

const TABS: readonly { value: string; label: string; roles: readonly Role[] }[] = [
  { value: 'practice', label: 'Practice', roles: ['admin'] },
  { value: 'security', label: 'Security', roles: ['admin'] },
  { value: 'users', label: 'Users', roles: ['admin'] },
  { value: 'audit', label: 'Audit log', roles: ['admin', 'privacy_officer'] },
];

export function SettingsPage({ role }: { role: Role }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = TABS.filter((t) => t.roles.includes(role));
  const current = tabs.find((t) => pathname.startsWith(`/settings/${t.value}`))?.value ?? null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <Tabs value={current} onChange={(value) => {
          if (value) void navigate(`/settings/${value}`);
        }} keepMounted={false}>
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
