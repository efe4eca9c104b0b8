// The screen map reads the contract's access: each role sees the navbar areas and Settings tabs whose methods it
// may call, so opening or closing a method to a role in the contract moves the screens with it.
import { describe, expect, it } from 'vitest';
import { canCall, contract, METHOD_NAMES, ROLES, type Role } from '../../shared/contract';
import {
  homeFor,
  managesNotices,
  mayOpen,
  NAV_ITEMS,
  navItemsFor,
  SETTINGS_TABS,
  settingsTabsFor,
} from '../../renderer/features/shell/screens';

const AREAS = ['nav.frontDesk', 'nav.patients', 'nav.notices', 'nav.requests', 'nav.reports'];

describe('the screens each role sees', () => {
  it.each<[Role, string[], string[], boolean]>([
    ['front_desk', [...AREAS, 'nav.settings'], ['settingsTabs.account'], false],
    [
      'privacy_officer',
      [...AREAS, 'nav.settings'],
      ['settingsTabs.practice', 'settingsTabs.audit', 'settingsTabs.account'],
      true,
    ],
    [
      'admin',
      [...AREAS, 'nav.settings'],
      [
        'settingsTabs.practice',
        'settingsTabs.security',
        'settingsTabs.users',
        'settingsTabs.audit',
        'settingsTabs.workstations',
        'settingsTabs.account',
      ],
      true,
    ],
  ])('%s: navbar, Settings tabs, managing notices', (role, nav, tabs, manages) => {
    expect(navItemsFor(role).map((i) => i.labelKey)).toEqual(nav);
    expect(settingsTabsFor(role).map((t) => t.labelKey)).toEqual(tabs);
    expect(managesNotices(role)).toBe(manages);
  });

  it('shows a screen exactly when the contract lets the role call every method it needs', () => {
    for (const screen of [...NAV_ITEMS, ...SETTINGS_TABS]) {
      for (const m of screen.needs) expect(METHOD_NAMES, m).toContain(m);
      for (const role of ROLES) {
        const allowed = screen.needs.every((m) => {
          const { access } = contract[m];
          return typeof access === 'string' || access.includes(role);
        });
        expect(mayOpen(role, screen), `${role} ${screen.labelKey}`).toBe(allowed);
      }
    }
  });
});

describe('each role’s home', () => {
  it('sends front desk to Front desk, the privacy officer to Notices and administrators to Settings', () => {
    expect(homeFor('front_desk')).toBe('/front-desk');
    expect(homeFor('privacy_officer')).toBe('/notices');
    expect(homeFor('admin')).toBe('/settings');
  });

  it('is always an area the role sees in its navbar', () => {
    for (const role of ROLES) expect(navItemsFor(role).map((i) => i.path)).toContain(homeFor(role));
  });
});

describe('canCall', () => {
  it('follows each method’s access for every role', () => {
    expect(canCall('front_desk', 'users.list')).toBe(false);
    expect(canCall('privacy_officer', 'users.resetPassword')).toBe(false);
    expect(canCall('privacy_officer', 'audit.verify')).toBe(true);
    expect(canCall('front_desk', 'notices.publish')).toBe(false);
    expect(canCall('front_desk', 'patients.search')).toBe(true);
    // Session-only methods (sign out, lock) are open to every signed-in role.
    for (const role of ROLES) expect(canCall(role, 'auth.logout')).toBe(true);
  });
});
