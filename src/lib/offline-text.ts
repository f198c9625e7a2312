/**
 * The save control's words and numbers, in Swedish: sizes with a decimal
 * comma and a no-break space between thousands ("1,2 MB", "930 kB").
 */
import { formatNumber } from './numbers.ts';

/** "1,2 MB", "930 kB", "12 byte"; one decimal from 1 MB up. */
export function byteText(bytes: number): string {
  // From 999 500 byte: "1 MB", not "1 000 kB".
  if (bytes >= 999_500) return `${formatNumber(bytes / 1_000_000, 1)} MB`;
  if (bytes >= 1000) return `${formatNumber(Math.round(bytes / 1000), 0)} kB`;
  return `${formatNumber(bytes, 0)} byte`;
}

const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

/** What a save will take, shown before it starts: "25 sidor och 12 andra filer, 3,4 MB". */
export function saveSizeText(set: { files: unknown[]; pages: number; bytes: number }): string {
  const others = set.files.length - set.pages;
  return `${count(set.pages, 'sida', 'sidor')}${others ? ` och ${count(others, 'annan fil', 'andra filer')}` : ''}, ${byteText(set.bytes)}`;
}

/** While it runs: "Sparar 12 av 40 filer (1,2 MB av 3,4 MB)". */
export function progressText(done: number, total: number, doneBytes: number, totalBytes: number): string {
  return `Sparar ${formatNumber(done, 0)} av ${count(total, 'fil', 'filer')} (${byteText(doneBytes)} av ${byteText(totalBytes)})`;
}

/** When some files could not be fetched: "Allt kunde inte sparas: 3 av 2 345 filer …". */
export function failedText(failed: number, total: number): string {
  return `Allt kunde inte sparas: ${formatNumber(failed, 0)} av ${count(total, 'fil', 'filer')} gick inte att hämta. Kontrollera anslutningen och försök igen.`;
}
