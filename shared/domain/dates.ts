// Calendar dates in the practice's own time zone (DOMAIN.md §5.3: use the site's local date).

/** The calendar date (YYYY-MM-DD) at instant `now` in `timeZone`. */
export const localDate = (now: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
} as const;

/** A calendar date written out for patients: "March 1, 2027" / "1 de marzo de 2027". */
export const longDate = (date: string, language: 'en' | 'es'): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[language][m - 1] ?? '';
  return language === 'en' ? `${month} ${d}, ${y}` : `${d} de ${month} de ${y}`;
};
