/**
 * Strict reading of a statistics table's CSV with csv-parse (a kept parser):
 * UTF-8 without byte order mark, comma-separated, balanced double quotes,
 * exactly as many cells in every row as the header has, and at least one data
 * row. Anything else is a problem with its line (and cell) and the fix, never
 * a silently dropped or invented value.
 */
import { parse } from 'csv-parse/sync';

export interface CsvProblem {
  line: number;
  message: string;
}

export type CsvResult = { header: string[]; rows: string[][] } | { problem: CsvProblem };

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoded = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8');
  if (decoded.equals(bytes)) return -1;
  let i = 0;
  while (i < bytes.length && bytes[i] === decoded[i]) i++;
  // Back up to the start of the sequence the bad byte belongs to.
  while (i > 0 && (bytes[i] & 0xc0) === 0x80 && bytes[i - 1] >= 0x80) i--;
  return i;
}

/** Decodes a content file as UTF-8, or says where it is not. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: CsvProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { line: 1, message: 'is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8 without byte order mark' } };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: { line: 1, message: 'starts with a byte order mark (BOM): save it as UTF-8 without byte order mark' } };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        line: lineAt(bytes, bad),
        message: `is not UTF-8: byte 0x${byte} at byte offset ${bad} is not valid UTF-8 (Latin-1 or Windows-1252?): save the file as UTF-8`,
      },
    };
  }
  return { text: Buffer.from(bytes).toString('utf8') };
}

/** Parses CSV bytes strictly; the first row is the header. */
export function parseCsvStrict(bytes: Uint8Array): CsvResult {
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return decoded;
  const text = decoded.text;
  let records: string[][];
  try {
    records = parse(text, { delimiter: ',', quote: '"', escape: '"', bom: false, skip_empty_lines: true, relax_column_count: false, relax_quotes: false });
  } catch (error) {
    const e = error as { code?: string; lines?: number; column?: number; message: string; record?: string[] };
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const line = e.lines ?? 1;
    const source = lines[line - 1] ?? '';
    if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const expected = parse(lines.find((l) => l.trim() !== '') ?? '', { delimiter: ',' })[0]?.length ?? 0;
      const got = e.record?.length ?? 0;
      if (source.includes(';') && !source.includes(',')) {
        return { problem: { line, message: `row is separated by semicolons: separate the cells with commas (write decimals with a point, or quote them)` } };
      }
      return {
        problem: {
          line,
          message:
            got > expected
              ? `row has ${got} cells but the header has ${expected}: remove the extra cells, or quote a value that contains a comma`
              : `row has ${got} cells but the header has ${expected}: add the missing cells (leave a cell empty for a value the source does not give)`,
        },
      };
    }
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const open = lines.findIndex((l) => (l.match(/"/g) ?? []).length % 2 === 1);
      return { problem: { line: open >= 0 ? open + 1 : line, message: 'a double quote is opened and never closed: close it, or write a quote inside a quoted cell as ""' } };
    }
    const cell = typeof e.column === 'number' ? `cell ${e.column + 1}: ` : '';
    return { problem: { line, message: `${cell}a double quote in the middle of a cell: quote the whole cell ("…") and write a quote inside it as ""` } };
  }
  const [header, ...rows] = records;
  if (!header) return { problem: { line: 1, message: 'is empty: add a header row of the column keys and at least one data row' } };
  if (header.length === 1 && header[0].includes(';')) {
    return { problem: { line: 1, message: 'header is separated by semicolons: separate the column keys and cells with commas' } };
  }
  if (rows.length === 0) return { problem: { line: 1, message: 'has a header but no data rows: add at least one row (leave a cell empty for a value the source does not give)' } };
  return { header, rows };
}

/** Data rows as records keyed by `keys` (the column keys, in order). Rows must have been checked by parseCsvStrict. */
export function csvRecords(rows: string[][], keys: string[]): Record<string, string>[] {
  return rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? '').trim()])));
}
