import { describe, expect, it } from 'vitest';
import { softHyphenate } from './hyphenate.ts';

const SHY = '\u00ad';

describe('soft hyphens in long words', () => {
  it('marks the Swedish syllable breaks of long compounds only, and takes nothing away', () => {
    expect(softHyphenate('Samordningsuppdragets praktik')).toBe(`Sam${SHY}ord${SHY}nings${SHY}upp${SHY}dra${SHY}gets praktik`);
    expect(softHyphenate('Avstämningsmötet')).toContain(SHY);
    // No break leaves fewer than three letters on a line: not "sjukförsäkring-en", not "Re-habiliterings…".
    expect(softHyphenate('sjukförsäkringen')).toBe(`sjuk${SHY}för${SHY}säk${SHY}ringen`);
    expect(softHyphenate('Rehabiliteringskedjan').startsWith(`Reha`)).toBe(true);
    expect(softHyphenate('Vägledning 2004:2, version 7')).toBe('Vägledning 2004:2, version 7');
    for (const text of ['Rehabiliteringskedjan', 'Förtroendeförskjutningen i korthet']) expect(softHyphenate(text).replaceAll(SHY, '')).toBe(text);
  });

});
