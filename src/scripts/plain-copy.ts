/**
 * Copying text gives the words as written: Chromium keeps the soft hyphens
 * that mark where a heading may break (src/lib/hyphenate.ts) in what it
 * copies, and a pasted "Sam­ord­nings­upp­dra­get" would not be found by a search.
 */
const SOFT_HYPHEN = '\u00ad';

export function copyWithoutSoftHyphens(): void {
  document.addEventListener('copy', (event) => {
    const text = document.getSelection()?.toString() ?? '';
    if (!text.includes(SOFT_HYPHEN) || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text.replaceAll(SOFT_HYPHEN, ''));
    event.preventDefault();
  });
}
