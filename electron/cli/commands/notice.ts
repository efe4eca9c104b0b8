// `privacy-desk notice list|show|pdf|publish`: the practice's Notice of Privacy Practices from the command line.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  CalendarDate,
  Language,
  LANGUAGES,
  NoticeContent,
  PDF_KINDS,
  PDF_PAPERS,
  type NoticeVersionSummary,
} from '../../../shared/contract';
import { filledSections } from '../../../shared/domain/notice-text';
import { requireString, userPath, type Parsed } from '../args';
import { signIn, type CliSession } from '../session';
import { UsageError } from '../usage';

type Output = Promise<{ text: string; json: unknown }>;

export const noticeSelectOptions = { version: { type: 'string' }, lang: { type: 'string' } } as const;
export const noticePdfOptions = {
  ...noticeSelectOptions,
  kind: { type: 'string' },
  paper: { type: 'string' },
  out: { type: 'string' },
} as const;
export const noticePublishOptions = { from: { type: 'string' } } as const;

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, flag: string, fallback: T): T => {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`--${flag} must be one of: ${allowed.join(', ')}.`);
  return found;
};

/** `--version N|current` with `--lang`: N is the version number within that language. */
const resolveVersion = async (cli: CliSession, options: Parsed['options']): Promise<number | 'current'> => {
  const language = oneOf(LANGUAGES, options.lang, 'lang', 'en');
  const version = (options.version as string | undefined) ?? 'current';
  if (version === 'current') return 'current';
  if (!/^\d+$/.test(version)) throw new UsageError('--version must be a version number or "current".');
  const found = (await cli.call('notices.list', {})).find(
    (v) => v.language === language && v.number === Number(version),
  );
  if (!found) throw new UsageError(`There is no ${language} version ${version}. See "privacy-desk notice list".`);
  return found.id;
};

const describe = (v: NoticeVersionSummary): string =>
  `${v.language}  v${v.number ?? '-'}  ${v.status.padEnd(10)} ${v.inEffect ? 'IN EFFECT ' : '          '} effective ${v.effectiveDate ?? '—'}${v.effectiveUntil ? ` to ${v.effectiveUntil}` : ''}  ${v.contentHash ? v.contentHash.slice(0, 12) : ''}`;

const withSession = async <T>(parsed: Parsed, fn: (cli: CliSession) => Promise<T>): Promise<T> => {
  const cli = await signIn(parsed.global);
  try {
    return await fn(cli);
  } finally {
    await cli.core.close();
  }
};

export const runNoticeList = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const versions = await cli.call('notices.list', {});
    return {
      text: versions.length === 0 ? 'No notice versions yet.' : versions.map(describe).join('\n'),
      json: versions,
    };
  });

export const runNoticeShow = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const language = oneOf(LANGUAGES, parsed.options.lang, 'lang', 'en');
    const which = await resolveVersion(cli, parsed.options);
    const v =
      which === 'current'
        ? await cli.call('notices.current', { language })
        : await cli.call('notices.get', { id: which });
    const body = filledSections(v.content, v.practice, v.language).map(
      (s) => `${s.heading}\n${s.text}${s.examples.map((e) => `\n- ${e}`).join('')}`,
    );
    return { text: [describe(v), v.content.header, ...body].join('\n\n'), json: v };
  });

const writeAtomically = async (path: string, data: Buffer): Promise<void> => {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
};

export const runNoticePdf = (parsed: Parsed): Output =>
  withSession(parsed, async (cli) => {
    const language = oneOf(LANGUAGES, parsed.options.lang, 'lang', 'en');
    // 'summary' was the summary alone; the layered notice (summary, then the full notice) replaced it.
    const kind = oneOf(PDF_KINDS, parsed.options.kind === 'summary' ? 'layered' : parsed.options.kind, 'kind', 'full');
    const paper = oneOf(PDF_PAPERS, parsed.options.paper, 'paper', 'letter');
    if (paper !== 'letter' && kind !== 'poster')
      throw new UsageError('--paper is for the poster (--kind poster) only.');
    const out = userPath(requireString(parsed.options, 'out'));
    const version = await resolveVersion(cli, parsed.options);
    const pdf = await cli.call('notices.pdf', { version, language, kind, paper });
    await writeAtomically(out, Buffer.from(pdf.pdfBase64, 'base64'));
    return {
      text: `Wrote ${out} (${pdf.pages} page${pdf.pages === 1 ? '' : 's'}).`,
      json: { out, pages: pdf.pages, fileName: pdf.fileName },
    };
  });

/** The publish file: the language, the content (default: our template), the effective date and the change answers. */
const PublishFile = z.object({
  language: Language,
  content: z.union([z.literal('template'), NoticeContent]).default('template'),
  effectiveDate: CalendarDate,
  changeSummary: z.string().default(''),
  materialChange: z.boolean().nullable().default(null),
});

export const runNoticePublish = async (parsed: Parsed): Output => {
  const path = userPath(requireString(parsed.options, 'from'));
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`Cannot read ${path} as JSON.`);
  }
  const file = PublishFile.safeParse(raw);
  if (!file.success)
    throw new UsageError(
      `${path}: ${file.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
    );
  const { language, content, effectiveDate, changeSummary, materialChange } = file.data;
  return withSession(parsed, async (cli) => {
    const { draft, existing } = await cli.call('notices.createDraft', { language, from: 'template' });
    // A language has one draft; when someone is already working on it in the app, publishing the file through it
    // would overwrite (or, on failure, discard) their work.
    if (existing)
      throw new UsageError(
        `An ${language === 'en' ? 'English' : 'Spanish'} draft is already open in Privacy Desk. Publish or discard it there, then run this again.`,
      );
    try {
      if (content !== 'template') await cli.call('notices.updateDraft', { id: draft.id, content });
      const v = await cli.call('notices.publish', { id: draft.id, effectiveDate, changeSummary, materialChange });
      return {
        text: `Published ${language} version ${v.number}, effective ${v.effectiveDate}. Hash ${v.contentHash}.`,
        json: v,
      };
    } catch (err) {
      await cli.call('notices.discardDraft', { id: draft.id }); // leave no half-made draft behind
      throw err;
    }
  });
};
