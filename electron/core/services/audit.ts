// Reading, exporting, printing and verifying the audit log. Listing reads a keyset page under the filters and
// looks up today's names; export and print write the filtered entries to a file in the reader's language and are
// themselves audited (what they held: the row count and the filters by id), as verification is.
import { readSnapshot } from '../db/transaction';
import {
  AUDIT_EXPORT_MAX,
  AUDIT_PRINT_MAX,
  auditSentence,
  type AuditEntry,
  type AuditFilter,
} from '../../../shared/contract/audit';
import type { Language } from '../../../shared/contract/notice-content';
import { localDate } from '../../../shared/domain/dates';
import { readAnchor } from '../audit/anchor';
import { verifyChain } from '../audit/chain';
import { csvFile } from '../audit/csv';
import { localDateTime } from '../audit/days';
import { headProblems, readDbHead } from '../audit/head';
import { allRows, anyBeyond, pageRows, resolveFilter, withNames, type ResolvedFilter } from '../audit/query';
import { auditWords, type AuditWords } from '../audit/words';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { Refusal, signedIn, type HandlerContext, type HandlerMap } from '../handlers';
import { renderAuditPdf } from '../pdf/audit-log';
import { readPractice } from './settings-store';

const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const practiceOf = async (db: Kysely<DB>): Promise<{ name: string; timeZone: string }> => {
  const practice = await readPractice(db);
  return { name: practice?.name ?? '', timeZone: practice?.timeZone ?? 'UTC' };
};

const tooLarge = (limit: number): Refusal =>
  new Refusal({
    code: 'RULE',
    rule: 'audit.exportTooLarge',
    message: `More than ${limit.toLocaleString('en-US')} entries match. Narrow the filters (a shorter date range, one user or one action) and try again.`,
    params: { limit },
  });

/** What an export or print entry records in its entity id: the row count and the filters, by code and id only. */
const exportSummary = (filter: AuditFilter, f: ResolvedFilter, rows: number): string => {
  const parts = [`rows=${rows}`];
  if (filter.user !== undefined) parts.push(`user=${f.actorId ?? 'none'}`);
  if (filter.action !== undefined) parts.push(`action=${filter.action}`);
  const r = filter.record;
  if (r?.kind === 'patient') parts.push(`patient=${f.patientId ?? 'none'}`);
  if (r?.kind === 'user') parts.push(`record=user:${f.entityId ?? 'none'}`);
  if (r?.kind === 'entity') parts.push(`record=${r.entity}${r.id === undefined ? '' : `:${r.id}`}`);
  if (filter.from !== undefined) parts.push(`from=${filter.from}`);
  if (filter.to !== undefined) parts.push(`to=${filter.to}`);
  return parts.join(';');
};

/** The filters in words, for the top of the printed page and the screen's reader. */
const filterWords = (filter: AuditFilter, words: AuditWords): string => {
  const parts: string[] = [];
  if (filter.user !== undefined) parts.push(words('summary.user', { user: filter.user }));
  if (filter.action !== undefined) parts.push(words('summary.action', { action: filter.action }));
  const r = filter.record;
  if (r?.kind === 'patient') parts.push(words('summary.patient', { mrn: r.mrn }));
  if (r?.kind === 'user') parts.push(words('summary.recordUser', { username: r.username }));
  if (r?.kind === 'entity') parts.push(words('summary.record', { entity: r.entity, id: r.id ?? '' }).trim());
  if (filter.from !== undefined) parts.push(words('summary.from', { date: filter.from }));
  if (filter.to !== undefined) parts.push(words('summary.to', { date: filter.to }));
  return parts.length === 0 ? words('noFilters') : parts.join(', ');
};

interface Gathered {
  entries: AuditEntry[];
  resolved: ResolvedFilter;
  practice: { name: string; timeZone: string };
  words: AuditWords;
  by: string;
}

/** The filtered entries for a file, or the refusal when there are more than `max`. */
const gather = async (
  ctx: HandlerContext<'audit.export' | 'audit.print'>,
  max: number,
): Promise<Gathered | Refusal> => {
  const db = ctx.env.store.open.kysely;
  const practice = await practiceOf(db);
  const resolved = await resolveFilter(db, ctx.input.filter, practice.timeZone);
  const rows = await allRows(db, resolved, max);
  if (rows.length > max) return tooLarge(max);
  const me = signedIn(ctx).user;
  const current = await db.selectFrom('users').select('full_name').where('id', '=', me.id).executeTakeFirst();
  return {
    entries: await withNames(db, rows),
    resolved,
    practice,
    words: auditWords(ctx.input.language),
    by: current?.full_name ?? me.username,
  };
};

export const auditHandlers: Pick<HandlerMap, 'audit.verify' | 'audit.list' | 'audit.export' | 'audit.print'> = {
  'audit.verify': async (ctx) => {
    const { store } = ctx.env;
    const { kysely, keys, witness } = store.open;
    await witness.settled();
    // The file before the database snapshot: it only ever copies committed heads, so it cannot be ahead of it.
    const file = await readAnchor(store.dbPath);
    const { rows, head } = await readSnapshot(kysely, async (trx) => ({
      rows: await trx.selectFrom('audit_log').selectAll().orderBy('seq').execute(),
      head: await readDbHead(trx),
    }));
    const chain = verifyChain(keys.auditKey, rows);
    const macs = new Map(rows.map((r) => [r.seq, r.mac]));
    const heads = headProblems(keys.auditKey, chain.head, (seq) => macs.get(seq), { database: head, file });
    const report = { ...chain, ok: chain.ok && heads.length === 0, problems: [...chain.problems, ...heads] };
    await ctx.tx((t) =>
      t.audit({ action: 'audit.verify', entity: 'audit_log', entityId: report.ok ? 'ok' : 'failed' }),
    );
    return report;
  },

  'audit.list': async (ctx) => {
    const { limit, beforeSeq, afterSeq, filter } = ctx.input;
    const db = ctx.env.store.open.kysely;
    // One read snapshot: the page and its "more" checks agree even while other windows append.
    return readSnapshot(db, async (trx) => {
      const { timeZone } = await practiceOf(trx);
      const resolved = await resolveFilter(trx, filter, timeZone);
      const found = await pageRows(trx, resolved, { limit, beforeSeq, afterSeq });
      const more = found.length > limit;
      const page = found.slice(0, limit);
      if (afterSeq !== null) page.reverse(); // read oldest first above afterSeq; shown newest first
      const newest = page[0]?.seq;
      const oldest = page.at(-1)?.seq;
      const older = afterSeq !== null ? await anyBeyond(trx, resolved, '<', oldest ?? afterSeq + 1) : more;
      const newer =
        afterSeq !== null ? more : beforeSeq !== null && (await anyBeyond(trx, resolved, '>', newest ?? beforeSeq - 1));
      return { entries: await withNames(trx, page), older, newer };
    });
  },

  'audit.export': async (ctx) => {
    const got = await gather(ctx, AUDIT_EXPORT_MAX);
    if (got instanceof Refusal) return got;
    const { entries, words, practice } = got;
    const format = (key: string, values?: Record<string, string | number>) => words(key, values);
    const c = (key: string) => words(`file.columns.${key}`);
    const csv = csvFile(
      [
        c('seq'),
        c('time'),
        c('timeUtc'),
        c('user'),
        c('username'),
        c('action'),
        c('sentence'),
        c('entity'),
        c('entityId'),
      ],
      entries.map((e) => [
        e.seq,
        localDateTime(e.at, practice.timeZone),
        e.at,
        e.actorName,
        e.actorUsername,
        e.action,
        auditSentence(e, format),
        e.entity,
        e.entityId,
      ]),
    );
    await ctx.tx((t) =>
      t.audit({
        action: 'audit.export',
        entity: 'audit_log',
        entityId: exportSummary(ctx.input.filter, got.resolved, entries.length),
      }),
    );
    return {
      fileName: `audit-log-${localDate(ctx.now, practice.timeZone)}.csv`,
      csvBase64: Buffer.from(csv, 'utf8').toString('base64'),
      rows: entries.length,
    };
  },

  'audit.print': async (ctx) => {
    const got = await gather(ctx, AUDIT_PRINT_MAX);
    if (got instanceof Refusal) return got;
    const { entries, words, practice, by } = got;
    const { language, filter } = ctx.input;
    const format = (key: string, values?: Record<string, string | number>) => words(key, values);
    const at = new Intl.DateTimeFormat(LOCALE[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: practice.timeZone,
    });
    const c = (key: string) => words(`file.columns.${key}`);
    const { pdf, pages } = await renderAuditPdf({
      lang: LOCALE[language],
      title: words('file.title'),
      practiceName: practice.name,
      lines: [
        words('file.filters', { filters: filterWords(filter, words) }),
        words('file.generated', { at: at.format(ctx.now), user: by }),
        words('file.times', { timeZone: practice.timeZone }),
        words('file.rows', { count: entries.length }),
      ],
      columns: [c('seq'), c('time'), c('user'), c('sentence')],
      rows: entries.map((e) => ({
        seq: e.seq,
        time: localDateTime(e.at, practice.timeZone),
        who: e.actorName ?? words('someone'),
        what: auditSentence(e, format),
      })),
      page: (page, of) => words('file.page', { page, pages: of }),
      generatedAt: ctx.now,
    });
    await ctx.tx((t) =>
      t.audit({
        action: 'audit.print',
        entity: 'audit_log',
        entityId: exportSummary(filter, got.resolved, entries.length),
      }),
    );
    return {
      fileName: `audit-log-${localDate(ctx.now, practice.timeZone)}.pdf`,
      pdfBase64: pdf.toString('base64'),
      pages,
      rows: entries.length,
    };
  },
};
