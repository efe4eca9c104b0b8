// The lock screen, drawn over the signed-in app (which stays mounted underneath, inert): unlock or sign out.
// Sign out here keeps the locked user's unsaved work: the pending drafts go with `auth.logout`, which saves them
// before the session ends (shell/unsaved-work.ts).
import { Alert, Box, Button, FocusTrap, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract/users';
import type { AppError } from '../../../shared/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { hasUnsavedWork } from '../shell/unsaved-work';
import { useSession } from './session-context';
import { useInertOutside } from './use-inert-outside';

export function LockScreen({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('session');
  const { signedIn, signOut } = useSession();
  const unlock = useApiAction('auth.unlock');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<AppError | null>(null);
  const [keepsWork] = useState(hasUnsavedWork);
  const overlayRef = useRef<HTMLDivElement>(null);
  useInertOutside(overlayRef);

  // Put the user back where they were (e.g. the half-filled field) once unlocked.
  useEffect(() => {
    const previous = document.activeElement;
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const submit = async () => {
    setMissing(!password);
    if (!password) return;
    const result = await unlock.run({ password });
    setPassword('');
    if (result.ok) signedIn(result.value);
  };

  const leave = async () => {
    setSigningOut(true);
    setSignOutError(await signOut({ keepUnsavedWork: true }));
    setSigningOut(false);
  };

  return (
    <Box
      ref={overlayRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      pos="fixed"
      inset={0}
      style={{ zIndex: 1000, display: 'grid', placeItems: 'center', overflowY: 'auto' }}
      bg="gray.1"
    >
      <FocusTrap active>
        <Paper withBorder shadow="md" radius="md" p="xl" w={440} maw="calc(100vw - 32px)">
          <form onSubmit={submitHandler(submit)} noValidate aria-label={t('lock.formLabel')}>
            <Stack gap="md">
              <Title order={1} size="h3" id="lock-title">
                {t('lock.title', { name: session.user.fullName })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('lock.why', { minutes: session.idleLockMinutes })}
              </Text>
              {/* Only the locked user can be here, so "username or password" would be a needless riddle. */}
              {unlock.error?.rule === 'auth.invalidCredentials' ? (
                <Alert color="red" variant="light" title={t('lock.stillLocked')} data-testid="error-alert">
                  {t('lock.wrongPassword')}
                </Alert>
              ) : (
                <ErrorAlert error={unlock.error} title={t('lock.stillLocked')} />
              )}
              <ErrorAlert error={signOutError} />
              <PasswordInput
                label={t('lock.password')}
                autoComplete="current-password"
                data-autofocus
                required
                value={password}
                error={missing ? t('lock.enterPassword') : undefined}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              {keepsWork && (
                <Text size="sm" c="dimmed">
                  {t('lock.signOutKeeps')}
                </Text>
              )}
              <Group justify="space-between">
                <Button variant="subtle" color="gray" onClick={() => void leave()} loading={signingOut}>
                  {t('lock.signOut')}
                </Button>
                <Button type="submit" loading={unlock.pending}>
                  {t('lock.unlock')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </FocusTrap>
    </Box>
  );
}
