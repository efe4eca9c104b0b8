// Notices area: the versions list, a version (editor for drafts), and the compare view. Only managers
// (privacy officers, administrators) open versions and compare; the front desk sees the list and the PDFs.
import { Navigate, Route, Routes } from 'react-router';
import { MANAGERS } from '../../../shared/contract/define';
import { useSignedIn } from '../session/session-context';
import { CompareView } from './CompareView';
import { VersionPage } from './VersionPage';
import { VersionsList } from './VersionsList';

export function NoticesPage() {
  const { session } = useSignedIn();
  const canManage = MANAGERS.includes(session.user.role);
  return (
    <Routes>
      <Route index element={<VersionsList canManage={canManage} />} />
      {canManage && <Route path="compare" element={<CompareView />} />}
      {canManage && <Route path=":id" element={<VersionPage />} />}
      <Route path="*" element={<Navigate to="/notices" replace />} />
    </Routes>
  );
}
