// Sign in with username and password (`auth.login`); shown when the database is open and nobody is signed in.
// The language picker here is this computer's choice (kept in localStorage), applied at once, before anyone signs in.
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ComputerLanguageSelect } from '../../components/ComputerLanguageSelect';
import { submitHandler } from '../../components/submit-handler';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from '../session/session-context';

export function LoginScreen({ practiceName }: { practiceName: string | null }) {
  const { t } = useTranslation('start');
  const { signedIn } = useSession();
  const login = useApiAction('auth.login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const { pathname } = useLocation();
  const navigate = useNavigate();

  // Whoever signs in next starts on their own role's home, never on the page the previous user left open.
  useEffect(() => {
    if (pathname !== '/') void navigate('/', { replace: true });
  }, [pathname, navigate]);

  const submit = async () => {
    const gaps = { username: !username.trim(), password: !password };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    const result = await login.run({ username: username.trim(), password });
    if (result.ok) signedIn(result.value);
    // Never keep a rejected password in the field.
    else setPassword('');
  };

  return (
    <CenteredPage title={t('signIn.title')} subtitle={practiceName ?? undefined}>
      <form onSubmit={submitHandler(submit)} noValidate aria-label={t('signIn.formLabel')}>
        <Stack gap="md">
          <ErrorAlert error={login.error} title={t('signIn.failed')} />
          <TextInput
            label={t('signIn.username')}
            autoComplete="username"
            autoFocus
            required
            value={username}
            error={missing.username ? t('signIn.enterUsername') : undefined}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            error={missing.password ? t('signIn.enterPassword') : undefined}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.pending}>
            {t('signIn.submit')}
          </Button>
          <Group justify="flex-end">
            <ComputerLanguageSelect label={t('signIn.language')} />
          </Group>
        </Stack>
      </form>
    </CenteredPage>
  );
}
