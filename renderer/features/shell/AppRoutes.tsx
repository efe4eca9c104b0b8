// Routes of the signed-in app. Settings is only routed for administrators; others are sent to the front desk.
import { Navigate, Route, Routes } from 'react-router';
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

export function AppRoutes({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Routes>
      <Route index element={<Navigate to="/front-desk" replace />} />
      <Route path="front-desk" element={<FrontDeskPage />} />
      <Route path="patients" element={<PatientsPage />} />
      <Route path="notices" element={<NoticesPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="reports" element={<ReportsPage />} />
      {isAdmin && (
        <Route path="settings" element={<SettingsPage />}>
          <Route index element={<Navigate to="practice" replace />} />
          <Route path="practice" element={<PracticeSettings />} />
          <Route path="security" element={<SecuritySettings />} />
          <Route path="users" element={<UsersSettings />} />
          <Route path="audit" element={<AuditLogSettings />} />
        </Route>
      )}
      <Route path="*" element={<Navigate to="/front-desk" replace />} />
    </Routes>
  );
}
