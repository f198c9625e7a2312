/**
 * Numbers the Swedish way: a (no-break) space between thousands and a decimal
 * comma, "41 926" and "12,5", as Intl's sv-SE format prints them.
 */
const formats = new Map<number, Intl.NumberFormat>();

/** A number in Swedish format, with at most `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits = 2): string {
  let format = formats.get(fractionDigits);
  if (!format) formats.set(fractionDigits, (format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

/**
 * A standalone run of five or more digits: not joined to a letter, another
 * digit or an identifier's separator, so 2004:2, 2026-12-01, 3.2.1 and
 * "dnr 004146–2019" are left as they are, and so are decimals; years have four digits.
 */
const UNGROUPED = /(?<![\p{L}\d:/\-–._])(?<!\d,)\d{5,}(?![\p{L}\d:/\-–_]|[.,]\d)/gu;

/** A sentence from the content with its large whole numbers grouped by thousands ("16151 möten" → "16 151 möten"). */
export function groupThousands(text: string): string {
  return text.replace(UNGROUPED, (digits) => formatNumber(Number(digits)));
}
