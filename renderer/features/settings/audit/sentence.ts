// An audit entry in words, in the UI language: the shared mapping (shared/contract/audit.ts) over the `audit`
// catalog. Every action code the core writes has a label and a sentence there, or this file does not compile.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { auditSentence, type AuditActionKey, type AuditEntry } from '../../../../shared/contract/audit';
import type { en } from '../../../i18n/resources';

type Catalog = (typeof en)['audit'];

/** A code in AUDIT_ACTIONS without its sentence or its label in the English catalog is a compile error here. */
export const EVERY_ACTION_HAS_WORDS: Exclude<
  AuditActionKey,
  keyof Catalog['sentences'] & keyof Catalog['actions']
> extends never
  ? true
  : never = true;

export const useAuditSentence = (): ((entry: AuditEntry) => string) => {
  const { t } = useTranslation('audit');
  return useCallback(
    // The keys are built from checked action codes; the catalog's types cannot follow a runtime string.
    (entry: AuditEntry) => auditSentence(entry, (key, values) => t(key as never, values ?? {})),
    [t],
  );
};
