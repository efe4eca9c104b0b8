// Patients area: placeholder until its screens are built.
import { PlaceholderPage } from '../../components/PlaceholderPage';

export function PatientsPage() {
  return (
    <PlaceholderPage
      title="Patients"
      description="Search, add and import patients, and see each patient's acknowledgements and requests."
    />
  );
}
