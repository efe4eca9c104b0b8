// Routes of the signed-in app. Settings is routed for administrators (every page) and privacy officers (the audit
// log only, which the contract lets them read); others are sent to the front desk.
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

export function AppRoutes({ role }: { role: Role }) {
  const isAdmin = role === 'admin';
  return (
    <Routes>
      <Route index element={<Navigate to="/front-desk" replace />} />
      <Route path="front-desk" element={<FrontDeskPage />} />
      <Route path="patients" element={<PatientsPage />} />
      <Route path="notices/*" element={<NoticesPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="reports" element={<ReportsPage />} />
      {isAdmin && (
        <Route path="settings" element={<SettingsPage role={role} />}>
          <Route index element={<Navigate to="practice" replace />} />
          <Route path="practice" element={<PracticeSettings />} />
          <Route path="security" element={<SecuritySettings />} />
          <Route path="users" element={<UsersSettings />} />
          <Route path="audit" element={<AuditLogSettings />} />
        </Route>
      )}
      {role === 'privacy_officer' && (
        <Route path="settings" element={<SettingsPage role={role} />}>
          <Route path="audit" element={<AuditLogSettings />} />
          <Route path="*" element={<Navigate to="/settings/audit" replace />} />
          <Route index element={<Navigate to="audit" replace />} />
        </Route>
      )}
      <Route path="*" element={<Navigate to="/front-desk" replace />} />
    </Routes>
  );
}
