// Dates and numbers in the UI language. Calendar dates (YYYY-MM-DD) are days, not instants: formatted in UTC so
// no time zone moves them to the day before.

const locale = (language: string): string => (language === 'es' ? 'es-US' : 'en-US');

export const formatDate = (isoDate: string, language: string): string => {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
};

/** An instant (ISO with offset) as local date and time. */
export const formatDateTime = (instant: string, language: string): string => {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

export const formatNumber = (value: number, language: string): string =>
  new Intl.NumberFormat(locale(language)).format(value);
