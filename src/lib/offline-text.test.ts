import { describe, expect, it } from 'vitest';
import { byteText, failedText, progressText, saveSizeText } from './offline-text.ts';

describe('save control text', () => {
  it('gives sizes the Swedish way', () => {
    expect(byteText(3_412_000)).toBe('3,4 MB');
    expect(byteText(1_234_567_000)).toBe('1\u00a0234,6 MB');
    expect(byteText(929_600)).toBe('930 kB');
    expect(byteText(12)).toBe('12 byte');
    expect(byteText(999_700)).toBe('1 MB');
  });

  it('says what a save takes before it starts, and how far it has come', () => {
    expect(saveSizeText({ files: new Array(37), pages: 25, bytes: 3_400_000 })).toBe('25 sidor och 12 andra filer, 3,4 MB');
    expect(saveSizeText({ files: [1, 2], pages: 1, bytes: 2000 })).toBe('1 sida och 1 annan fil, 2 kB');
    expect(progressText(12, 40, 1_200_000, 3_400_000)).toBe('Sparar 12 av 40 filer (1,2 MB av 3,4 MB)');
    expect(progressText(1200, 4000, 1_200_000, 3_400_000)).toBe('Sparar 1\u00a0200 av 4\u00a0000 filer (1,2 MB av 3,4 MB)');
    expect(failedText(3, 2345)).toBe('Allt kunde inte sparas: 3 av 2\u00a0345 filer gick inte att hämta. Kontrollera anslutningen och försök igen.');
  });
});
