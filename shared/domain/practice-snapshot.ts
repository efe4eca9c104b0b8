// The practice details a notice prints, taken from the settings (frozen into a version when it is published).
import type { PracticeSnapshot } from '../contract/notice-content';
import type { Practice } from '../contract/practice';

export const formatAddress = (
  p: Pick<Practice, 'addressLine1' | 'addressLine2' | 'city' | 'state' | 'postalCode'>,
): string =>
  [p.addressLine1, p.addressLine2, `${p.city}, ${p.state} ${p.postalCode}`]
    .filter((part) => part.trim() !== '')
    .join(', ');

export const practiceSnapshot = (p: Practice): PracticeSnapshot => ({
  name: p.name,
  address: formatAddress(p),
  phone: p.phone,
  website: p.website,
  // The state decides the state-law addenda (state-addenda.ts), frozen with the version like the rest.
  state: p.state,
  privacyOfficer: { ...p.privacyOfficer },
  fundraises: p.fundraises,
  keepsPart2Records: p.keepsPart2Records,
});
