// Browser mode: the built renderer and the same dispatch over HTTP on 127.0.0.1 only. The per-launch token in
// the printed link admits a browser tab (each visit gets its own session cookie); Host and Origin are checked on
// every API call.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, createAppProtocolHandler, securityHeaders } from '../platform/app-protocol';
import type { Core } from '../core/core-api';
import type { AppError, Result } from '../../shared/result';

const COOKIE = 'pd_session';
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebServer {
  server: Server;
  port: number;
  /** The URL to open: it carries the per-launch token. */
  url: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  /** Fixed in tests; random otherwise. */
  launchToken?: string;
  port?: number;
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const cookieOf = (req: IncomingMessage): string | null => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return null;
};

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>): void => {
  res.writeHead(status, securityHeaders('application/json; charset=utf-8'));
  res.end(JSON.stringify(result));
};

const refuse = (res: ServerResponse, status: number, error: AppError): void => sendResult(res, status, { ok: false, error });

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

export const startWebServer = async (options: WebServerOptions): Promise<WebServer> => {
  const launchToken = options.launchToken ?? randomBytes(24).toString('base64url');
  const sessions = new Set<string>();
  const serveFile = createAppProtocolHandler(options.rendererDir);
  let port = 0;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, cookie: string): Promise<void> => {
    // DNS rebinding and cross-site requests: the page must be ours, at exactly this host and port.
    if (req.headers.origin !== `http://127.0.0.1:${port}`) {
      refuse(res, 403, { code: 'FORBIDDEN', rule: 'http.badOrigin', message: 'Requests must come from the Privacy Desk page itself.' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 415, { code: 'VALIDATION', rule: 'http.contentType', message: 'Send the request body as application/json.' });
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
    sendResult(res, 200, await options.core.dispatch(`http:${cookie}`, method, input));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.headers.host !== `127.0.0.1:${port}`) {
      refuse(res, 421, { code: 'FORBIDDEN', rule: 'http.badHost', message: 'Open Privacy Desk at the 127.0.0.1 address it printed.' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const token = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && token !== null) {
      if (!sameSecret(token, launchToken)) {
        res.writeHead(403, securityHeaders('text/plain; charset=utf-8'));
        res.end('This link is from another launch of Privacy Desk. Use the link it printed most recently.');
        return;
      }
      const session = randomBytes(24).toString('base64url');
      sessions.add(session);
      res.writeHead(303, { ...securityHeaders('text/plain; charset=utf-8'), Location: '/', 'Set-Cookie': `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/` });
      res.end();
      return;
    }
    const cookie = cookieOf(req);
    if (cookie === null || !sessions.has(cookie)) {
      if (url.pathname.startsWith('/api/')) {
        refuse(res, 401, { code: 'FORBIDDEN', rule: 'http.noSession', message: 'Open Privacy Desk with the link it printed at start-up.' });
      } else {
        res.writeHead(401, securityHeaders('text/plain; charset=utf-8'));
        res.end('Open Privacy Desk with the link it printed at start-up (it contains the access token of this launch).');
      }
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        refuse(res, 405, { code: 'VALIDATION', rule: 'http.method', message: 'API calls use POST.' });
        return;
      }
      await handleApi(req, res, cookie);
      return;
    }
    // Static files go through the same resolver and CSP as the desktop app's app:// scheme.
    const response = await serveFile(new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method ?? 'GET' }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, { code: 'INTERNAL', message: 'Browser mode could not answer this request.' });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${launchToken}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
