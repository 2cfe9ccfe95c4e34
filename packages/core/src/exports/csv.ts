/**
 * CSV as the exports write it: RFC 4180 (comma separator, CRLF line ends, a cell quoted when it
 * holds a quote, comma, CR or LF, quotes doubled), and protection against formula injection: a
 * cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that a spreadsheet shows
 * it as text instead of running it. Written for speed: the worker encodes every exported cell.
 */

const needsQuotes = /[",\r\n]/;

function startsLikeFormula(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
      return true;
    default:
      return false;
  }
}

/** One cell, escaped. `null` is an empty cell. */
export function csvCell(value: string | null): string {
  if (value === null || value === "") return "";
  const text = startsLikeFormula(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF line end. */
export function csvRow(cells: readonly (string | null)[]): string {
  let line = "";
  for (let index = 0; index < cells.length; index += 1) {
    if (index > 0) line += ",";
    line += csvCell(cells[index] ?? null);
  }
  return `${line}\r\n`;
}
