// Browser mode: the built renderer and the same dispatch over HTTP on 127.0.0.1 only. The one-time launch token in
// the printed link admits one tab: it gets a session cookie and its own tab key (door-keys.ts), and every API call
// needs both. Host and Origin are checked on every call, and the server bounds slow and surplus connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core-api';
import { APP_ORIGIN, createStaticFileHandler, securityHeaders } from '../core/static-files';
import type { AppError, Result } from '../../shared/result';
import { LIVE_CHANGES_PATH } from '../../shared/live-changes';
import { KEY_RENEWING_METHODS, TAB_FRAGMENT_KEY, TAB_HEADER } from '../../shared/web-door';
import { createCompressor } from './compression';
import { DoorKeys, keyOf, sessionKeyOf, type Tab } from './door-keys';
import { LiveStreams } from './live-stream';

const COOKIE = 'pd_session';
const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerLimits {
  /** Time a client has to send a whole request, headers and body (not the time we take to answer). */
  requestTimeoutMs: number;
  /** Time a client has to send the headers; also how long a connection may sit idle before its first request. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are closed at once. A browser opens about 6 per tab. */
  maxConnections: number;
}

/** Generous for one practice on one computer, short enough that held-open connections do not pile up. */
export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 32,
};

export interface WebServer {
  server: Server;
  port: number;
  /** The URL to open: it carries the current one-time launch token, so it changes after each use. */
  readonly url: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  /** Fixed in tests; random otherwise. Only the first link: each use mints the next. */
  launchToken?: string;
  port?: number;
  /** Shorter in tests. */
  limits?: Partial<ServerLimits>;
  /** Told the next link each time one is used, so the terminal can show it for another tab or window. */
  onLaunchTokenUsed?: (nextUrl: string) => void;
}

const cookiesOf = (req: IncomingMessage): string[] => {
  const values: string[] = [];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) values.push(rest.join('='));
  }
  return values;
};

const cookieHeader = (value: string): string => `${COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/`;

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>): void => {
  res.writeHead(status, securityHeaders('application/json; charset=utf-8'));
  res.end(JSON.stringify(result));
};

const refuse = (res: ServerResponse, status: number, error: AppError): void =>
  sendResult(res, status, { ok: false, error });

const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, securityHeaders('text/plain; charset=utf-8'));
  res.end(text);
};

const readBody = (req: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        // Stop keeping the body but let it drain, so the 413 reaches the client instead of a reset socket.
        req.off('data', onData);
        req.resume();
        resolve(null);
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const OPEN_NEWEST_LINK =
  'Open the newest link Privacy Desk printed in its terminal window (the line "For another tab or window, open: …").';

export const startWebServer = async (options: WebServerOptions): Promise<WebServer> => {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const keys = new DoorKeys(options.launchToken);
  const serveFile = createStaticFileHandler(options.rendererDir, undefined, { revalidate: true });
  const compress = createCompressor();
  let port = 0;
  const launchUrl = (): string => `http://127.0.0.1:${port}/?token=${keys.token}`;
  // Changes other workstations commit, streamed to each tab (one subscription to the core for all of them).
  const streams = new LiveStreams(options.core);

  /** DNS rebinding and cross-site requests: the page must be ours, at exactly this host and port. */
  const refusedOrigin = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.headers.origin === `http://127.0.0.1:${port}`) return false;
    refuse(res, 403, {
      code: 'FORBIDDEN',
      rule: 'http.badOrigin',
      message: 'Requests must come from the Privacy Desk page itself.',
    });
    return true;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, tab: Tab): Promise<void> => {
    if (refusedOrigin(req, res)) return;
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 415, {
        code: 'VALIDATION',
        rule: 'http.contentType',
        message: 'Send the request body as application/json.',
      });
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      res.setHeader('Connection', 'close');
      refuse(res, 413, { code: 'VALIDATION', rule: 'http.tooLarge', message: 'The request is larger than 1 MiB.' });
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      refuse(res, 400, { code: 'VALIDATION', rule: 'http.badJson', message: 'The request body is not valid JSON.' });
      return;
    }
    let method: string;
    try {
      method = decodeURIComponent((req.url ?? '').slice('/api/'.length).split('?')[0] ?? '');
    } catch {
      method = ''; // a malformed %-escape: answered as an unknown method
    }
    const result = await options.core.dispatch(sessionKeyOf(tab), method, input);
    if (result.ok && KEY_RENEWING_METHODS.includes(method)) {
      // Session fixation: whatever cookie and key the tab had before signing in, unlocking or setting up stop
      // working now. The session moves to the new key; the browser's other tabs move to the new cookie.
      const cookie = keys.renewCookie(tab.cookie);
      const renewed = keys.renewTab(tab);
      options.core.renameSession(sessionKeyOf(tab), sessionKeyOf(renewed));
      streams.endTab(tab.id);
      res.setHeader('Set-Cookie', cookieHeader(cookie));
      res.setHeader(TAB_HEADER, keyOf(renewed));
    }
    sendResult(res, 200, result);
  };

  /** `GET /?token=…`: spends the token, then redirects to a URL without it that hands the tab its key. */
  const admit = (res: ServerResponse, token: string, cookie: string | null): void => {
    if (!keys.spendToken(token)) {
      sendText(
        res,
        403,
        `This link has been used already, or is from another launch of Privacy Desk. ${OPEN_NEWEST_LINK}`,
      );
      return;
    }
    options.onLaunchTokenUsed?.(launchUrl());
    // A fresh cookie every time; a browser that already had one keeps its other tabs working on the new one.
    const fresh = keys.renewCookie(cookie !== null && keys.isCookie(cookie) ? cookie : null);
    const tab = keys.openTab(fresh);
    // The key travels in the fragment, which browsers never send to a server; the page moves it to sessionStorage.
    res.writeHead(303, {
      ...securityHeaders('text/plain; charset=utf-8'),
      Location: `/#${TAB_FRAGMENT_KEY}=${keyOf(tab)}`,
      'Set-Cookie': cookieHeader(fresh),
    });
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.headers.host !== `127.0.0.1:${port}`) {
      refuse(res, 421, {
        code: 'FORBIDDEN',
        rule: 'http.badHost',
        message: 'Open Privacy Desk at the 127.0.0.1 address it printed.',
      });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isApi = url.pathname.startsWith('/api/');
    const cookies = cookiesOf(req);
    // Cookie tossing: a page on another port can add a second pd_session; which one the browser sends first is up
    // to it. Never guess.
    if (cookies.length > 1) {
      const message =
        'The browser sent two Privacy Desk session cookies; another page on this computer may have set one. Close Privacy Desk tabs, clear this browser’s cookies for 127.0.0.1, then open the newest link Privacy Desk printed.';
      if (isApi) refuse(res, 400, { code: 'FORBIDDEN', rule: 'http.twoSessionCookies', message });
      else sendText(res, 400, message);
      return;
    }
    const cookie = cookies[0] ?? null;
    const token = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && token !== null) {
      admit(res, token, cookie);
      return;
    }
    if (cookie === null || !keys.isCookie(cookie)) {
      if (isApi) {
        refuse(res, 401, {
          code: 'FORBIDDEN',
          rule: 'http.noSession',
          message: `This browser is not signed in to this launch of Privacy Desk. ${OPEN_NEWEST_LINK}`,
        });
      } else {
        sendText(res, 401, `This browser has not been let in to this launch of Privacy Desk. ${OPEN_NEWEST_LINK}`);
      }
      return;
    }
    if (isApi) {
      // The cookie alone is not enough: any page on 127.0.0.1, whatever its port, receives it.
      const tab = keys.tabFor(req.headers[TAB_HEADER.toLowerCase()] as string | undefined, cookie);
      if (!tab) {
        refuse(res, 401, {
          code: 'FORBIDDEN',
          rule: 'http.noTabSecret',
          message: `This tab has no valid Privacy Desk tab key. ${OPEN_NEWEST_LINK}`,
        });
        return;
      }
      if (req.method !== 'POST') {
        refuse(res, 405, { code: 'VALIDATION', rule: 'http.method', message: 'API calls use POST.' });
        return;
      }
      if (url.pathname === LIVE_CHANGES_PATH) {
        if (!refusedOrigin(req, res)) streams.serve(req, res, tab.id);
        return;
      }
      await handleApi(req, res, tab);
      return;
    }
    // Static files go through the same resolver and CSP as the desktop app's app:// scheme.
    const ifNoneMatch = req.headers['if-none-match'];
    const response = await serveFile(
      new Request(`${APP_ORIGIN}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
      }),
    );
    const headers = Object.fromEntries(response.headers);
    const answer = await compress(
      Buffer.from(await response.arrayBuffer()),
      headers,
      response.status === 200 ? req.headers['accept-encoding'] : undefined,
    );
    res.writeHead(response.status, headers);
    res.end(answer);
  };

  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node looks for overdue requests on this interval (30 s by default, which would stretch every timeout).
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent)
          refuse(res, 500, { code: 'INTERNAL', message: 'Browser mode could not answer this request.' });
        else res.end();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A taken port (EADDRINUSE) rejects, so the caller can fall back to another one.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: unknown) => {
    streams.close(); // this server never ran: its subscription to the core goes too
    throw error;
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    get url() {
      return launchUrl();
    },
    close: () => {
      streams.close(); // open streams would keep server.close() waiting for ever
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
