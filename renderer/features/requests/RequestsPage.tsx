// Requests area: placeholder until its screens are built.
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function RequestsPage() {
  const { t } = useTranslation('pages');
  return <PlaceholderPage title={t('requests.title')} description={t('requests.description')} />;
}
