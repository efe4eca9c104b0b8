// What --db accepts as the practice's PostgreSQL server (electron/core/db/server-url.ts, paths.ts): loopback may
// go plain, any other host only with TLS and the server's certificate verified; no password in the address; and
// this workstation's own files for the server sit in the per-user folder, one set per server and database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isServerUrl, parseServerUrl, ServerUrlError } from '../../electron/core/db/server-url';
import { resolveDatabase } from '../../electron/core/paths';

const dir = mkdtempSync(join(tmpdir(), 'pd-server-url-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (url: string): string => {
  try {
    parseServerUrl(url);
  } catch (err) {
    if (err instanceof ServerUrlError) return err.message;
    throw err;
  }
  throw new Error(`${url} was accepted`);
};

describe('the server address', () => {
  it('takes a loopback server without TLS, on the default port and user', () => {
    expect(parseServerUrl('postgres://127.0.0.1/practice')).toEqual({
      host: '127.0.0.1',
      port: 5432,
      database: 'practice',
      user: 'postgres',
      tls: null,
    });
    expect(parseServerUrl('postgresql://pd@localhost:6543/pd').port).toBe(6543);
  });

  it('verifies the certificate of any other host, by default and when asked, with the CA file it names', () => {
    expect(parseServerUrl('postgres://pd@db.clinic.lan/practice').tls).toEqual({
      rejectUnauthorized: true,
      servername: 'db.clinic.lan',
    });
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(parseServerUrl(`postgres://pd@10.0.0.5/practice?sslmode=verify-full&sslrootcert=${ca}`).tls).toMatchObject({
      rejectUnauthorized: true,
      ca: expect.stringContaining('BEGIN CERTIFICATE'),
    });
  });

  it('refuses a plain or unverified connection to another computer', () => {
    for (const mode of ['disable', 'require', 'prefer', 'verify-ca'])
      expect(refusal(`postgres://pd@db.clinic.lan/practice?sslmode=${mode}`)).toContain(
        'A connection to db.clinic.lan must be encrypted',
      );
  });

  it('refuses a password in the address without repeating it, a missing database, a missing CA file', () => {
    const message = refusal('postgres://pd:hunter2@localhost/practice');
    expect(message).toContain('Leave the password out of the database address');
    expect(message).not.toContain('hunter2');
    expect(refusal('postgres://pd@localhost/')).toContain('names no database');
    expect(refusal(`postgres://pd@db.clinic.lan/p?sslrootcert=${join(dir, 'missing.pem')}`)).toContain(
      'cannot be read (ENOENT)',
    );
  });

  it('tells a server from a file, and keeps this workstation’s files for each server in the per-user folder', () => {
    expect(isServerUrl('postgres://x/y')).toBe(true);
    expect(isServerUrl('./postgres.db')).toBe(false);
    const userData = join(dir, 'user-data');
    expect(resolveDatabase(['--db', 'postgres://pd@localhost:6543/practice'], {}, userData)).toEqual({
      dbPath: join(userData, 'servers', 'localhost-6543-practice'),
      server: expect.objectContaining({ host: 'localhost', port: 6543, database: 'practice' }),
    });
    expect(resolveDatabase([], { PRIVACY_DESK_DB: join(dir, 'a.db') }, userData)).toEqual({
      dbPath: join(dir, 'a.db'),
      server: null,
    });
  });
});
