// Requests area: placeholder until its screens are built.
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function RequestsPage() {
  return (
    <PlaceholderPage
      title="Requests"
      description="Track patients' rights requests (access, amendment, restrictions, accounting of disclosures) against their legal deadlines."
    />
  );
}
