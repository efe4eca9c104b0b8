// Shown right after a sign-in with a password an administrator set (SessionInfo.mustChangePassword): the user
// chooses their own before anything else, since the core refuses every other call until then
// (auth.mustChangePassword). They may also sign out instead.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../../../components/CenteredPage';
import { useSession, useSignedIn } from '../../session/session-context';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordScreen() {
  const { t } = useTranslation('settings');
  const { session } = useSignedIn();
  const { signOut } = useSession();
  return (
    <CenteredPage title={t('mustChange.title')} width={520}>
      <Stack gap="md">
        <Text size="sm">{t('mustChange.intro', { name: session.user.fullName })}</Text>
        <ChangePasswordForm submitLabel={t('mustChange.submit')} onChanged={() => undefined} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={() => void signOut()}>
            {t('mustChange.signOut')}
          </Button>
        </Group>
      </Stack>
    </CenteredPage>
  );
}
