// Which screens a role sees: each screen names the contract methods it needs and is shown when the contract's
// `access` lets the role call every one of them (canCall), so the UI never keeps its own copy of the role rules.
// Each role's home (where it lands after sign-in) is derived the same way: the first area in HOME_ORDER whose
// `homeNeeds` the role may call.
import { canCall, type MethodName } from '../../../shared/contract/index';
import type { Role } from '../../../shared/contract/define';

export interface Screen {
  /** The methods the screen cannot work without; a placeholder area needs none yet. */
  needs: readonly MethodName[];
}

export interface NavItem extends Screen {
  path: string;
  /** Key in the shell catalog (`nav.*`). */
  labelKey: `nav.${'frontDesk' | 'patients' | 'notices' | 'requests' | 'reports' | 'settings'}`;
}

export interface SettingsTab extends Screen {
  value: 'practice' | 'security' | 'users' | 'audit' | 'workstations' | 'account';
  /** Key in the shell catalog: `t(\`shell:${tab.labelKey}\`)`. */
  labelKey: `settingsTabs.${SettingsTab['value']}`;
}

export const mayOpen = (role: Role, screen: Screen): boolean => screen.needs.every((m) => canCall(role, m));

/**
 * Settings › tabs in order. The practice details are readable by all but changed here: administrators change
 * everything, the privacy officer only the officer's contact details that print in the notice. My account is
 * everyone's (language, own password).
 */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  { value: 'practice', labelKey: 'settingsTabs.practice', needs: ['practice.updatePrivacyOfficer'] },
  { value: 'security', labelKey: 'settingsTabs.security', needs: ['settings.get', 'settings.update'] },
  {
    value: 'users',
    labelKey: 'settingsTabs.users',
    needs: ['users.list', 'users.create', 'users.setActive', 'users.resetPassword'],
  },
  { value: 'audit', labelKey: 'settingsTabs.audit', needs: ['audit.list', 'audit.verify'] },
  { value: 'workstations', labelKey: 'settingsTabs.workstations', needs: ['workstation.exportEnrolment'] },
  { value: 'account', labelKey: 'settingsTabs.account', needs: ['account.setLanguage', 'auth.changePassword'] },
];

export const settingsTabsFor = (role: Role): SettingsTab[] => SETTINGS_TABS.filter((t) => mayOpen(role, t));

/** The areas in the navbar, in front-desk order. Settings shows when at least one of its tabs does. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/front-desk', labelKey: 'nav.frontDesk', needs: [] },
  { path: '/patients', labelKey: 'nav.patients', needs: [] },
  { path: '/notices', labelKey: 'nav.notices', needs: ['notices.list'] },
  { path: '/requests', labelKey: 'nav.requests', needs: [] },
  { path: '/reports', labelKey: 'nav.reports', needs: [] },
];

const SETTINGS_ITEM: NavItem = { path: '/settings', labelKey: 'nav.settings', needs: [] };

export const navItemsFor = (role: Role): NavItem[] => {
  const items = NAV_ITEMS.filter((item) => mayOpen(role, item));
  return settingsTabsFor(role).length > 0 ? [...items, SETTINGS_ITEM] : items;
};

/**
 * Where each kind of work starts: whoever may manage accounts starts in Settings (administrators), whoever may
 * start a notice draft in Notices (the privacy officer), everyone else at the Front desk. First match wins.
 */
const HOME_ORDER: readonly { path: string; homeNeeds: readonly MethodName[] }[] = [
  { path: '/settings', homeNeeds: ['users.create'] },
  { path: '/notices', homeNeeds: ['notices.createDraft'] },
  { path: '/front-desk', homeNeeds: [] },
];

/** The role's home: the first area of HOME_ORDER it may call the methods of and also sees in its navbar. */
export const homeFor = (role: Role): string => {
  const visible = new Set(navItemsFor(role).map((i) => i.path));
  const home = HOME_ORDER.find((h) => visible.has(h.path) && h.homeNeeds.every((m) => canCall(role, m)));
  return home?.path ?? '/front-desk';
};

/** Notices: versions, drafts and comparison are the work of those who may start a draft; others get the list. */
export const managesNotices = (role: Role): boolean => canCall(role, 'notices.createDraft');
