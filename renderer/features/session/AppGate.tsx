// Chooses the screen for the current phase; when locked, the signed-in app stays mounted (inert) under the lock screen.
import { Center, Loader } from '@mantine/core';
import { SetupWizard } from '../setup/SetupWizard';
import { AppFrame } from '../shell/AppFrame';
import { LoginScreen } from '../start/LoginScreen';
import { UnavailableScreen } from '../start/UnavailableScreen';
import { UnsealScreen } from '../start/UnsealScreen';
import { LockScreen } from './LockScreen';
import { useSession } from './session-context';

export function AppGate() {
  const { phase } = useSession();
  switch (phase.kind) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader aria-label="Starting Privacy Desk" />
        </Center>
      );
    case 'unavailable':
      return <UnavailableScreen error={phase.error} />;
    case 'sealed':
      return <UnsealScreen />;
    case 'setup':
      return <SetupWizard />;
    case 'signedOut':
      return <LoginScreen practiceName={phase.practiceName} />;
    case 'signedIn':
      return (
        <>
          <div inert={phase.session.locked} aria-hidden={phase.session.locked || undefined}>
            <AppFrame />
          </div>
          {phase.session.locked && <LockScreen session={phase.session} />}
        </>
      );
  }
}
