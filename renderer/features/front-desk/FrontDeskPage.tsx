// Front desk area: placeholder until its screens are built.
import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function FrontDeskPage() {
  const { t } = useTranslation('pages');
  return <PlaceholderPage title={t('frontDesk.title')} description={t('frontDesk.description')} />;
}
