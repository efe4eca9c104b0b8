// Time zone choices: the main US zones first (most practices pick one of these), then every other IANA zone.
// The words come from the `practice` catalog: pass `t` in (this is a plain function, not a component).
import type { TFunction } from 'i18next';

/** The main US zones, each with the catalog key of its plain name ("Eastern"). */
export const US_TIME_ZONES = [
  { value: 'America/New_York', name: 'eastern' },
  { value: 'America/Chicago', name: 'central' },
  { value: 'America/Denver', name: 'mountain' },
  { value: 'America/Phoenix', name: 'arizona' },
  { value: 'America/Los_Angeles', name: 'pacific' },
  { value: 'America/Anchorage', name: 'alaska' },
  { value: 'Pacific/Honolulu', name: 'hawaii' },
  { value: 'America/Puerto_Rico', name: 'atlantic' },
] as const;

const allZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

export type ZoneOption = { value: string; label: string; disabled?: boolean };
export type ZoneGroup = { group: string; items: ZoneOption[] };

/** Grouped options for a native select; `current` is kept even if this runtime does not list it. */
export const timeZoneOptions = (current: string, t: TFunction<'practice'>): ZoneGroup[] => {
  const us = new Set<string>(US_TIME_ZONES.map((z) => z.value));
  const others = allZones().filter((z) => z.includes('/') && !us.has(z));
  if (current && !us.has(current) && !others.includes(current)) others.unshift(current);
  return [
    {
      group: t('zones.us'),
      items: US_TIME_ZONES.map((z) => ({ value: z.value, label: t(`zones.${z.name}`, { zone: z.value }) })),
    },
    { group: t('zones.other'), items: others.map((z) => ({ value: z, label: z })) },
  ];
};

/** This computer's zone when it is one of the main US zones; otherwise none, so the user must choose. */
export const defaultTimeZone = (): string => {
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return US_TIME_ZONES.some((z) => z.value === local) ? local : '';
};
