// The `privacy-desk` command: routes a command line to its command and turns outcomes into exit codes
// (0 done, 1 failed, 2 usage error) and human or JSON output.
import { parseCommandLine, type OptionSpec, type Parsed } from './args';
import {
  auditFileOptions,
  auditListOptions,
  runAuditExport,
  runAuditList,
  runAuditPrint,
  runAuditVerify,
} from './commands/audit';
import { enrolmentExportOptions, runEnrol, runEnrolmentExport } from './commands/enrolment';
import { initOptions, runInit } from './commands/init';
import {
  noticePdfOptions,
  noticePublishOptions,
  noticeSelectOptions,
  runNoticeList,
  runNoticePdf,
  runNoticePublish,
  runNoticeShow,
} from './commands/notice';
import { patientsAddOptions, patientsSearchOptions, runPatientsAdd, runPatientsSearch } from './commands/patients';
import { runUsersAdd, runUsersList, runUsersRecover, usersAddOptions, usersRecoverOptions } from './commands/users';
import { CommandFailure } from './session';
import { HELP, UsageError } from './usage';

type Runner = (p: Parsed) => Promise<{ text: string; json: unknown }>;

const COMMANDS: Record<string, { options: OptionSpec; run: Runner }> = {
  init: { options: initOptions, run: runInit },
  enrol: { options: {}, run: runEnrol },
  'enrolment export': { options: enrolmentExportOptions, run: runEnrolmentExport },
  'users add': { options: usersAddOptions, run: runUsersAdd },
  'users list': { options: {}, run: runUsersList },
  'users recover': { options: usersRecoverOptions, run: runUsersRecover },
  'audit verify': { options: {}, run: runAuditVerify },
  'audit list': { options: auditListOptions, run: runAuditList },
  'audit export': { options: auditFileOptions, run: runAuditExport },
  'audit print': { options: auditFileOptions, run: runAuditPrint },
  'notice list': { options: {}, run: runNoticeList },
  'notice show': { options: noticeSelectOptions, run: runNoticeShow },
  'notice pdf': { options: noticePdfOptions, run: runNoticePdf },
  'notice publish': { options: noticePublishOptions, run: runNoticePublish },
  'patients add': { options: patientsAddOptions, run: runPatientsAdd },
  'patients search': { options: patientsSearchOptions, run: runPatientsSearch },
};

export const runCli = async (argv: readonly string[]): Promise<number> => {
  const wantsJson = argv.includes('--json');
  let parsed: Parsed;
  try {
    parsed = parseCommandLine(argv, (name) => COMMANDS[name]?.options ?? null);
    if (parsed.global.help || parsed.command.length === 0) {
      console.log(HELP);
      return parsed.global.help ? 0 : 2;
    }
    // A command is one or two words; `enrol` alone takes its file as a further word.
    const command = COMMANDS[parsed.command.join(' ')] ?? (parsed.command[0] === 'enrol' ? COMMANDS.enrol : undefined);
    if (!command) throw new UsageError(`Unknown command "${parsed.command.join(' ')}". Run privacy-desk --help.`);
    const out = await command.run(parsed);
    console.log(wantsJson ? JSON.stringify({ ok: true, value: out.json }, null, 2) : out.text);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      if (wantsJson)
        console.log(
          JSON.stringify({ ok: false, error: { code: 'VALIDATION', rule: 'cli.usage', message: err.message } }),
        );
      else console.error(`privacy-desk: ${err.message}`);
      return 2;
    }
    if (err instanceof CommandFailure) {
      const { error } = err;
      if (wantsJson) console.log(JSON.stringify({ ok: false, error }, null, 2));
      else {
        console.error(`privacy-desk: ${error.message}`);
        for (const f of error.fields ?? []) console.error(`  ${f.path}: ${f.message}`);
        if (error.correlationId) console.error(`  reference: ${error.correlationId}`);
      }
      return error.code === 'VALIDATION' ? 2 : 1;
    }
    console.error(`privacy-desk: unexpected failure: ${(err as Error).message}`);
    return 1;
  }
};

// Run when executed directly (tsx electron/cli/main.ts, or through bin.js).
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2));
}
