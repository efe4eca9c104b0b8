// Reports area: placeholder until its screens are built.
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function ReportsPage() {
  const { t } = useTranslation('pages');
  return <PlaceholderPage title={t('reports.title')} description={t('reports.description')} />;
}
