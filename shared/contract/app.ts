// Start-up: whether first-run setup is needed, and first-run setup itself.
import { z } from 'zod';
import { Empty, method } from './define';
import { Practice } from './practice';
import { FullName, Password, SessionInfo, Username } from './users';

export const AppStatus = z.object({
  setupRequired: z.boolean(),
  practiceName: z.string().nullable(),
  session: SessionInfo.nullable(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const SetupInput = z.object({
  practice: Practice,
  admin: z.object({ username: Username, fullName: FullName, password: Password }),
});
export type SetupInput = z.input<typeof SetupInput>;

export const appMethods = {
  'app.status': method({ input: Empty, output: AppStatus, access: 'public', phi: false }),
  /** Rules: setup.alreadyDone. Signs the new admin in. */
  'setup.initialize': method({ input: SetupInput, output: SessionInfo, access: 'public', phi: false }),
} as const;
