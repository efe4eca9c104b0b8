// The one sample practice every test uses (core, CLI, UI fakes, end-to-end wizard, PDF snapshots): a complete,
// schema-valid practice. Tests that need a variation spread it and override only the field they are about.
import type { Practice } from '../../shared/contract/practice';

export const PRACTICE: Practice = {
  name: 'Lakeview Family Medicine',
  addressLine1: '1200 N Lake Shore Dr',
  addressLine2: 'Suite 300',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60610',
  phone: '(312) 555-0142',
  website: 'https://lakeviewfm.example.org',
  timeZone: 'America/Chicago',
  privacyOfficer: {
    name: 'Dana Whitfield',
    title: 'Practice Manager',
    phone: '312-555-0143',
    email: 'privacy@lakeviewfm.example.org',
  },
  fundraises: false,
  keepsPart2Records: false,
};
