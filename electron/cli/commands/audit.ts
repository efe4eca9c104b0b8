// `privacy-desk audit verify`: checks the audit log's HMAC chain and names every entry that fails.
import type { AuditReport } from '../../../shared/contract';
import type { Parsed } from '../args';
import { CommandFailure, signIn } from '../session';

export const runAuditVerify = async ({ global }: Parsed): Promise<{ text: string; json: unknown }> => {
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
