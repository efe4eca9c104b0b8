// Typed rule codes: every code the core, the doors and the CLI return is declared in the contract (a method's
// `rules` or the global lists), every declared code is really returned somewhere, and the UI has words for each.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_RULES, contract, GLOBAL_RULES, METHOD_NAMES, RULE_CODES, type RuleCode } from '../../shared/contract';
import { en, es } from '../../renderer/i18n/resources';

const ROOT = join(import.meta.dirname, '../..');

// Compile-time: RuleCode is a union of literals, not widened to string (else Record<RuleCode, string> checks nothing).
const ruleCodeIsLiteral: string extends RuleCode ? never : true = true;

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));

const CODE = /'([a-z]+\.[a-z][A-Za-z]*)'/g;

/** Comments dropped (newlines kept, so line numbers stay true): prose that says "rules" names no code. */
const withoutComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * The rule codes a source file can return: code-shaped literals in a statement that names a rule, from the
 * word `rule`/`rules` to the end of that statement or to its `message` (`rule: '…'`, `const rule = … ? '…' :
 * '…'`, a `rules` map), however the formatter breaks its lines. Method names are left out (an audit action
 * may stand near a rule).
 */
const returnedCodes = (files: readonly string[]): Map<string, string> => {
  const found = new Map<string, string>();
  const methods = new Set<string>(METHOD_NAMES);
  for (const file of files) {
    const source = withoutComments(readFileSync(join(ROOT, file), 'utf8'));
    for (const statement of source.matchAll(/\brules?\b[\s\S]{0,400}?(?:;|\bmessage\b)/g)) {
      const line = source.slice(0, statement.index).split('\n').length;
      for (const m of statement[0].matchAll(CODE)) {
        const code = m[1] as string;
        if (!methods.has(code) && !found.has(code)) found.set(code, `${relative(ROOT, join(ROOT, file))}:${line}`);
      }
    }
  }
  return found;
};

// The core, the doors (IPC, HTTP), the CLI, and the shared rules the core applies (publishViolations).
const PRODUCERS = [...sourceFiles('electron'), ...sourceFiles('shared/domain')];
const returned = returnedCodes(PRODUCERS);
const declared = new Set<string>([...RULE_CODES, ...CLI_RULES]);

describe('rule codes', () => {
  it('finds the codes the core returns, however they are written', () => {
    expect(ruleCodeIsLiteral).toBe(true);
    // A literal, a ternary, a map of kinds to codes, and a shared rule in shared/domain.
    for (const code of [
      'users.lastAdmin',
      'vault.damaged',
      'db.networkPath',
      'notice.effectiveDateTooFar',
      'http.badJson',
      'cli.usage',
    ]) {
      expect(returned.has(code), code).toBe(true);
    }
  });

  it('declares every code the core, the doors and the CLI return', () => {
    const undeclared = [...returned]
      .filter(([code]) => !declared.has(code))
      .map(([code, where]) => `${code} (${where})`);
    expect(undeclared, 'add each to its method’s `rules` in shared/contract, or to GLOBAL_RULES / CLI_RULES').toEqual(
      [],
    );
  });

  it('declares only codes that something returns', () => {
    const stale = [...declared].filter((code) => !returned.has(code));
    expect(stale, 'a declared code nothing returns: remove it from the contract, or return it').toEqual([]);
  });

  it('declares each code once: a method’s own codes are not global, and a method lists a code at most once', () => {
    const global = new Set<string>([...GLOBAL_RULES, ...CLI_RULES]);
    for (const name of METHOD_NAMES) {
      const rules: readonly string[] = contract[name].rules;
      expect(new Set(rules).size, name).toBe(rules.length);
      for (const code of rules) {
        expect(code, name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
        expect(global.has(code), `${name}: ${code} is also global`).toBe(false);
      }
    }
    expect(new Set(GLOBAL_RULES).size).toBe(GLOBAL_RULES.length);
  });

  it('gives the UI words, in English and Spanish, for exactly the contract’s codes', () => {
    for (const catalog of [en, es]) {
      const rules: Record<string, Record<string, string>> = catalog.errors.rules;
      const texts = Object.entries(rules).flatMap(([area, names]) =>
        Object.entries(names).map(([name, text]) => [`${area}.${name}`, text] as const),
      );
      expect(texts.map(([code]) => code).sort()).toEqual([...RULE_CODES].sort());
      for (const [code, text] of texts) expect(text.trim().length, code).toBeGreaterThan(20);
    }
  });
});
