// Browser mode's port, kept beside the database (`<db>.web-port`, owner-only) so the address stays the same from
// one start to the next and can be bookmarked.
import { readFileSync } from 'node:fs';
import { replaceFileAtomically } from '../core/private-files';

export const webPortPath = (dbPath: string): string => `${dbPath}.web-port`;

/** The port the last start used, or null when there is none (first start, or an unreadable or odd file). */
export const readWebPort = (dbPath: string): number | null => {
  let text: string;
  try {
    text = readFileSync(webPortPath(dbPath), 'utf8').trim();
  } catch {
    return null;
  }
  const port = Number(text);
  return /^\d+$/.test(text) && port >= 1024 && port <= 65_535 ? port : null;
};

/** Remembers the port for next time; a failure only costs the same address next time, so it is not fatal. */
export const saveWebPort = async (dbPath: string, port: number): Promise<void> => {
  await replaceFileAtomically(webPortPath(dbPath), `${port}\n`).catch((error: unknown) => {
    console.warn(
      `Could not remember port ${port} for next time (${(error as Error).message}); the next start may use another address.`,
    );
  });
};
