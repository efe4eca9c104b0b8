// The signed-in frame: a skip link, header (practice, user, language, Lock, Sign out), navbar of areas, routed
// content; runs the idle lock. Leaving through the navbar or Sign out asks first when the screen has unsaved work
// (leave-guard); closing or reloading the window asks through unsaved-work.ts.
import { Anchor, AppShell, Badge, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useIdleLock } from '../../hooks/use-idle-lock';
import { isUiLanguage, type UiLanguage } from '../../i18n/language';
import { useOwnLanguage } from '../settings/account/use-own-language';
import { useSession, useSignedIn } from '../session/session-context';
import { AppRoutes } from './AppRoutes';
import { LeaveGuardProvider, useLeaveGuard } from './leave-guard';
import { navItemsFor } from './screens';
import { StorageWarnings } from './StorageWarnings';
import { useLockShortcut } from './use-lock-shortcut';

/** The id the skip link leads to: the frame's main region. */
export const MAIN_CONTENT_ID = 'main-content';
/**
 * A screen whose work starts deeper than its heading marks that element with this attribute (the notice editor:
 * its first field), and the skip link goes there instead.
 */
export const SKIP_TARGET_ATTRIBUTE = 'data-skip-target';

export function AppFrame() {
  return (
    <LeaveGuardProvider>
      <Frame />
    </LeaveGuardProvider>
  );
}

function Frame() {
  const { t, i18n } = useTranslation(['shell', 'common', 'users']);
  const { session, practiceName } = useSignedIn();
  const { lockNow, signOut } = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const leaveGuard = useLeaveGuard();
  const ownLanguage = useOwnLanguage();

  useIdleLock({ minutes: session.idleLockMinutes, enabled: !session.locked, onIdle: lockNow });
  useLockShortcut(!session.locked, lockNow);

  const chooseLanguage = (language: UiLanguage) => {
    // Switch at once; the saved choice (the user's profile, on every workstation) follows.
    void i18n.changeLanguage(language);
    void ownLanguage.choose(language);
  };

  const skipToContent = (event: React.MouseEvent) => {
    event.preventDefault();
    // The hash router owns the URL fragment, so the link moves focus itself instead of following `#main-content`.
    const main = document.getElementById(MAIN_CONTENT_ID);
    const target = main?.querySelector<HTMLElement>(`[${SKIP_TARGET_ATTRIBUTE}]`) ?? main;
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <SkipLink label={t('skipLink')} onClick={skipToContent} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.showNavigation')}
            />
            <Text fw={700} size="lg" truncate="end">
              {practiceName ?? t('common:appName')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" data-testid="signed-in-user">
              {session.user.fullName}
            </Text>
            <Badge variant="light" visibleFrom="xs">
              {t(`users:roles.${session.user.role}`)}
            </Badge>
            <LanguageSelect value={isUiLanguage(i18n.language) ? i18n.language : 'en'} onChange={chooseLanguage} />
            <Button
              variant="default"
              size="sm"
              onClick={lockNow}
              aria-keyshortcuts="Control+L"
              title={t('header.lockTitle')}
            >
              {t('header.lock')}
            </Button>
            <Button variant="subtle" color="gray" size="sm" onClick={() => leaveGuard.attempt(() => void signOut())}>
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {navItemsFor(session.user.role).map((item) => {
          const active = location.pathname === item.path || location.pathname.startsWith(`${item.path}/`);
          return (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={t(item.labelKey)}
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
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <StorageWarnings />
        <AppRoutes role={session.user.role} />
      </AppShell.Main>
    </AppShell>
  );
}

/** The first focusable element of the frame: off-screen until focused (styles.css is not ours, so inline). */
function SkipLink({ label, onClick }: { label: string; onClick: (event: React.MouseEvent) => void }) {
  const [shown, setShown] = useState(false);
  return (
    <Anchor
      href={`#${MAIN_CONTENT_ID}`}
      onClick={onClick}
      onFocus={() => setShown(true)}
      onBlur={() => setShown(false)}
      data-testid="skip-link"
      fw={600}
      p="xs"
      bg="var(--mantine-color-body)"
      style={{
        position: 'fixed',
        left: 8,
        top: shown ? 8 : -100,
        zIndex: 1000,
        borderRadius: 4,
        boxShadow: 'var(--mantine-shadow-md)',
      }}
    >
      {label}
    </Anchor>
  );
}
