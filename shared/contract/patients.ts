// Patients: the minimum record the acknowledgement and request areas hang off. Every method is PHI.
import { z } from 'zod';
import { FIELD_MESSAGES } from './field-messages';
import { ANY_ROLE, CalendarDate, Id, method } from './define';

export const NewPatient = z.object({
  mrn: z
    .string()
    .trim()
    .min(1, FIELD_MESSAGES.required)
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, FIELD_MESSAGES.mrnChars),
  firstName: z.string().trim().min(1, FIELD_MESSAGES.required).max(100),
  lastName: z.string().trim().min(1, FIELD_MESSAGES.required).max(100),
  dateOfBirth: CalendarDate,
});
export type NewPatient = z.input<typeof NewPatient>;

export const Patient = NewPatient.extend({ id: Id, active: z.boolean() });
export type Patient = z.infer<typeof Patient>;

/**
 * What a patient search matches on: the query without SQL LIKE wildcards (`%`, `_`), which names and MRNs never
 * contain, trimmed. A query with nothing left (`_`, `%`, `  %_ `) would match everyone, so it is refused.
 */
export const searchablePart = (query: string): string => query.replace(/[%_]/g, '').trim();

export const patientMethods = {
  'patients.create': method({
    input: NewPatient,
    output: Patient,
    access: ANY_ROLE,
    phi: true,
    rules: ['patients.mrnTaken'] as const,
  }),
  'patients.get': method({
    input: z.object({ id: Id }),
    output: Patient,
    access: ANY_ROLE,
    phi: true,
    rules: [] as const,
  }),
  'patients.search': method({
    input: z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(200) }),
    output: z.array(Patient),
    access: ANY_ROLE,
    phi: true,
    rules: ['patients.queryEmpty'] as const,
  }),
} as const;
