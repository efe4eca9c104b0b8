// Which screens a role sees: each screen names the contract methods it needs and is shown when the contract's
// `access` lets the role call every one of them (canCall), so the UI never keeps its own copy of the role rules.
import { canCall, type MethodName } from '../../../shared/contract/index';
import type { Role } from '../../../shared/contract/define';

export interface Screen {
  /** The methods the screen cannot work without; a placeholder area needs none yet. */
  needs: readonly MethodName[];
}

export interface NavItem extends Screen {
  path: string;
  label: string;
}

export interface SettingsTab extends Screen {
  value: 'practice' | 'security' | 'users' | 'audit';
  label: string;
}

export const mayOpen = (role: Role, screen: Screen): boolean => screen.needs.every((m) => canCall(role, m));

/** Settings › tabs in order; the practice details are readable by all but only changed here. */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  { value: 'practice', label: 'Practice', needs: ['practice.update'] },
  { value: 'security', label: 'Security', needs: ['settings.get', 'settings.update'] },
  { value: 'users', label: 'Users', needs: ['users.list', 'users.create', 'users.setActive', 'users.resetPassword'] },
  { value: 'audit', label: 'Audit log', needs: ['audit.list', 'audit.verify'] },
];

export const settingsTabsFor = (role: Role): SettingsTab[] => SETTINGS_TABS.filter((t) => mayOpen(role, t));

/** The areas in the navbar, in front-desk order. Settings shows when at least one of its tabs does. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/front-desk', label: 'Front desk', needs: [] },
  { path: '/patients', label: 'Patients', needs: [] },
  { path: '/notices', label: 'Notices', needs: ['notices.list'] },
  { path: '/requests', label: 'Requests', needs: [] },
  { path: '/reports', label: 'Reports', needs: [] },
];

export const navItemsFor = (role: Role): NavItem[] => {
  const items = NAV_ITEMS.filter((item) => mayOpen(role, item));
  return settingsTabsFor(role).length > 0 ? [...items, { path: '/settings', label: 'Settings', needs: [] }] : items;
};

/** Notices: versions, drafts and comparison are the work of those who may start a draft; others get the list. */
export const managesNotices = (role: Role): boolean => canCall(role, 'notices.createDraft');
