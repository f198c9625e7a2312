/**
 * What a statistics table's chart draws: which columns become bar series and
 * which rows become bars. Sum rows are left out of the chart (they would
 * dwarf the rest) but stay in the table; a cell the table leaves empty stays
 * missing, never zero.
 */
import type { StatisticEntry } from './corpus.ts';
import type { Statistic } from './schema.ts';

type Column = Statistic['columns'][number];

const isNumber = (value: string) => value !== '' && Number.isFinite(Number(value));

/**
 * The columns drawn: shares (unit procent) when the table has them, since
 * they compare across groups of different size; else the totals when the
 * table splits them up (e.g. women, men, total); else every column with a
 * unit. A table whose columns have no units draws its numeric columns.
 */
export function chartSeries(stat: Pick<StatisticEntry, 'data' | 'rows'>): Column[] {
  const rest = stat.data.columns.slice(1);
  const withUnit = rest.filter((c) => c.unit);
  const candidates = withUnit.length > 0 ? withUnit : rest.filter((c) => stat.rows.some((r) => isNumber(r[c.key])) && stat.rows.every((r) => r[c.key] === '' || isNumber(r[c.key])));
  const shares = candidates.filter((c) => c.unit === 'procent');
  if (shares.length > 0) return shares;
  const totals = candidates.filter((c) => c.key.endsWith('totalt'));
  return totals.length > 0 ? totals : candidates;
}

/**
 * Whether a column holds measured values, so that an empty cell is a value the
 * source does not give ("uppgift saknas"), not a code such as an empty half-year
 * that marks a whole-year row.
 */
export const isMeasure = (stat: Pick<StatisticEntry, 'data' | 'rows'>, column: Column) =>
  column.unit !== undefined || chartSeries(stat).includes(column);

/** A row that sums other rows: "Totalt", or a whole year ("Antal 2011") beside its half-years. */
export const isSumRow = (label: string) => /^totalt$/i.test(label.trim()) || /^antal \d{4}$/i.test(label.trim());

export interface ChartRow {
  label: string;
  /** One value per series; null where the table gives none. */
  values: (number | null)[];
}

/** The rows drawn, labelled by the first column. */
export function chartRows(stat: Pick<StatisticEntry, 'data' | 'rows'>, series: Column[]): ChartRow[] {
  const labelKey = stat.data.columns[0].key;
  return stat.rows
    .filter((r) => !isSumRow(r[labelKey]))
    .map((r) => ({ label: r[labelKey], values: series.map((c) => (isNumber(r[c.key]) ? Number(r[c.key]) : null)) }));
}

/** Splits a long label into lines of at most `max` characters, at spaces. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
