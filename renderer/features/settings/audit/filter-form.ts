// The filter form's fields and the AuditFilter they ask for: blank fields filter nothing, and a record type
// that needs an id (patient MRN, username, notice version) filters only once the id is typed.
import type { AuditFilter } from '../../../../shared/contract/audit';

export const RECORD_KINDS = ['', 'patient', 'user', 'notice_version', 'practice', 'settings'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FilterForm {
  user: string;
  action: string;
  recordKind: RecordKind;
  recordId: string;
  from: string;
  to: string;
}

export const EMPTY_FORM: FilterForm = { user: '', action: '', recordKind: '', recordId: '', from: '', to: '' };

/** Whether the record type is named by something the reader types (MRN, username, version id). */
export const needsRecordId = (kind: RecordKind): boolean =>
  kind === 'patient' || kind === 'user' || kind === 'notice_version';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const filterOf = (form: FilterForm): AuditFilter => {
  const filter: AuditFilter = {};
  const user = form.user.trim();
  if (user !== '') filter.user = user;
  if (form.action !== '') filter.action = form.action;
  const id = form.recordId.trim();
  if (form.recordKind === 'patient' && id !== '') filter.record = { kind: 'patient', mrn: id };
  else if (form.recordKind === 'user' && id !== '') filter.record = { kind: 'user', username: id };
  else if (form.recordKind === 'notice_version' && id !== '')
    filter.record = { kind: 'entity', entity: 'notice_version', id };
  else if (form.recordKind === 'practice' || form.recordKind === 'settings')
    filter.record = { kind: 'entity', entity: form.recordKind };
  // A day typed the other way round still means the days between them.
  const [from, to] = [form.from, form.to].filter((d) => DAY.test(d)).sort();
  if (DAY.test(form.from) && DAY.test(form.to)) {
    filter.from = from;
    filter.to = to;
  } else if (DAY.test(form.from)) filter.from = form.from;
  else if (DAY.test(form.to)) filter.to = form.to;
  return filter;
};
