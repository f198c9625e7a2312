import { describe, expect, it } from 'vitest';
import { formatOf, plainText, splitFullText } from './split.ts';

describe('splitFullText', () => {
  it('splits Markdown by its headings, numbers kept as printed', () => {
    const md = '# 15 Samordning\n\nFörsta stycket.\n\n## 15.1 Ansvar\n\nAndra\nstycket.\n\n- en punkt\n- en till\n\n## 15.2 Möten\n\nTredje.';
    expect(splitFullText(md, 'markdown')).toEqual([
      { headings: ['15 Samordning'], paragraph: 1, text: 'Första stycket.' },
      { headings: ['15 Samordning', '15.1 Ansvar'], paragraph: 1, text: 'Andra stycket.' },
      { headings: ['15 Samordning', '15.1 Ansvar'], paragraph: 2, text: 'en punkt en till' },
      { headings: ['15 Samordning', '15.2 Möten'], paragraph: 1, text: 'Tredje.' },
    ]);
  });

  it('reads Markdown inline markup as its text: emphasis, links, escapes, entities, breaks, code', () => {
    const md = '## 15.3 Stöd\n\nEtt *viktigt* [stöd](/x) \\*inte\\* &amp; mer  \nnästa rad med `kod`.\n\n> Citerat\n> stycke.\n\n1. ett\n   - inre\n2. två\n\n```\nkod i block\n```';
    expect(splitFullText(md, 'markdown').map((p) => p.text)).toEqual([
      'Ett viktigt stöd *inte* & mer nästa rad med kod.',
      'Citerat stycke.',
      'ett inre två',
      'kod i block',
    ]);
  });

  it('splits HTML by h1–h6 and block elements, leaving scripts and navigation out', () => {
    const html = '<html><head><title>x</title></head><body><nav><p>Meny</p></nav><main><h2>15.1 Ansvar</h2><p>Ett <em>stycke</em>.</p><div><p>Två.</p></div><script>alert(1)</script><h3>15.1.1 Del</h3><ul><li>a</li><li>b</li></ul></main></body></html>';
    expect(splitFullText(html, 'html')).toEqual([
      { headings: ['15.1 Ansvar'], paragraph: 1, text: 'Ett stycke.' },
      { headings: ['15.1 Ansvar'], paragraph: 2, text: 'Två.' },
      { headings: ['15.1 Ansvar', '15.1.1 Del'], paragraph: 1, text: 'a b' },
    ]);
  });

  it('splits plain text by numbered heading lines, joining soft line breaks', () => {
    const text = '15 Samordning\n\nFörsäkringskassan ska\nsamordna.\n\n15.1 Ansvar\nEtt stycke.\n\n16 Nästa\n\nSista.';
    expect(splitFullText(text, 'text').map((p) => [p.headings.join(' > '), p.text])).toEqual([
      ['15 Samordning', 'Försäkringskassan ska samordna.'],
      ['15 Samordning > 15.1 Ansvar', 'Ett stycke.'],
      ['16 Nästa', 'Sista.'],
    ]);
  });

  it('does not take a numbered sentence for a heading', () => {
    const parts = splitFullText('1 Inledning\n\n2 000 ärenden fördelades i kundflöde 2 under året, enligt rapporten.\n', 'text');
    expect(parts).toHaveLength(1);
  });

  it('rejects an empty file and a file without headings', () => {
    expect(() => splitFullText('  \n', 'text')).toThrow('is empty');
    expect(() => splitFullText('Bara löptext utan rubriker.', 'markdown')).toThrow(/has no headings/);
  });

  it('writes a plain text in which every heading and passage is found', () => {
    const parts = splitFullText('# 1 A\n\nx\n\n## 1.1 B\n\ny\n\n# 2 C\n\nz', 'markdown');
    expect(plainText(parts)).toBe('1 A\n\nx\n\n1.1 B\n\ny\n\n2 C\n\nz\n');
    expect(splitFullText(plainText(parts), 'text')).toEqual(parts.map((p) => ({ ...p })));
  });

  it('tells the format from the file name', () => {
    expect([formatOf('v1.md'), formatOf('v1.HTML'), formatOf('v1.txt')]).toEqual(['markdown', 'html', 'text']);
  });
});
