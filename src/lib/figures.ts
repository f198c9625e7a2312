/**
 * Figures in Swedish text: numbers, percentages, dates, years and document
 * numbers, each reduced to a key so that two ways of writing one figure
 * compare equal: thousands spaces (41 926 = 41926), decimal comma or point
 * (3,5 = 3.5), "procent" or "%", month names or numbers (10 mars 2006 =
 * 2006-03-10), a document number's leading zeros (2015:01 = 2015:1).
 *
 * Only figures written with digits are found; a number written as a word
 * ("tio", "två procent") is not a figure here, and neither is the number in
 * a reference to a part of a source ("Tabell 4", "fotnot 26", "Bilaga 1")
 * nor a section number such as 4.3.2.
 */

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6,
  juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

export type FigureKind = 'date' | 'month' | 'month-day' | 'document-number' | 'percent' | 'percentage-points' | 'number';

export interface Figure {
  /** The figure as written, for messages. */
  raw: string;
  kind: FigureKind;
  /** Normalised key: equal keys are the same figure. */
  key: string;
  /** Character offset in the text the figure was found in. */
  index: number;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A number as written ("41 926", "3,5", "9.0") to its canonical value ("41926", "3.5", "9"). */
export function numberValue(written: string): string {
  const plain = written.replace(/[\s\u00A0\u202F\u2009]/g, '').replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) ? String(n) : plain;
}

/**
 * Text prepared for figure search: Unicode composed, non-breaking and thin
 * spaces as spaces, emphasis markers and superscript footnote markers ("¹²")
 * removed, since a footnote marker is not a figure of the text.
 */
export function prepareForFigures(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u202F\u2009\u2007]/g, ' ')
    .replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, '')
    .replace(/\*+/g, '');
}

// The alternatives, tried left to right at each position; the first that matches wins.
const NOT_AFTER = String.raw`(?<![\p{L}\d,.:/])`;
const NOT_BEFORE = String.raw`(?![\d])`;
const FIGURE = new RegExp(
  [
    // 2006-03-10
    String.raw`(?<iso>${NOT_AFTER}(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})${NOT_BEFORE})`,
    // 10 mars 2006, 10 mars, 1:a april
    String.raw`(?<dm>${NOT_AFTER}(?<dmD>3[01]|[12]\d|0?[1-9])(?::[ae])? +(?<dmM>${MONTH_NAMES})\.?(?![\p{L}])(?: +(?<dmY>\d{4})${NOT_BEFORE})?)`,
    // mars 2006, april 2019
    String.raw`(?<my>(?<![\p{L}])(?<myM>${MONTH_NAMES})\.? +(?<myY>\d{4})${NOT_BEFORE})`,
    // A reference to a part of a source ("Tabell 4", "fotnot 26", "Figur 1 och 2", "Bilaga 1") names it; its number is no figure
    String.raw`(?<ref>(?<![\p{L}])(?:tabell|tabellerna|figur|figurerna|fotnot|fotnoterna|fotnoten|bilaga|bilagorna) +\d+(?:(?: och | respektive |, ?|–)\d+)*)`,
    // prop. 2007/08:136, SOU 2015:21, Vägledning 2004:2
    String.raw`(?<doc>${NOT_AFTER}\d{4}(?:\/\d{2})?:\d{1,4}${NOT_BEFORE})`,
    // section numbering such as 4.3.2: not a figure, consumed so its parts are not read as numbers
    String.raw`(?<dotted>${NOT_AFTER}\d+(?:\.\d+){2,}\.?)`,
    // 41 926, 3,5, 70 %, 0,2 procent, 6 procentenheter
    String.raw`(?<num>${NOT_AFTER}(?<numV>\d{1,3}(?: \d{3})+(?![\d])|\d+)(?<numF>[,.]\d+(?![\d.,]\d))?(?: *(?<pct>%|procentenheter|procent(?![\p{L}])))?)`,
  ].join('|'),
  'giu',
);

/** Every figure written with digits in `text`, in order. */
export function figuresIn(text: string): Figure[] {
  const prepared = prepareForFigures(text);
  const found: Figure[] = [];
  for (const m of prepared.matchAll(FIGURE)) {
    const g = m.groups!;
    const raw = m[0].trim();
    const index = m.index;
    if (g.iso) {
      found.push({ raw, kind: 'date', key: `date:${g.isoY}-${g.isoM}-${g.isoD}`, index });
    } else if (g.dm) {
      const month = pad(MONTHS[g.dmM.toLowerCase()]);
      const day = pad(g.dmD);
      found.push(g.dmY
        ? { raw, kind: 'date', key: `date:${g.dmY}-${month}-${day}`, index }
        : { raw, kind: 'month-day', key: `month-day:${month}-${day}`, index });
    } else if (g.my) {
      found.push({ raw, kind: 'month', key: `month:${g.myY}-${pad(MONTHS[g.myM.toLowerCase()])}`, index });
    } else if (g.doc) {
      const [year, serial] = raw.split(':');
      found.push({ raw, kind: 'document-number', key: `document-number:${year}:${Number(serial)}`, index });
    } else if (g.num) {
      const value = numberValue(`${g.numV}${g.numF ?? ''}`);
      const pct = g.pct?.toLowerCase();
      if (pct === 'procentenheter') found.push({ raw, kind: 'percentage-points', key: `percentage-points:${value}`, index });
      else if (pct) found.push({ raw, kind: 'percent', key: `percent:${value}`, index });
      else found.push({ raw, kind: 'number', key: `number:${value}`, index });
    }
  }
  return found;
}

/** The figures a stretch of source text states, as a set of keys to look figures up in. */
export interface FigureIndex {
  has(figure: Pick<Figure, 'key' | 'kind'>): boolean;
  keys: Set<string>;
}

/**
 * Indexes the figures of source text. A date also states its year, month
 * and day ("10 mars 2006" states 2006, mars 2006 and 10 mars); a document
 * number states its year. With `percentTable`, a plain number also counts as
 * a percentage (a table whose column is headed "Andel (%)").
 */
export function indexFigures(text: string, options: { percentTable?: boolean } = {}): FigureIndex {
  const keys = new Set<string>();
  for (const f of figuresIn(text)) {
    keys.add(f.key);
    if (f.kind === 'date') {
      const [y, m, d] = f.key.slice('date:'.length).split('-');
      keys.add(`number:${Number(y)}`);
      keys.add(`month:${y}-${m}`);
      keys.add(`month-day:${m}-${d}`);
    } else if (f.kind === 'month') {
      keys.add(`number:${Number(f.key.slice('month:'.length, 'month:'.length + 4))}`);
    } else if (f.kind === 'document-number') {
      keys.add(`number:${Number(f.key.split(':')[1].slice(0, 4))}`);
    } else if (f.kind === 'percent' || f.kind === 'percentage-points') {
      keys.add(`number:${f.key.split(':')[1]}`);
    } else if (f.kind === 'number' && options.percentTable) {
      keys.add(`percent:${f.key.slice('number:'.length)}`);
    }
  }
  return { keys, has: (figure) => keys.has(figure.key) };
}

/** The key a structured date states (`{ precision: 'day', value: '2006-03-10' }`), if it states one. */
export function dateFigure(date: { precision: string; value?: string }): Figure | undefined {
  if (!date.value) return undefined;
  if (date.precision === 'day') return { raw: date.value, kind: 'date', key: `date:${date.value}`, index: 0 };
  if (date.precision === 'month') return { raw: date.value, kind: 'month', key: `month:${date.value}`, index: 0 };
  if (date.precision === 'year') return { raw: date.value, kind: 'number', key: `number:${Number(date.value)}`, index: 0 };
  return undefined;
}

/** Whether a figure as written by a record (`figure` in a derived mark) is the same figure as `f`. */
export function sameFigure(written: string, f: Figure): boolean {
  return figuresIn(written).some((g) => g.key === f.key);
}
