// Settings (administrators): tabs for practice details, security, users and the audit log, one route each.
import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';

const TABS = [
  { value: 'practice', label: 'Practice' },
  { value: 'security', label: 'Security' },
  { value: 'users', label: 'Users' },
  { value: 'audit', label: 'Audit log' },
] as const;

export function SettingsPage() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((t) => pathname.startsWith(`/settings/${t.value}`))?.value ?? null;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <Tabs value={current} onChange={(value) => {
          if (value) void navigate(`/settings/${value}`);
        }} keepMounted={false}>
        <Tabs.List aria-label="Settings sections">
          {TABS.map((t) => (
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
