// The practice's PostgreSQL server as first-run setup names it. The rule that a connection leaving this computer
// must be encrypted with the server's certificate checked lives here once: server-url.ts applies it to a typed
// --db address, this schema to the setup screen's fields.
import { z } from 'zod';
import { FIELD_MESSAGES } from './field-messages';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** This computer itself: the only place a connection may go unencrypted. */
export const isLoopbackHost = (host: string): boolean =>
  LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** How the connection is protected: TLS with the certificate and host name checked, or none (loopback only). */
export const ServerTls = z.enum(['verify-full', 'disable']);
export type ServerTls = z.infer<typeof ServerTls>;

const Name = (max: number) => z.string().trim().min(1, FIELD_MESSAGES.required).max(max);

/** The practice's server as first-run setup asks for it. The password goes to the key vault, never to a file. */
export const ServerSettings = z
  .object({
    host: Name(253).regex(/^[A-Za-z0-9.:[\]-]+$/, FIELD_MESSAGES.serverHost),
    port: z.number().int().min(1, FIELD_MESSAGES.portRange).max(65_535, FIELD_MESSAGES.portRange),
    database: Name(63),
    user: Name(63),
    password: z.string().max(1024).optional(),
    tls: ServerTls,
    /** The certificate authority that signed the server's certificate (PEM), when it is not a public one. */
    ca: z.string().max(65_536).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.tls !== 'verify-full' && !isLoopbackHost(s.host))
      ctx.addIssue({ code: 'custom', path: ['tls'], message: FIELD_MESSAGES.serverTlsRequired });
  });
export type ServerSettings = z.input<typeof ServerSettings>;
