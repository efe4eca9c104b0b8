// Notices area: placeholder until its screens are built.
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function NoticesPage() {
  return (
    <PlaceholderPage
      title="Notices"
      description="Draft, review and publish versions of the Notice of Privacy Practices, and print the full, summary and large-print editions."
    />
  );
}
