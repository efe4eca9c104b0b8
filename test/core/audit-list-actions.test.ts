// Every action the core writes into the audit log has words: a label and a sentence in the `audit` catalog, in
// English and Spanish. The actions are read from the services' source (each `t.audit({ action: ... })`), so a new
// one without a sentence fails here, not on a practice manager's screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionKey, auditSentence, type AuditEntry } from '../../shared/contract/audit';
import { auditWords } from '../../electron/core/audit/words';
import en from '../../shared/i18n/locales/en/audit.json';
import es from '../../shared/i18n/locales/es/audit.json';

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourcesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );

const CODE = /'([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g;

/** The action codes the core's source writes, literal or built from a base and a suffix (auth.ts). */
const writtenActions = (): Set<string> => {
  const found = new Set<string>();
  const bases = new Set<string>();
  const suffixes = new Set<string>();
  for (const file of sourcesUnder('electron/core')) {
    const text = readFileSync(file, 'utf8');
    for (const [, expr = ''] of text.matchAll(/\baction:\s*([^,\n]+)/g)) {
      if (expr.includes('${action}')) {
        for (const [, s] of expr.matchAll(/\$\{action\}\.([a-zA-Z]+)/g)) if (s) suffixes.add(s);
        for (const [, inner = ''] of expr.matchAll(/\$\{action\}\.\$\{([^}]*)\}/g))
          for (const [, s] of inner.matchAll(/'([a-zA-Z]+)'/g)) if (s) suffixes.add(s);
      } else for (const [, code] of expr.matchAll(CODE)) if (code) found.add(code);
    }
    // A local helper that appends with a given code: `audit('users.recoverWithPassphrase.failed', null)`.
    for (const [, code] of text.matchAll(/\baudit\(\s*'([a-z][a-zA-Z.]+)'/g)) if (code) found.add(code);
    // The password check writes `${action}`, `${action}.failed`, ... for the action its caller names.
    for (const [, code] of text.matchAll(/checkPassword\([^;]*?'([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g))
      if (code) bases.add(code);
  }
  for (const base of bases) {
    found.add(base);
    for (const s of suffixes) found.add(`${base}.${s}`);
  }
  return found;
};

const entry = (action: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  seq: 7,
  at: '2026-11-02T15:00:00.000Z',
  actorId: 2,
  actorName: 'Maria Lopez',
  actorUsername: 'maria',
  action,
  entity: 'user',
  entityId: '3',
  subjectIds: null,
  subject: { name: 'Bob Smith', username: 'bob', mrn: 'A-1006', number: 3, language: 'en' },
  ...over,
});

describe('the audit actions', () => {
  it('lists every action the core writes', () => {
    const written = writtenActions();
    expect(written.size).toBeGreaterThan(30); // the scan itself still finds the actions
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a)).sort()).toEqual([]);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('has a label and a sentence for each action in %s', (_, catalog) => {
    const sentences: Record<string, string> = catalog.sentences;
    const labels: Record<string, string> = catalog.actions;
    const missing = AUDIT_ACTIONS.filter((a) => !sentences[auditActionKey(a)] || !labels[auditActionKey(a)]);
    expect(missing).toEqual([]);
  });

  it.each(['en', 'es'] as const)('fills every %s sentence, leaving no placeholder', (language) => {
    const words = auditWords(language);
    for (const action of AUDIT_ACTIONS) {
      const text = auditSentence(entry(action), words);
      expect(text, action).not.toMatch(/[{}]|sentences\./);
      expect(text.length, action).toBeGreaterThan(10);
    }
  });

  it('falls back to a generic sentence naming an unknown code', () => {
    expect(auditSentence(entry('billing.frobnicate', { entity: 'invoice', entityId: '9' }), auditWords('en'))).toBe(
      'Maria Lopez did “billing.frobnicate” on invoice 9',
    );
    expect(auditSentence(entry('billing.frobnicate', { actorId: null, actorName: null }), auditWords('es'))).toBe(
      'Alguien realizó “billing.frobnicate” en user 3',
    );
  });

  it('says when a sign-in named no existing account', () => {
    const words = auditWords('en');
    expect(auditSentence(entry('auth.login.failed', { actorId: null, actorName: null }), words)).toBe(
      'Sign-in failed for username “bob”',
    );
    expect(
      auditSentence(
        entry('auth.login.failed', { actorId: null, actorName: null, entityId: null, subject: null }),
        words,
      ),
    ).toBe('Sign-in failed for a username that does not exist');
  });
});
