// The named limits of the shared rules, tested at their edges: how far ahead a notice may take effect (one year
// to the day), the idle-lock setting (whole minutes, 1 to 60), the readability target (grade 8) and the
// Fernández-Huerta bands. The core's limits are in test/core/limits.test.ts.
import { describe, expect, it } from 'vitest';
import { SecuritySettings } from '../../shared/contract';
import {
  fernandezHuertaBand,
  fernandezHuertaGrade,
  meetsReadabilityTarget,
  READABILITY_TARGET_GRADE,
} from '../../shared/domain/readability';
import { publishViolations } from '../../shared/domain/notice-lifecycle';

const rulesFor = (effectiveDate: string, today: string): string[] =>
  publishViolations({
    language: 'en',
    effectiveDate,
    today,
    changeSummary: '',
    materialChange: null,
    versions: [],
  }).map((v) => v.rule);

describe('how far ahead a notice may take effect', () => {
  it('allows exactly one year ahead and refuses one day more', () => {
    expect(rulesFor('2027-11-02', '2026-11-02')).toEqual([]);
    expect(rulesFor('2027-11-03', '2026-11-02')).toEqual(['notice.effectiveDateTooFar']);
  });

  it('counts the year by the calendar, across a month and a year end', () => {
    expect(rulesFor('2027-12-31', '2026-12-31')).toEqual([]);
    expect(rulesFor('2028-01-01', '2026-12-31')).toEqual(['notice.effectiveDateTooFar']);
    expect(rulesFor('2027-02-28', '2026-02-28')).toEqual([]);
    expect(rulesFor('2027-03-01', '2026-02-28')).toEqual(['notice.effectiveDateTooFar']);
  });

  it('names the date and tells the user to check the year', () => {
    const [violation] = publishViolations({
      language: 'es',
      effectiveDate: '2028-11-02',
      today: '2026-11-02',
      changeSummary: '',
      materialChange: null,
      versions: [],
    });
    expect(violation?.message).toContain('2028-11-02');
    expect(violation?.message).toMatch(/check the year/);
  });
});

describe('the idle-lock setting', () => {
  const accepts = (idleLockMinutes: unknown): boolean => SecuritySettings.safeParse({ idleLockMinutes }).success;

  it('accepts 1 to 60 whole minutes', () => {
    expect([1, 2, 10, 59, 60].filter(accepts)).toEqual([1, 2, 10, 59, 60]);
  });

  it('refuses 0, 61, fractions and non-numbers, saying the bound', () => {
    expect([0, -1, 61, 1.5, 59.9, Number.NaN, '10', null].filter(accepts)).toEqual([]);
    const low = SecuritySettings.safeParse({ idleLockMinutes: 0 });
    const high = SecuritySettings.safeParse({ idleLockMinutes: 61 });
    expect(low.error?.issues[0]?.message).toBe('At least 1 minute');
    expect(high.error?.issues[0]?.message).toBe('At most 60 minutes');
  });
});

describe('the readability target', () => {
  it('is met at exactly grade 8 and missed just above it', () => {
    expect(READABILITY_TARGET_GRADE).toBe(8);
    expect(meetsReadabilityTarget({ grade: 8 })).toBe(true);
    expect(meetsReadabilityTarget({ grade: 8.01 })).toBe(false);
  });

  it('names each Fernández-Huerta band from its lower edge up', () => {
    const edges: [number, string, string][] = [
      [90, 'very easy', 'easy'],
      [80, 'easy', 'fairly easy'],
      [70, 'fairly easy', 'standard'],
      [60, 'standard', 'fairly difficult'],
      [50, 'fairly difficult', 'difficult'],
      [30, 'difficult', 'very difficult'],
    ];
    for (const [edge, at, below] of edges) {
      expect([fernandezHuertaBand(edge), fernandezHuertaBand(edge - 0.01)], String(edge)).toEqual([at, below]);
    }
  });

  it('turns a Fernández-Huerta score into a grade, grade 8 at exactly 60, within grades 3 to 18', () => {
    expect([101, 100, 95, 90, 60, 55, 50, 30, 15, 0, -5].map(fernandezHuertaGrade)).toEqual([
      3, 3, 3.5, 4, 8, 10, 12, 16, 17, 18, 18,
    ]);
    expect(meetsReadabilityTarget({ grade: fernandezHuertaGrade(60) })).toBe(true);
    expect(meetsReadabilityTarget({ grade: fernandezHuertaGrade(59.9) })).toBe(false);
  });
});
