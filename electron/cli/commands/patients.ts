// `privacy-desk patients add|search`: registering and finding patients from the command line, through the same
// dispatch (checks, PHI audit entry) as the front desk's screen. Each call is one audited PHI access.
import type { Patient } from '../../../shared/contract';
import { requireString, type Parsed } from '../args';
import { CommandFailure, signIn, type CliSession } from '../session';
import { UsageError } from '../usage';

type Output = Promise<{ text: string; json: unknown }>;

export const patientsAddOptions = {
  mrn: { type: 'string' },
  'first-name': { type: 'string' },
  'last-name': { type: 'string' },
  'date-of-birth': { type: 'string' },
} as const;

export const patientsSearchOptions = { query: { type: 'string' }, limit: { type: 'string' } } as const;

/** The contract's largest page of search results. */
const MAX_LIMIT = 200;

const line = (p: Patient): string =>
  `${p.mrn.padEnd(16)} ${`${p.lastName}, ${p.firstName}`.padEnd(40)} born ${p.dateOfBirth}${p.active ? '' : '  (inactive)'}`;

const withSession = async <T>(parsed: Parsed, fn: (cli: CliSession) => Promise<T>): Promise<T> => {
  const cli = await signIn(parsed.global);
  try {
    return await fn(cli);
  } finally {
    await cli.core.close();
  }
};

export const runPatientsAdd = async (parsed: Parsed): Output => {
  const { options } = parsed;
  const input = {
    mrn: requireString(options, 'mrn'),
    firstName: requireString(options, 'first-name'),
    lastName: requireString(options, 'last-name'),
    dateOfBirth: requireString(options, 'date-of-birth'),
  };
  return withSession(parsed, async (cli) => {
    let patient: Patient;
    try {
      patient = await cli.call('patients.create', input);
    } catch (err) {
      // The contract's refusal as it is (CONFLICT, patients.mrnTaken), its message naming the MRN typed, so a
      // script adding many patients says which one was already registered.
      if (err instanceof CommandFailure && err.error.rule === 'patients.mrnTaken')
        throw new CommandFailure({
          ...err.error,
          message: `Another patient already has the MRN ${input.mrn.trim()}: nothing was added.`,
        });
      throw err;
    }
    return {
      text: `Added patient ${patient.firstName} ${patient.lastName}, MRN ${patient.mrn}, born ${patient.dateOfBirth}.`,
      json: patient,
    };
  });
};

export const runPatientsSearch = (parsed: Parsed): Output => {
  const query = requireString(parsed.options, 'query');
  const given = parsed.options.limit as string | undefined;
  if (given !== undefined && !(/^\d+$/.test(given) && Number(given) >= 1 && Number(given) <= MAX_LIMIT))
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const limit = given === undefined ? 50 : Number(given);
  return withSession(parsed, async (cli) => {
    const patients = await cli.call('patients.search', { query, limit });
    return {
      text: patients.length === 0 ? `No patient matches "${query.trim()}".` : patients.map(line).join('\n'),
      json: patients,
    };
  });
};
