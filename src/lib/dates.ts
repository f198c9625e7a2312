/** Dates with a precision: their bounds, order and Swedish display. */
import type { PartialDate } from './schema.ts';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day (YYYY-MM-DD) a YYYY, YYYY-MM or YYYY-MM-DD string can mean. */
export function spanOf(value: string): { earliest: string; latest: string } {
  const [y, m, d] = value.split('-');
  if (d) return { earliest: value, latest: value };
  if (m) return { earliest: `${y}-${m}-01`, latest: `${y}-${m}-${String(lastDay(+y, +m)).padStart(2, '0')}` };
  return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

/**
 * The interval a partial date may fall in. Open ends are undefined: an
 * unknown date with no bounds could be any time.
 */
export function dateBounds(date: PartialDate): { earliest?: string; latest?: string } {
  if (date.precision !== 'unknown') return spanOf(date.value);
  return {
    earliest: date.notBefore ? spanOf(date.notBefore).earliest : undefined,
    latest: date.notAfter ? spanOf(date.notAfter).latest : undefined,
  };
}

/** True when `a` certainly lies after `b` (every day `a` could be is later than every day `b` could be). */
export function certainlyAfter(a: PartialDate, b: PartialDate): boolean {
  const { earliest } = dateBounds(a);
  const { latest } = dateBounds(b);
  return earliest !== undefined && latest !== undefined && earliest > latest;
}

function formatValue(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** Swedish text for a date at its real precision, e.g. "10 mars 2006", "2007", "okänt (tidigast 2009)". */
export function formatDate(date: PartialDate): string {
  if (date.precision !== 'unknown') return formatValue(date.value);
  const bounds = [
    date.notBefore ? `tidigast ${formatValue(date.notBefore)}` : undefined,
    date.notAfter ? `senast ${formatValue(date.notAfter)}` : undefined,
  ].filter(Boolean);
  return bounds.length ? `okänt (${bounds.join(', ')})` : 'okänt';
}

/** Machine-readable value for <time datetime>, when there is one. */
export function datetimeAttr(date: PartialDate): string | undefined {
  return date.precision === 'unknown' ? undefined : date.value;
}
