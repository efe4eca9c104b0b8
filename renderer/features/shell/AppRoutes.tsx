// Routes of the signed-in app. Settings routes only the tabs the role may open (screens.ts, from the contract's
// access): administrators every tab, privacy officers the audit log; other paths lead to the role's home.
// Each area is its own chunk (React.lazy), so signing in loads none of them and opening one loads only it.
import { lazy, Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { Role } from '../../../shared/contract/define';
import { ScreenLoader } from '../../components/ScreenLoader';
import { homeFor, settingsTabsFor, type SettingsTab } from './screens';

const FrontDeskPage = lazy(() => import('../front-desk/FrontDeskPage').then((m) => ({ default: m.FrontDeskPage })));
const PatientsPage = lazy(() => import('../patients/PatientsPage').then((m) => ({ default: m.PatientsPage })));
const NoticesPage = lazy(() => import('../notices/NoticesPage').then((m) => ({ default: m.NoticesPage })));
const RequestsPage = lazy(() => import('../requests/RequestsPage').then((m) => ({ default: m.RequestsPage })));
const ReportsPage = lazy(() => import('../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const PracticeSettings = lazy(() =>
  import('../settings/PracticeSettings').then((m) => ({ default: m.PracticeSettings })),
);
const SecuritySettings = lazy(() =>
  import('../settings/SecuritySettings').then((m) => ({ default: m.SecuritySettings })),
);
const UsersSettings = lazy(() => import('../settings/users/UsersSettings').then((m) => ({ default: m.UsersSettings })));
const AuditLogSettings = lazy(() =>
  import('../settings/audit/AuditLogSettings').then((m) => ({ default: m.AuditLogSettings })),
);
const AccountSettings = lazy(() =>
  import('../settings/account/AccountSettings').then((m) => ({ default: m.AccountSettings })),
);
const WorkstationsSettings = lazy(() =>
  import('../settings/workstations/WorkstationsSettings').then((m) => ({ default: m.WorkstationsSettings })),
);
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

const TAB_PAGES: Readonly<Record<SettingsTab['value'], () => ReactElement>> = {
  practice: () => <PracticeSettings />,
  security: () => <SecuritySettings />,
  users: () => <UsersSettings />,
  audit: () => <AuditLogSettings />,
  workstations: () => <WorkstationsSettings />,
  account: () => <AccountSettings />,
};

export function AppRoutes({ role }: { role: Role }) {
  const { t } = useTranslation('shell');
  const tabs = settingsTabsFor(role);
  const [first] = tabs;
  const home = homeFor(role);
  return (
    <Suspense fallback={<ScreenLoader label={t('loadingScreen')} />}>
      <Routes>
        <Route index element={<Navigate to={home} replace />} />
        <Route path="front-desk" element={<FrontDeskPage />} />
        <Route path="patients" element={<PatientsPage />} />
        <Route path="notices/*" element={<NoticesPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        {first && (
          <Route path="settings" element={<SettingsPage tabs={tabs} />}>
            <Route index element={<Navigate to={first.value} replace />} />
            {tabs.map((tab) => (
              <Route
                key={tab.value}
                path={tab.value}
                // Its own boundary, so the heading and tabs stay while a tab's chunk loads.
                element={
                  <Suspense fallback={<ScreenLoader label={t('loadingScreen')} />}>{TAB_PAGES[tab.value]()}</Suspense>
                }
              />
            ))}
            <Route path="*" element={<Navigate to={`/settings/${first.value}`} replace />} />
          </Route>
        )}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </Suspense>
  );
}
