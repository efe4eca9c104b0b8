// Notices area: the versions list, a version (editor for drafts), and the compare view. Only those who may start
// a draft (managesNotices, from the contract) open versions and compare; the others see the list and the PDFs.
import { Navigate, Route, Routes } from 'react-router';
import { useSignedIn } from '../session/session-context';
import { managesNotices } from '../shell/screens';
import { CompareView } from './CompareView';
import { VersionPage } from './VersionPage';
import { VersionsList } from './VersionsList';

export function NoticesPage() {
  const { session } = useSignedIn();
  const canManage = managesNotices(session.user.role);
  return (
    <Routes>
      <Route index element={<VersionsList canManage={canManage} />} />
      {canManage && <Route path="compare" element={<CompareView />} />}
      {canManage && <Route path=":id" element={<VersionPage />} />}
      <Route path="*" element={<Navigate to="/notices" replace />} />
    </Routes>
  );
}
