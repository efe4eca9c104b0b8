// The lock screen, drawn over the signed-in app (which stays mounted underneath, inert): unlock or sign out.
import { Box, Button, FocusTrap, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { SessionInfo } from '../../../shared/contract/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from './session-context';
import { useInertOutside } from './use-inert-outside';
import { submitHandler } from '../../components/submit-handler';

export function LockScreen({ session }: { session: SessionInfo }) {
  const { signedIn, signOut } = useSession();
  const unlock = useApiAction('auth.unlock');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
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
    await signOut();
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
        <Paper withBorder shadow="md" radius="md" p="xl" w={420} maw="calc(100vw - 32px)">
          <form onSubmit={submitHandler(submit)} noValidate aria-label="Unlock">
            <Stack gap="md">
              <Title order={1} size="h3" id="lock-title">
                Locked — {session.user.fullName}
              </Title>
              <Text size="sm" c="dimmed">
                Privacy Desk locked to protect patient information. Enter your password to continue where you left off.
              </Text>
              <ErrorAlert error={unlock.error} title="Still locked" />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                data-autofocus
                required
                value={password}
                error={missing ? 'Enter your password' : undefined}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Group justify="space-between">
                <Button variant="subtle" color="gray" onClick={() => void leave()} loading={signingOut}>
                  Sign out
                </Button>
                <Button type="submit" loading={unlock.pending}>
                  Unlock
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </FocusTrap>
    </Box>
  );
}
