// Runs the privacy-desk CLI in-process and captures what it prints, as a user would see it.
import { vi } from 'vitest';
import { runCli } from '../../electron/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export const runCommand = async (...args: string[]): Promise<CliRun> => {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: await runCli(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
};

/** The arguments of `init` for the test practice's first administrator, secrets read from the named variables. */
export const initArgs = (db: string, practiceFile: string, passwordEnv: string, passphraseEnv: string): string[] => [
  '--db',
  db,
  'init',
  '--practice-file',
  practiceFile,
  '--admin-username',
  'admin',
  '--admin-name',
  'Alex Admin',
  '--admin-password-env',
  passwordEnv,
  '--passphrase-env',
  passphraseEnv,
];
