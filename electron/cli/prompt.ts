// Secrets for the CLI: from an environment variable named by a flag, or typed at a hidden terminal prompt.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from './usage';

const promptHidden = (question: string): Promise<string> =>
  new Promise((resolve) => {
    let muted = false;
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });

/** Reads a secret: `--<flag>-env VAR` names an environment variable; otherwise a prompt, if there is a terminal. */
export const readSecret = async (envVar: string | undefined, flag: string, question: string): Promise<string> => {
  if (envVar !== undefined) {
    const value = process.env[envVar];
    if (value === undefined || value === '')
      throw new UsageError(`The environment variable ${envVar} (from --${flag}) is not set.`);
    return value;
  }
  if (!process.stdin.isTTY)
    throw new UsageError(`No terminal to ask for it: pass --${flag} VAR naming an environment variable.`);
  return promptHidden(question);
};
