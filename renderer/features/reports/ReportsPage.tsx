// Reports area: placeholder until its screens are built.
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function ReportsPage() {
  return (
    <PlaceholderPage
      title="Reports"
      description="Acknowledgement rates, overdue requests and the monthly compliance review, ready to print."
    />
  );
}
