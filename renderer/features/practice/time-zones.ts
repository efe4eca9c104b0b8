// Time zone choices: the main US zones first (most practices pick one of these), then every other IANA zone.

export const US_TIME_ZONES: readonly { value: string; label: string }[] = [
  { value: 'America/New_York', label: 'Eastern (America/New_York)' },
  { value: 'America/Chicago', label: 'Central (America/Chicago)' },
  { value: 'America/Denver', label: 'Mountain (America/Denver)' },
  { value: 'America/Phoenix', label: 'Arizona (America/Phoenix)' },
  { value: 'America/Los_Angeles', label: 'Pacific (America/Los_Angeles)' },
  { value: 'America/Anchorage', label: 'Alaska (America/Anchorage)' },
  { value: 'Pacific/Honolulu', label: 'Hawaii (Pacific/Honolulu)' },
  { value: 'America/Puerto_Rico', label: 'Atlantic (America/Puerto_Rico)' },
];

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
export const timeZoneOptions = (current: string): ZoneGroup[] => {
  const us = new Set(US_TIME_ZONES.map((z) => z.value));
  const others = allZones().filter((z) => z.includes('/') && !us.has(z));
  if (current && !us.has(current) && !others.includes(current)) others.unshift(current);
  return [
    { group: 'United States', items: [...US_TIME_ZONES] },
    { group: 'Other time zones', items: others.map((z) => ({ value: z, label: z })) },
  ];
};

/** This computer's zone when it is one of the main US zones; otherwise none, so the user must choose. */
export const defaultTimeZone = (): string => {
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return US_TIME_ZONES.some((z) => z.value === local) ? local : '';
};
