// Patients area: placeholder until its screens are built.
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function PatientsPage() {
  const { t } = useTranslation('pages');
  return <PlaceholderPage title={t('patients.title')} description={t('patients.description')} />;
}
