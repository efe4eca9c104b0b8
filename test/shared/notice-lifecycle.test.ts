// Which notice version is in effect on a date, supersession, and the rules a publication must meet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveUntil,
  effectiveVersionOn,
  publishViolations,
  versionStatus,
  type VersionDates,
} from '../../shared/domain/notice-lifecycle';

const v = (
  id: number,
  effectiveDate: string | null,
  language: 'en' | 'es' = 'en',
  retiredOn: string | null = null,
): VersionDates => ({
  id,
  language,
  publishedOn: effectiveDate === null ? null : '2026-01-01',
  effectiveDate,
  retiredOn,
});

const versions = [v(1, '2026-02-16'), v(2, '2026-09-01'), v(3, '2027-01-01'), v(4, null), v(5, '2026-03-01', 'es')];

describe('effectiveVersionOn', () => {
  it('picks the latest version whose effective date has arrived, per language', () => {
    expect(effectiveVersionOn(versions, 'en', '2026-02-15')).toBeNull();
    expect(effectiveVersionOn(versions, 'en', '2026-02-16')?.id).toBe(1);
    expect(effectiveVersionOn(versions, 'en', '2026-08-31')?.id).toBe(1);
    expect(effectiveVersionOn(versions, 'en', '2026-09-01')?.id).toBe(2);
    expect(effectiveVersionOn(versions, 'en', '2027-06-01')?.id).toBe(3);
    expect(effectiveVersionOn(versions, 'es', '2026-09-01')?.id).toBe(5);
  });

  it('never counts a draft', () => {
    expect(effectiveVersionOn([v(4, null)], 'en', '2030-01-01')).toBeNull();
  });

  it('gives exactly one version on every day after the first takes effect', () => {
    const dates = fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 2500 }), (offsets, probe) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        const vs = offsets.map((o, i) => v(i + 1, day(o)));
        const found = effectiveVersionOn(vs, 'en', day(probe));
        const inEffect = vs.filter(
          (x) => (x.effectiveDate ?? '') <= day(probe) && (effectiveUntil(vs, x) ?? '9999') >= day(probe),
        );
        expect(inEffect.length).toBe(probe >= Math.min(...offsets) ? 1 : 0);
        expect(found?.id ?? null).toBe(inEffect[0]?.id ?? null);
      }),
    );
  });
});

describe('versionStatus', () => {
  it('moves a version from published to superseded when the next takes effect', () => {
    expect(versionStatus(versions, versions[0]!, '2026-08-31')).toBe('published');
    expect(versionStatus(versions, versions[0]!, '2026-09-01')).toBe('superseded');
    expect(versionStatus(versions, versions[3]!, '2026-09-01')).toBe('draft');
    expect(
      versionStatus([v(1, '2026-02-16', 'en', '2026-10-01')], v(1, '2026-02-16', 'en', '2026-10-01'), '2026-10-02'),
    ).toBe('retired');
  });

  it('ends a version the day before its successor takes effect', () => {
    expect(effectiveUntil(versions, versions[0]!)).toBe('2026-08-31');
    expect(effectiveUntil(versions, versions[2]!)).toBeNull();
  });
});

describe('publishViolations', () => {
  const base = { language: 'en' as const, today: '2026-11-02', changeSummary: '', materialChange: null, versions: [] };

  it('lets a first notice be published today without a change summary', () => {
    expect(publishViolations({ ...base, effectiveDate: '2026-11-02' })).toEqual([]);
  });

  it('refuses a backdated effective date', () => {
    expect(publishViolations({ ...base, effectiveDate: '2026-11-01' }).map((x) => x.rule)).toEqual([
      'notice.backdated',
    ]);
  });

  it('requires a change summary and a material-change answer for a revision', () => {
    const rules = publishViolations({ ...base, effectiveDate: '2026-12-01', versions: [v(1, '2026-02-16')] }).map(
      (x) => x.rule,
    );
    expect(rules).toEqual(['notice.changeSummaryRequired', 'notice.materialChangeRequired']);
    expect(
      publishViolations({
        ...base,
        effectiveDate: '2026-12-01',
        changeSummary: 'New officer',
        materialChange: false,
        versions: [v(1, '2026-02-16')],
      }),
    ).toEqual([]);
  });

  it('refuses an effective date on or before the latest published one, so two versions never share a day', () => {
    const rules = publishViolations({
      ...base,
      effectiveDate: '2027-01-01',
      changeSummary: 'x',
      materialChange: true,
      versions: [v(1, '2027-01-01')],
    }).map((x) => x.rule);
    expect(rules).toContain('notice.effectiveDateOrder');
  });

  it('only compares with versions of the same language', () => {
    expect(publishViolations({ ...base, effectiveDate: '2026-12-01', versions: [v(5, '2027-03-01', 'es')] })).toEqual(
      [],
    );
  });
});
