// Sign in with username and password (`auth.login`); shown when the database is open and nobody is signed in.
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiAction } from '../../hooks/use-api-action';
import { useSession } from '../session/session-context';
import { submitHandler } from '../../components/submit-handler';

export function LoginScreen({ practiceName }: { practiceName: string | null }) {
  const { signedIn } = useSession();
  const login = useApiAction('auth.login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});

  const submit = async () => {
    const gaps = {
      ...(username.trim() ? {} : { username: 'Enter your username' }),
      ...(password ? {} : { password: 'Enter your password' }),
    };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    const result = await login.run({ username: username.trim(), password });
    if (result.ok) signedIn(result.value);
    // Never keep a rejected password in the field.
    else setPassword('');
  };

  return (
    <CenteredPage title="Sign in" subtitle={practiceName ?? undefined}>
      <form onSubmit={submitHandler(submit)} noValidate aria-label="Sign in">
        <Stack gap="md">
          <ErrorAlert error={login.error} title="Could not sign in" />
          <TextInput
            label="Username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            error={missing.username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            error={missing.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.pending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
