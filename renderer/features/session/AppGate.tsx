// Chooses the screen for the current phase; when locked, the signed-in app stays mounted (inert) under the lock screen.
// The setup wizard and the signed-in app are separate chunks (React.lazy): the sign-in screen loads neither.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLoader } from '../../components/ScreenLoader';
import { LoginScreen } from '../start/LoginScreen';
import { UnavailableScreen } from '../start/UnavailableScreen';
import { UnsealScreen } from '../start/UnsealScreen';
import { LockScreen } from './LockScreen';
import { useSession } from './session-context';

const AppFrame = lazy(() => import('../shell/AppFrame').then((m) => ({ default: m.AppFrame })));
const SetupWizard = lazy(() => import('../setup/SetupWizard').then((m) => ({ default: m.SetupWizard })));
// A password an administrator set is replaced before anything else (the core refuses the rest: auth.mustChangePassword).
const ChangePasswordScreen = lazy(() =>
  import('../settings/account/ChangePasswordScreen').then((m) => ({ default: m.ChangePasswordScreen })),
);

export function AppGate() {
  const { t } = useTranslation('start');
  const { phase } = useSession();
  const loading = <ScreenLoader label={t('loading')} fullPage />;
  switch (phase.kind) {
    case 'loading':
      return loading;
    case 'unavailable':
      return <UnavailableScreen error={phase.error} />;
    case 'sealed':
      return <UnsealScreen />;
    case 'setup':
      return (
        <Suspense fallback={loading}>
          <SetupWizard />
        </Suspense>
      );
    case 'signedOut':
      return <LoginScreen practiceName={phase.practiceName} />;
    case 'signedIn':
      if (phase.session.mustChangePassword && !phase.session.locked)
        return (
          <Suspense fallback={loading}>
            <ChangePasswordScreen />
          </Suspense>
        );
      return (
        <>
          <div inert={phase.session.locked} aria-hidden={phase.session.locked || undefined}>
            <Suspense fallback={loading}>
              <AppFrame />
            </Suspense>
          </div>
          {phase.session.locked && <LockScreen session={phase.session} />}
        </>
      );
  }
}
