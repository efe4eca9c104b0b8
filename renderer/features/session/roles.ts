// Plain names for the contract's roles, used in the header, the users table and the role picker.
import { ROLES, type Role } from '../../../shared/contract/define';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  front_desk: 'Front desk',
  privacy_officer: 'Privacy officer',
  admin: 'Administrator',
};

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
