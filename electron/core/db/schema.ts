// Kysely table types: the one place the stored shape of each table is declared.
// Dates are ISO strings (calendar dates YYYY-MM-DD, instants UTC ISO-8601); booleans are 0/1 integers.
import type { Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string; // JSON
}

export interface UsersTable {
  id: Generated<number>;
  username: string; // lower-case, unique
  full_name: string;
  role: string;
  password_hash: string; // PHC string
  active: number;
  created_at: string;
  recent_failures: Generated<string>; // JSON array of the failed attempts' instants inside the lockout window
  locked_until: string | null;
  lockouts: number; // consecutive lockouts; the lock doubles with each
  session_generation: Generated<number>; // bumped by deactivation and password resets/changes: older sessions end
  language: Generated<string | null>; // 'en' | 'es'; null follows this computer's choice or the OS
  must_change_password: Generated<number>; // 1 after an administrator set the password (create or reset)
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  prev_mac: string;
  mac: string;
  subject_ids: string | null; // JSON array of the patient ids the call showed (searches, lists); NULL otherwise
}

/** The audit head (one row, id 1): the newest entry's seq and MAC, signed with the audit key. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  mac: string;
  sig: string;
}

export interface PatientsTable {
  id: Generated<number>;
  mrn: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  active: number;
  created_at: string;
}

export interface NoticeVersionsTable {
  id: Generated<number>;
  language: string;
  number: number | null;
  content: string; // NoticeContent JSON
  practice_snapshot: string | null; // PracticeSnapshot JSON, set at publication
  effective_date: string | null;
  published_on: string | null;
  published_by: number | null;
  change_summary: string;
  material_change: number | null;
  content_hash: string | null;
  retired_on: string | null;
  created_by: number; // who started the draft
  updated_at: string;
  started_at: string | null; // when the draft was started; null for drafts started before 0007
  base_version_id: number | null; // the version the draft started from; null: the template
  withdrawn_on: string | null; // a scheduled version withdrawn before it took effect: the day, who, why
  withdrawn_by: number | null;
  withdrawn_reason: string | null;
}

export interface DB {
  settings: SettingsTable;
  users: UsersTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  patients: PatientsTable;
  notice_versions: NoticeVersionsTable;
}
