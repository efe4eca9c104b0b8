// `privacy-desk audit verify|list|export|print`: checks the audit log's HMAC chain and names every entry that
// fails; lists entries in words under the same filters as the screen; writes the filtered entries as CSV or PDF.
import { rename, writeFile } from 'node:fs/promises';
import {
  AuditFilter,
  auditSentence,
  LANGUAGES,
  type AuditEntry,
  type AuditReport,
  type Language,
} from '../../../shared/contract';
import { auditWords } from '../../core/audit/words';
import { requireString, userPath, type Parsed } from '../args';
import { CommandFailure, signIn, type CliSession } from '../session';
import { UsageError } from '../usage';

type Output = Promise<{ text: string; json: unknown }>;

export const runAuditVerify = async ({ global }: Parsed): Output => {
  const cli = await signIn(global);
  let report: AuditReport;
  try {
    report = await cli.call('audit.verify', {});
  } finally {
    await cli.core.close();
  }
  if (!report.ok) {
    const detail = report.problems.map((p) => `  entry ${p.seq}: ${p.message}`).join('\n');
    throw new CommandFailure({
      code: 'RULE',
      rule: 'audit.chainBroken',
      message: `Audit log FAILED verification: ${report.problems.length} problem(s) in ${report.entries} entries.\n${detail}`,
    });
  }
  return {
    text: `Audit log OK: ${report.entries} entries, head ${report.head ? `${report.head.seq} ${report.head.mac.slice(0, 16)}…` : '(empty)'}.`,
    json: report,
  };
};

const FILTER_OPTIONS = {
  'by-user': { type: 'string' },
  action: { type: 'string' },
  mrn: { type: 'string' },
  record: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  lang: { type: 'string' },
} as const;

export const auditListOptions = { ...FILTER_OPTIONS, limit: { type: 'string' }, before: { type: 'string' } } as const;
export const auditFileOptions = { ...FILTER_OPTIONS, out: { type: 'string' } } as const;

const str = (options: Parsed['options'], name: string): string | undefined => {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
};

/** The filter flags as the screen's filter: `--by-user`, `--action`, `--mrn` or `--record TYPE[:ID]`, `--from`, `--to`. */
const filterOf = (options: Parsed['options']): AuditFilter => {
  const record = str(options, 'record');
  const mrn = str(options, 'mrn');
  if (record !== undefined && mrn !== undefined) throw new UsageError('Use --mrn or --record, not both.');
  const [entity = '', id] = (record ?? '').split(':');
  const raw = {
    user: str(options, 'by-user'),
    action: str(options, 'action'),
    record:
      mrn !== undefined
        ? { kind: 'patient', mrn }
        : record === undefined
          ? undefined
          : entity === 'user' && id !== undefined
            ? { kind: 'user', username: id }
            : { kind: 'entity', entity, id },
    from: str(options, 'from'),
    to: str(options, 'to'),
  };
  const parsed = AuditFilter.safeParse(JSON.parse(JSON.stringify(raw)));
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues
        .map((i) => `--${i.path[0] === 'user' ? 'by-user' : String(i.path[0])}: ${i.message}`)
        .join('; '),
    );
  return parsed.data;
};

const languageOf = (options: Parsed['options']): Language => {
  const lang = str(options, 'lang') ?? 'en';
  const found = LANGUAGES.find((l) => l === lang);
  if (found === undefined) throw new UsageError(`--lang must be one of: ${LANGUAGES.join(', ')}.`);
  return found;
};

const withSession = async <T>(parsed: Parsed, fn: (cli: CliSession) => Promise<T>): Promise<T> => {
  const cli = await signIn(parsed.global);
  try {
    return await fn(cli);
  } finally {
    await cli.core.close();
  }
};

const line = (e: AuditEntry, language: Language): string =>
  `${String(e.seq).padStart(7)}  ${e.at}  ${auditSentence(e, auditWords(language))}`;

export const runAuditList = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const language = languageOf(parsed.options);
    const limit = Number(str(parsed.options, 'limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be 1 to 500.');
    const before = str(parsed.options, 'before');
    if (before !== undefined && !/^[1-9]\d*$/.test(before)) throw new UsageError('--before must be an entry number.');
    const page = await cli.call('audit.list', {
      limit,
      beforeSeq: before === undefined ? null : Number(before),
      afterSeq: null,
      filter: filterOf(parsed.options),
    });
    const last = page.entries.at(-1);
    const more = page.older && last ? `\n(older entries: --before ${last.seq})` : '';
    return {
      text:
        page.entries.length === 0 ? 'No entries match.' : page.entries.map((e) => line(e, language)).join('\n') + more,
      json: page,
    };
  });

const writeAtomically = async (path: string, data: Buffer): Promise<void> => {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
};

export const runAuditExport = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const out = userPath(requireString(parsed.options, 'out'));
    const file = await cli.call('audit.export', {
      language: languageOf(parsed.options),
      filter: filterOf(parsed.options),
    });
    await writeAtomically(out, Buffer.from(file.csvBase64, 'base64'));
    return {
      text: `Wrote ${out} (${file.rows} entr${file.rows === 1 ? 'y' : 'ies'}).`,
      json: { out, rows: file.rows, fileName: file.fileName },
    };
  });

export const runAuditPrint = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const out = userPath(requireString(parsed.options, 'out'));
    const file = await cli.call('audit.print', {
      language: languageOf(parsed.options),
      filter: filterOf(parsed.options),
    });
    await writeAtomically(out, Buffer.from(file.pdfBase64, 'base64'));
    return {
      text: `Wrote ${out} (${file.rows} entr${file.rows === 1 ? 'y' : 'ies'}, ${file.pages} page${file.pages === 1 ? '' : 's'}).`,
      json: { out, rows: file.rows, pages: file.pages, fileName: file.fileName },
    };
  });
