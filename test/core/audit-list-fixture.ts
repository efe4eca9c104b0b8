// Shared by the audit list and export tests: a set-up practice with a front-desk user and a privacy officer who
// have each chosen their own password, and a patient, all made through dispatch.
import type { AuditEntry } from '../../shared/contract/audit';
import { auditSentence } from '../../shared/contract/audit';
import { auditWords } from '../../electron/core/audit/words';
import { openHarness, type Harness } from '../support/core-harness';

export const PASSWORD = 'audit-list-password-7';

/** An administrator-made account, signed in under `key` with its own password (as the first sign-in requires). */
export const addUser = async (
  h: Harness,
  key: string,
  user: { username: string; fullName: string; role: 'front_desk' | 'privacy_officer' | 'admin' },
): Promise<number> => {
  const first = `${user.username}-first-password-1`;
  const made = await h.value('users.create', { ...user, password: first });
  await h.value('auth.login', { username: user.username, password: first }, key);
  await h.value('auth.changePassword', { currentPassword: first, newPassword: PASSWORD }, key);
  return made.id;
};

export const MARIA = 'test:audit:maria';
export const ANA = 'test:audit:ana';

export interface Practice {
  h: Harness;
  mariaId: number;
  anaId: number;
  janeId: number;
}

export const openPractice = async (): Promise<Practice> => {
  const h = await openHarness({ setup: true });
  const mariaId = await addUser(h, MARIA, { username: 'maria', fullName: 'Maria Lopez', role: 'front_desk' });
  const anaId = await addUser(h, ANA, { username: 'ana', fullName: 'Ana Ruiz', role: 'privacy_officer' });
  const jane = await h.value('patients.create', {
    mrn: 'A-1006',
    firstName: 'Jane',
    lastName: 'Doe',
    dateOfBirth: '1980-04-02',
  });
  return { h, mariaId, anaId, janeId: jane.id };
};

export const english = (e: AuditEntry): string => auditSentence(e, auditWords('en'));
export const spanish = (e: AuditEntry): string => auditSentence(e, auditWords('es'));
