// The areas in the navbar, in front-desk order; Settings is for administrators (privacy officers see its audit log).
import type { Role } from '../../../shared/contract/define';

export interface NavItem {
  path: string;
  label: string;
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/front-desk', label: 'Front desk' },
  { path: '/patients', label: 'Patients' },
  { path: '/notices', label: 'Notices' },
  { path: '/requests', label: 'Requests' },
  { path: '/reports', label: 'Reports' },
  { path: '/settings', label: 'Settings', roles: ['admin', 'privacy_officer'] },
];

export const navItemsFor = (role: Role): NavItem[] => NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
