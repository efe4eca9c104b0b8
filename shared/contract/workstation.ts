// Several workstations, one practice: the enrolment file an administrator exports for another workstation, and
// joining with it (the server's settings themselves: server-settings.ts).
import { z } from 'zod';
import { AppStatus, Passphrase } from './app';
import { ADMINS, method } from './define';
import { FIELD_MESSAGES } from './field-messages';

/** An enrolment file's text, as read from disk (small JSON; the bound stops a wrong file being read whole). */
const EnrolmentText = z.string().min(1, FIELD_MESSAGES.required).max(200_000);

export const workstationMethods = {
  /**
   * Joins this workstation to the practice's server with an enrolment file (state `new` only). Nobody is signed
   * in afterwards: each person signs in with their own account, which already exists on the server.
   */
  'setup.enrol': method({
    input: z.object({ enrolment: EnrolmentText, passphrase: z.string().max(4096) }),
    output: AppStatus,
    access: 'public',
    phi: false,
    rules: ['setup.alreadyDone', 'enrol.notAnEnrolment', 'enrol.otherPractice', 'vault.wrongPassphrase'] as const,
  }),
  /**
   * The enrolment file for another workstation: the server's connection details, the practice id and the keys,
   * wrapped with the practice passphrase (which the administrator types again, so it is the real one).
   */
  'workstation.exportEnrolment': method({
    input: z.object({ passphrase: Passphrase }),
    output: z.object({ fileName: z.string(), content: z.string(), server: z.string() }),
    access: ADMINS,
    phi: false,
    rules: ['enrol.localDatabase', 'vault.wrongPassphrase'] as const,
  }),
} as const;
