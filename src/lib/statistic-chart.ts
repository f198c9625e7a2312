/**
 * What a statistics table's chart draws: which columns become bar series and
 * which rows become bars. Sum rows are left out of the chart (they would
 * dwarf the rest) but stay in the table; a cell the table leaves empty stays
 * missing, never zero. Also the trend over whole years, drawn first, and the
 * chart's main finding in one sentence, both from the table's own figures.
 */
import type { StatisticEntry } from './corpus.ts';
import type { Statistic } from './schema.ts';
import { formatNumber } from './numbers.ts';

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

export interface YearValue {
  year: number;
  /** Null where the table's whole-year row gives no value. */
  value: number | null;
}

const WHOLE_YEAR = /^antal (\d{4})$/i;

/**
 * The trend of each drawn series over whole years, from the table's own
 * whole-year rows ("Antal 2011"); empty when the table has none. Nothing is
 * summed or filled in: a missing year stays missing.
 */
export function yearTrend(stat: Pick<StatisticEntry, 'data' | 'rows'>, series: Column[]): { column: Column; years: YearValue[] }[] {
  const labelKey = stat.data.columns[0].key;
  const yearRows = stat.rows.flatMap((r) => {
    const year = WHOLE_YEAR.exec(r[labelKey].trim());
    return year ? [{ year: Number(year[1]), row: r }] : [];
  });
  if (yearRows.length < 2) return [];
  return series.map((column) => ({
    column,
    years: yearRows.map(({ year, row }) => ({ year, value: isNumber(row[column.key]) ? Number(row[column.key]) : null })),
  }));
}

const valueWords = (value: number, column: Column) => `${formatNumber(value, 1)}${column.unit === 'procent' ? ' procent' : ''}`;

/**
 * The chart's main finding in one sentence, from the table's figures only:
 * for a series over years, its first and last year and its highest year; else
 * the highest and lowest row of the first drawn series.
 */
/** "a", "a och b", "a, b och c". */
const listWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`);

export function mainFinding(stat: Pick<StatisticEntry, 'data' | 'rows'>): string {
  const series = chartSeries(stat);
  const [trend] = yearTrend(stat, series);
  if (trend) {
    const { column, years } = trend;
    const [first, last] = [years[0], years.at(-1)!];
    const known = years.filter((y): y is { year: number; value: number } => y.value !== null);
    if (first.value === null || last.value === null) {
      const missing = [first, last].filter((y) => y.value === null).map((y) => y.year);
      return `${column.label}: uppgift saknas för ${missing.join(' och ')}, så förändringen från ${first.year} till ${last.year} går inte att ange.`;
    }
    const verb = last.value < first.value ? 'minskade' : last.value > first.value ? 'ökade' : 'var lika många';
    const peak = known.reduce((a, b) => (b.value > a.value ? b : a));
    const peakWords = peak.year !== first.year && peak.year !== last.year ? `, och var flest år ${peak.year} med ${valueWords(peak.value, column)}` : '';
    return `${column.label} ${verb} från ${valueWords(first.value, column)} år ${first.year} till ${valueWords(last.value, column)} år ${last.year}${peakWords}.`;
  }
  const column = series[0];
  const rows = chartRows(stat, series).filter((r): r is ChartRow & { values: number[] } => r.values[0] !== null);
  if (!column || rows.length === 0) return 'Tabellen har inga värden att jämföra.';
  // Equal values are named together; a row for cases whose category is missing ("Saknas") is not a category to rank.
  const ranked = rows.filter((r) => r.label !== 'Saknas');
  const named = (among: typeof rows, value: number) => listWords(among.filter((r) => r.values[0] === value).map((r) => r.label));
  // Shares whose sum row is 100 divide one total between the rows (Tabell 3: each group's share of all meetings),
  // not a share within each row; saying "av totalen" keeps "3 procent" from reading as 3 procent of that group.
  const labelKey = stat.data.columns[0].key;
  const sum = stat.rows.find((r) => isSumRow(r[labelKey]));
  const ofTotal = column.unit === 'procent' && sum !== undefined && Number(sum[column.key]) === 100;
  const extremes = (among: typeof rows) => {
    const values = among.map((r) => r.values[0]);
    const [high, low] = [Math.max(...values), Math.min(...values)];
    return ofTotal
      ? `störst för ${named(among, high)} (${valueWords(high, column)} av totalen), minst för ${named(among, low)} (${valueWords(low, column)} av totalen)`
      : `högst för ${named(among, high)} (${valueWords(high, column)}), lägst för ${named(among, low)} (${valueWords(low, column)})`;
  };
  const groups = stat.data.rowGroups ?? [];
  if (groups.length === 0) return `${column.label}: ${extremes(ranked)}.`;
  // Rows of different divisions (a sex, an age) are never set against each other.
  const parts = groups
    .map((g) => ({ label: g.label, among: ranked.filter((r) => g.rows.includes(r.label)) }))
    .filter((g) => g.among.length >= 2)
    .map((g) => `efter ${g.label} ${extremes(g.among)}`);
  return `${column.label}: ${parts.join('; ')}.`;
}
