// The audit log as a CSV file (RFC 4180: CRLF line ends, fields with a comma, quote or line break in double
// quotes, quotes doubled), safe to open in a spreadsheet: a cell that starts like a formula is prefixed with '.

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some of them skip first) as a
 * formula; a username or MRN typed as `=HYPERLINK(...)` would run on the reader's computer (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvCell = (value: string | number | null): string => {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The whole file: a header row, then one row per entry. A byte-order mark lets Excel read the UTF-8 (ñ, á). */
export const csvFile = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string =>
  `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
