import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, parseCsvStrict } from './csv.ts';

const csv = (text: string | Uint8Array) => parseCsvStrict(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);

describe('parseCsvStrict', () => {
  it('reads a valid table, empty cells and quoted commas included', () => {
    expect(csv('period,antal\n2011,120\n2012,\n"2013, vår","1 300"\n')).toEqual({
      header: ['period', 'antal'],
      rows: [['2011', '120'], ['2012', ''], ['2013, vår', '1 300']],
    });
  });

  it.each([
    ['period,antal\n2011,120,7\n', 2, 'row has 3 cells but the header has 2: remove the extra cells, or quote a value that contains a comma'],
    ['period,antal\n2011,120\n2012\n', 3, 'row has 1 cells but the header has 2: add the missing cells (leave a cell empty for a value the source does not give)'],
    ['period,antal\n2011;120\n', 2, 'row is separated by semicolons: separate the cells with commas (write decimals with a point, or quote them)'],
    ['period;antal\n2011;120\n', 1, 'header is separated by semicolons: separate the column keys and cells with commas'],
    ['period,antal\n"2011,120\n2012,5\n', 2, 'a double quote is opened and never closed: close it, or write a quote inside a quoted cell as ""'],
    ['period,antal\n2011,12"0"\n', 2, 'cell 2: a double quote in the middle of a cell: quote the whole cell ("…") and write a quote inside it as ""'],
    ['period,antal\n', 1, 'has a header but no data rows: add at least one row (leave a cell empty for a value the source does not give)'],
    ['', 1, 'is empty: add a header row of the column keys and at least one data row'],
    ['\uFEFFperiod,antal\n2011,1\n', 1, 'starts with a byte order mark (BOM): save it as UTF-8 without byte order mark'],
  ])('rejects %j at line %i', (text, line, message) => {
    expect(csv(text)).toEqual({ problem: { line, message } });
  });

  it('rejects UTF-16 and Latin-1 with the offset of the bad byte', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('period,antal\n', 'utf16le')]);
    expect(csv(utf16)).toEqual({ problem: { line: 1, message: 'is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8 without byte order mark' } });
    const latin1 = Buffer.from('period,ort\n2011,Malm\xf6\n', 'latin1');
    expect(csv(latin1)).toEqual({
      problem: { line: 2, message: 'is not UTF-8: byte 0xF6 at byte offset 20 is not valid UTF-8 (Latin-1 or Windows-1252?): save the file as UTF-8' },
    });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first bad byte, and none in valid text (U+FFFD included)', () => {
    expect(firstInvalidUtf8(Buffer.from('Malmö �', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xb6, 0xe2, 0x82, 0x61]))).toBe(3);
    expect(decodeUtf8(Buffer.from('ok'))).toEqual({ text: 'ok' });
  });
});
