// `npm start` where no Electron runtime is installed (this machine): electron/launch.js builds, says it falls
// back to browser mode, prints the token URL last (and the next one once it is used), serves the app, and leaves
// nothing listening once stopped. Browser mode keeps its port from one start to the next while it is free.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TAB_FRAGMENT_KEY, TAB_HEADER } from '../../shared/web-door';

const URL_LINE = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=[A-Za-z0-9_-]+)/;
const NEXT_LINK_LINE = /For another tab or window, open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/;

/** Resolves with everything printed so far once a stdout line matches `pattern`; rejects on exit or timeout. */
const waitForLine = (child: ChildProcess, lines: string[], pattern: RegExp, timeoutMs: number): Promise<string> =>
  new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => done(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${lines.join('\n')}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (pattern.test(line)) done(null, line);
      }
    };
    const onExit = (code: number | null): void =>
      done(new Error(`launch.js exited (${code}) before printing ${pattern}:\n${lines.join('\n')}`));
    const done = (error: Error | null, line?: string): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(line ?? '');
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });

const isListening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const groupAlive = (pgid: number): boolean => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start without the Electron runtime', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-start-'));
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child?.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds, falls back to browser mode, serves the app at the printed token URL, and stops cleanly', async () => {
    const started = Date.now();
    // Its own process group, so the build, tsx and the server can all be stopped together.
    child = spawn(process.execPath, ['electron/launch.js', '--db', join(dir, 'x.db')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
    });
    const stderr: string[] = [];
    child.stderr?.on('data', (c: Buffer) => stderr.push(c.toString('utf8')));
    const lines: string[] = [];

    const fallback = await waitForLine(child, lines, /desktop window is not available/i, 90_000);
    // Everything before it is the build's own output (or "up to date"); then the fallback notice, calmly worded.
    expect(fallback).toBe(
      'Starting Privacy Desk in your web browser: the desktop window is not available on this computer.',
    );
    expect(lines.slice(0, -1).some((l) => URL_LINE.test(l))).toBe(false);

    const urlLine = await waitForLine(child, lines, URL_LINE, 30_000);
    const [, url = '', portText = ''] = URL_LINE.exec(urlLine) ?? [];
    const port = Number(portText);
    // The address comes last, alone on its line; the database and Ctrl+C come before it.
    expect(urlLine).toBe(url);
    const beforeUrl = lines.slice(lines.indexOf(fallback), -1).join('\n');
    expect(beforeUrl).toContain(join(dir, 'x.db'));
    expect(beforeUrl).toContain('Ctrl+C');

    // The token admits one tab, once: a 303 to / with the session cookie and the tab key, then the app's page.
    // Listening before the link is used: the terminal offers the next one (for another tab or window) right away.
    const nextLinePrinted = waitForLine(child, lines, NEXT_LINK_LINE, 30_000);
    const admitted = await fetch(url, { redirect: 'manual' });
    expect(admitted.status).toBe(303);
    const cookie = (admitted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^pd_session=/);
    const location = new URL(admitted.headers.get('location') ?? '/', url);
    const tabKey = new URLSearchParams(location.hash.slice(1)).get(TAB_FRAGMENT_KEY) ?? '';
    // The next link works; the spent one no longer does.
    const nextLine = await nextLinePrinted;
    const [, nextUrl = ''] = NEXT_LINK_LINE.exec(nextLine) ?? [];
    expect(nextUrl).not.toBe(url);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(403);
    expect((await fetch(nextUrl, { redirect: 'manual' })).status).toBe(303);
    const page = await fetch(location, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Privacy Desk</title>');
    expect(html).toContain('<div id="root">');
    const status = await fetch(`http://127.0.0.1:${port}/api/app.status`, {
      method: 'POST',
      headers: { cookie, [TAB_HEADER]: tabKey, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await status.json()).toMatchObject({ ok: true, value: { database: 'new', setupRequired: true } });

    const pid = child.pid as number;
    const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
    process.kill(-pid, 'SIGTERM');
    await exited;
    await expect.poll(() => groupAlive(pid), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => isListening(port), { timeout: 10_000 }).toBe(false);
    expect(stderr.join('')).not.toMatch(/Error/);
    console.info(`npm start → URL → stopped in ${Date.now() - started} ms`);
  });
});

describe('browser mode’s port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-port-'));
  const db = join(dir, 'pd.db');
  const running = new Set<ChildProcess>();
  afterAll(() => {
    for (const c of running) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs browser mode on `db` until it prints its address; returns the port and everything printed. */
  const start = async (): Promise<{ port: number; lines: string[]; stop: () => Promise<void> }> => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/web/start.ts', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const lines: string[] = [];
    const urlLine = await waitForLine(child, lines, URL_LINE, 60_000);
    const port = Number(URL_LINE.exec(urlLine)?.[2]);
    const stop = async (): Promise<void> => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      await expect.poll(() => isListening(port), { timeout: 10_000 }).toBe(false);
    };
    return { port, lines, stop };
  };

  it('is the same from one start to the next, remembered owner-only beside the database', async () => {
    const first = await start();
    await first.stop();
    const portFile = `${db}.web-port`;
    expect(readFileSync(portFile, 'utf8').trim()).toBe(String(first.port));
    if (process.platform !== 'win32') expect(statSync(portFile).mode & 0o777).toBe(0o600);

    const second = await start();
    expect(second.port).toBe(first.port);
    await second.stop();
  });

  it('falls back to another port when the usual one is taken, and returns to it once it is free', async () => {
    const usual = Number(readFileSync(`${db}.web-port`, 'utf8').trim());
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(usual, '127.0.0.1', resolve));
    try {
      const moved = await start();
      expect(moved.port).not.toBe(usual);
      expect(moved.lines.join('\n')).toContain(`The usual port ${usual} is in use by another program`);
      await moved.stop();
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
    const back = await start();
    expect(back.port).toBe(usual);
    await back.stop();
  });
});
