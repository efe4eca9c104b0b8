// The signed-in frame: header (practice, user, Lock, Sign out), navbar of areas, routed content; runs the idle lock.
// Leaving through the navbar or Sign out asks first when the screen has unsaved work (leave-guard).
import { AppShell, Badge, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation, useNavigate } from 'react-router';
import { useIdleLock } from '../../hooks/use-idle-lock';
import { ROLE_LABELS } from '../session/roles';
import { useSession, useSignedIn } from '../session/session-context';
import { StorageWarnings } from './StorageWarnings';
import { AppRoutes } from './AppRoutes';
import { LeaveGuardProvider, useLeaveGuard } from './leave-guard';
import { navItemsFor } from './screens';
import { useLockShortcut } from './use-lock-shortcut';

export function AppFrame() {
  return (
    <LeaveGuardProvider>
      <Frame />
    </LeaveGuardProvider>
  );
}

function Frame() {
  const { session, practiceName } = useSignedIn();
  const { lockNow, signOut } = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const leaveGuard = useLeaveGuard();

  useIdleLock({ minutes: session.idleLockMinutes, enabled: !session.locked, onIdle: lockNow });
  useLockShortcut(!session.locked, lockNow);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Show navigation" />
            <Text fw={700} size="lg" truncate="end">
              {practiceName ?? 'Privacy Desk'}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" data-testid="signed-in-user">
              {session.user.fullName}
            </Text>
            <Badge variant="light" visibleFrom="xs">
              {ROLE_LABELS[session.user.role]}
            </Badge>
            <Button variant="default" size="sm" onClick={lockNow} aria-keyshortcuts="Control+L" title="Lock (Ctrl+L)">
              Lock
            </Button>
            <Button variant="subtle" color="gray" size="sm" onClick={() => leaveGuard.attempt(() => void signOut())}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        {navItemsFor(session.user.role).map((item) => {
          const active = location.pathname === item.path || location.pathname.startsWith(`${item.path}/`);
          return (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={(event: React.MouseEvent) => {
                nav.close();
                if (!leaveGuard.active()) return;
                event.preventDefault();
                leaveGuard.attempt(() => void navigate(item.path));
              }}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <StorageWarnings />
        <AppRoutes role={session.user.role} />
      </AppShell.Main>
    </AppShell>
  );
}
