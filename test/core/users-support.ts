// For tests about something else than first sign-in: passwords an administrator sets (users.create, users.resetPassword)
// count as the users' own, so those users are not held at the change-password step (auth.mustChangePassword).
// A temporary trigger on this harness's connection only: nothing is stored in the file, and a reopen drops it.
// test/core/accounts.test.ts covers the real rule.
import type { Harness } from '../support/core-harness';

export const treatAdminSetPasswordsAsOwn = (h: Harness): void => {
  h.core.env.store.open.raw.exec(`
    CREATE TEMP TRIGGER IF NOT EXISTS test_own_password_insert AFTER INSERT ON main.users
      WHEN NEW.must_change_password = 1
      BEGIN UPDATE main.users SET must_change_password = 0 WHERE id = NEW.id; END;
    CREATE TEMP TRIGGER IF NOT EXISTS test_own_password_update AFTER UPDATE OF must_change_password ON main.users
      WHEN NEW.must_change_password = 1
      BEGIN UPDATE main.users SET must_change_password = 0 WHERE id = NEW.id; END;
  `);
};
