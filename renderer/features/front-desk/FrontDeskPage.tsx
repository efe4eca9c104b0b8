// Front desk area: placeholder until its screens are built.
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function FrontDeskPage() {
  return (
    <PlaceholderPage
      title="Front desk"
      description="Look up a patient as they check in, see whether they have acknowledged the current notice, and record it in a few keystrokes."
    />
  );
}
