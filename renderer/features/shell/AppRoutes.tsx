// Routes of the signed-in app. Settings routes only the tabs the role may open (screens.ts, from the contract's
// access): administrators every tab, privacy officers the audit log; other paths lead to the front desk.
import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Role } from '../../../shared/contract/define';
import { FrontDeskPage } from '../front-desk/FrontDeskPage';
import { NoticesPage } from '../notices/NoticesPage';
import { PatientsPage } from '../patients/PatientsPage';
import { ReportsPage } from '../reports/ReportsPage';
import { RequestsPage } from '../requests/RequestsPage';
import { AuditLogSettings } from '../settings/audit/AuditLogSettings';
import { PracticeSettings } from '../settings/PracticeSettings';
import { SecuritySettings } from '../settings/SecuritySettings';
import { SettingsPage } from '../settings/SettingsPage';
import { UsersSettings } from '../settings/users/UsersSettings';
import { settingsTabsFor, type SettingsTab } from './screens';

const TAB_PAGES: Readonly<Record<SettingsTab['value'], () => ReactElement>> = {
  practice: () => <PracticeSettings />,
  security: () => <SecuritySettings />,
  users: () => <UsersSettings />,
  audit: () => <AuditLogSettings />,
};

export function AppRoutes({ role }: { role: Role }) {
  const tabs = settingsTabsFor(role);
  const [first] = tabs;
  return (
    <Routes>
      <Route index element={<Navigate to="/front-desk" replace />} />
      <Route path="front-desk" element={<FrontDeskPage />} />
      <Route path="patients" element={<PatientsPage />} />
      <Route path="notices/*" element={<NoticesPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="reports" element={<ReportsPage />} />
      {first && (
        <Route path="settings" element={<SettingsPage tabs={tabs} />}>
          <Route index element={<Navigate to={first.value} replace />} />
          {tabs.map((t) => (
            <Route key={t.value} path={t.value} element={TAB_PAGES[t.value]()} />
          ))}
          <Route path="*" element={<Navigate to={`/settings/${first.value}`} replace />} />
        </Route>
      )}
      <Route path="*" element={<Navigate to="/front-desk" replace />} />
    </Routes>
  );
}
