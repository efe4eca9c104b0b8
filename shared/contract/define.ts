// The shape of one contract method and the roles that may call it.
// Every door (IPC, HTTP, CLI) and the renderer's client are derived from these definitions.
import { z } from 'zod';
import { FIELD_MESSAGES } from './field-messages';

export const ROLES = ['front_desk', 'privacy_officer', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Who may call a method:
 * - `public`: no session (status, setup, login);
 * - `session`: any signed-in user, even while the session is idle-locked (unlock, logout);
 * - a role list: a signed-in, unlocked user with one of these roles.
 */
export type Access = 'public' | 'session' | readonly Role[];

export interface MethodDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  R extends readonly string[] = readonly string[],
> {
  input: I;
  output: O;
  access: Access;
  /** Reads or changes PHI: exactly one audit entry per call, in the call's transaction. */
  phi: boolean;
  /**
   * The rule codes (`AppError.rule`) this method's own handler can refuse with, written `[...] as const`.
   * Codes any call can meet (session, role, database state, the doors) are in GLOBAL_RULES instead.
   */
  rules: R;
}

export const method = <I extends z.ZodType, O extends z.ZodType, const R extends readonly string[]>(
  def: MethodDef<I, O, R>,
): MethodDef<I, O, R> => def;

export const ANY_ROLE: readonly Role[] = ROLES;
export const MANAGERS: readonly Role[] = ['privacy_officer', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];

export const Empty = z.object({}).strict();
export const Done = z.object({ done: z.literal(true) });

/** Calendar date `YYYY-MM-DD` that really exists (no 2025-02-30). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, FIELD_MESSAGES.dateFormat)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, FIELD_MESSAGES.dateReal);

/** An instant as full ISO-8601 with offset. */
export const Instant = z.iso.datetime({ offset: true });

export const Id = z.number().int().positive();
