/**
 * Content tests: pin the key facts of the record in content/ so that an edit
 * that contradicts the sources fails. They read the YAML and CSV files
 * directly (not through the loader), so they also guard the loader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsvStrict } from './csv.ts';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
const SOURCES = process.env.SOURCES_DIR;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const read = (...parts: string[]): Any => parse(readFileSync(join(CONTENT, ...parts), 'utf8'));
const version = (doc: string, v: string): Any => read('documents', doc, 'versions', `${v}.yaml`);
const passage = (doc: string, v: string, id: string): Any =>
  (version(doc, v).passages ?? []).find((p: Any) => p.id === id);
const yamlIds = (dir: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

describe('Vägledning 2004:2', () => {
  const doc = 'vagledning-2004-2';

  it('has exactly the versions the sources mention', () => {
    expect(yamlIds(join('documents', doc, 'versions')).sort()).toEqual(
      ['1', '11', '13', '18', '2009-01', '21', '4', '6', '7'].sort(),
    );
  });

  it('records the analysed range 1–21 and the succession by 2015:1', () => {
    const d = read('documents', doc, 'document.yaml');
    expect(d.analysedRange).toMatchObject({ from: 1, to: 21 });
    expect(d.replacedBy).toBe('vagledning-2015-1');
    expect(d.lineageCitation.source).toBe('samordningsrapport-2020');
  });

  it('dates version 4 to 2006-03-10 and version 13 to 2009-12-21, to the day', () => {
    expect(version(doc, '4').decided).toEqual({ precision: 'day', value: '2006-03-10' });
    expect(version(doc, '13').decided).toEqual({ precision: 'day', value: '2009-12-21' });
    expect(version(doc, '4').dateCitation.footnote).toBe(24);
    expect(version(doc, '13').dateCitation.footnote).toBe(25);
  });

  it('gives the other versions only the precision the report gives', () => {
    expect(version(doc, '1').decided).toEqual({ precision: 'year', value: '2004' });
    expect(version(doc, '7').decided).toEqual({ precision: 'year', value: '2007' });
    expect(version(doc, '11').decided).toEqual({ precision: 'year', value: '2008' });
    expect(version(doc, '18').decided).toEqual({ precision: 'year', value: '2011' });
    expect(version(doc, '2009-01').decided).toEqual({ precision: 'month', value: '2009-01' });
  });

  it('leaves the dates of versions 6 and 21 unknown', () => {
    expect(version(doc, '6').decided.precision).toBe('unknown');
    expect(version(doc, '21').decided.precision).toBe('unknown');
    expect(version(doc, '6').decided.value).toBeUndefined();
    expect(version(doc, '21').decided.value).toBeUndefined();
  });

  it('keeps the January 2009 change unnumbered, with a label', () => {
    const v = version(doc, '2009-01');
    expect(v.number).toBeNull();
    expect(v.label).toMatch(/januari 2009/);
    expect(passage(doc, '2009-01', 'arbetsgivarens-rehabiliteringsansvar')?.status).toBe('described');
  });

  it('quotes the initiativ- och samordningsansvar wording in version 1', () => {
    const p = passage(doc, '1', 'initiativ-och-samordningsansvar');
    expect(p.status).toBe('quoted');
    expect(p.text).toBe('initiativ- och samordningsansvar');
  });

  it('quotes "hela ohälsoprocessen" in version 4 and states it absent in version 13', () => {
    const v4 = passage(doc, '4', 'hela-ohalsoprocessen');
    expect(v4.status).toBe('quoted');
    expect(v4.text).toContain('löper över hela ohälsoprocessen');
    const v13 = passage(doc, '13', 'hela-ohalsoprocessen');
    expect(v13.status).toBe('absent');
    expect(v13.citation.footnote).toBe(25);
  });

  it('shows the version 6 → 7 change as the report’s paraphrase, not a quotation', () => {
    const v6 = passage(doc, '6', 'sammanfogning-av-atgarder');
    const v7 = passage(doc, '7', 'sammanfogning-av-atgarder');
    // The report renders both in its own sentences: the framing stays out of the compared wording.
    expect(v6.status).toBe('rendered');
    expect(v7.status).toBe('rendered');
    expect(v6.wording).not.toContain('I den tidigare skrivningen');
    expect(v7.wording).not.toContain('Under 2007');
    expect(v7.stated).toBe('ändrad');
    expect(v7.text).toContain('medicinska, sociala och arbetslivsinriktade');
    expect(v6.text).not.toContain('medicinska');
  });

  it('splits the coordination responsibility into two levels in version 11', () => {
    expect(passage(doc, '11', 'individniva-och-strukturell-niva')?.status).toBe('described');
    expect(passage(doc, '11', 'samordningsansvar-pa-individniva')).toBeDefined();
    expect(passage(doc, '11', 'samordningsansvar-pa-strukturell-niva')).toBeDefined();
  });

  it('quotes the samverkan and förtroende block of version 18', () => {
    const p = passage(doc, '18', 'samverkan-och-fortroende');
    expect(p.status).toBe('quoted');
    expect(p.text).toContain('öka förtroendet för Försäkringskassan hos medborgarna');
    expect(p.text).not.toContain('Vägledning 2004:2, version 18');
  });

  it('says nothing about the content of version 21', () => {
    expect(version(doc, '21').passages ?? []).toEqual([]);
  });
});

describe('Vägledning 2015:1', () => {
  const doc = 'vagledning-2015-1';

  it('replaces 2004:2, with analysed range 1–11', () => {
    const d = read('documents', doc, 'document.yaml');
    expect(d.replaces).toBe('vagledning-2004-2');
    expect(d.analysedRange).toMatchObject({ from: 1, to: 11 });
  });

  it('dates version 1 to 2015', () => {
    expect(version(doc, '1').decided).toEqual({ precision: 'year', value: '2015' });
  });

  it('carries samordnings- och tillsynsansvar and states the initiativ wording absent', () => {
    const tillsyn = passage(doc, '1', 'samordnings-och-tillsynsansvar');
    expect(tillsyn).toBeDefined();
    expect(tillsyn.status).not.toBe('absent');
    expect(tillsyn.citation.footnote).toBe(27);
    // The report sets the two against each other; it does not say one continues the other.
    expect(tillsyn.continues).toBeUndefined();
    expect(passage(doc, '1', 'initiativ-och-samordningsansvar')?.status).toBe('absent');
  });

  it('states the förtroende wording absent, under the same passage id as in 2004:2', () => {
    expect(passage(doc, '1', 'samverkan-och-fortroende')?.status).toBe('absent');
  });

  it('quotes the method support on fitting measures together, not linked to a 2004:2 passage the source does not name', () => {
    const p = passage(doc, '1', 'metodstod-foga-samman');
    expect(p.status).toBe('quoted');
    expect(p.text).toContain('bildar en väl fungerande helhet');
    expect(p.continues).toBeUndefined();
  });

  it('gives "rehabilitering likställd" only as the report’s paraphrase', () => {
    expect(passage(doc, '1', 'rehabilitering-likstalld')?.status).toBe('described');
  });
});

describe('Process 2009:07', () => {
  const doc = 'process-2009-07';

  it('is a process with versions 12 and 13', () => {
    expect(read('documents', doc, 'document.yaml').kind).toBe('process');
    expect(yamlIds(join('documents', doc, 'versions')).sort()).toEqual(['12', '13']);
  });

  it('dates version 13 to April 2019, to the month only, and leaves version 12 undated', () => {
    expect(version(doc, '13').decided).toEqual({ precision: 'month', value: '2019-04' });
    expect(version(doc, '12').decided.precision).toBe('unknown');
  });

  it('has the initial needs assessment in version 12 and states it removed in 13', () => {
    expect(passage(doc, '12', 'initial-behovsbedomning')?.status).toBe('described');
    expect(passage(doc, '13', 'initial-behovsbedomning')?.status).toBe('absent');
  });

  it('records the K2 and K3 criteria before and after, and the purposes in IM 2019:038', () => {
    for (const v of ['12', '13']) expect(passage(doc, v, 'kundflode-3')).toBeDefined();
    expect(passage(doc, '12', 'kundflode-2')).toBeDefined();
    // The report's reasoning on K2 after the revision is its own record, not a change of the K2 wording.
    expect(passage(doc, '13', 'fler-arenden-i-kundflode-2')?.status).toBe('described');
    expect(passage(doc, '13', 'syfte-med-andringarna').text).toContain('IM 2019:038');
  });

  it('does not give version 12 the three-benefit title, and records the merger at version 13 (footnote 28)', () => {
    expect(read('documents', doc, 'document.yaml').title).not.toBe('Processen för Sjukpenning, rehabilitering och rehabiliteringsersättning');
    expect(read('processes', 'kundfloden-version-12.yaml').description).not.toMatch(/version 12 av processen för sjukpenning, rehabilitering och rehabiliteringsersättning/i);
    expect(passage(doc, '12', 'formaner-i-processen')).toMatchObject({ status: 'described', citation: { footnote: 28 } });
    expect(passage(doc, '13', 'formaner-i-processen')).toMatchObject({ stated: 'ändrad', citation: { footnote: 28 } });
    expect(passage(doc, '12', 'utredning-arbetslivsinriktad-rehabilitering').text).toContain('sedan 2016');
  });
});

describe('corrections from the source audit (issue 14)', () => {
  const guide = (...parts: string[]) => readFileSync(join(CONTENT, 'guides', ...parts), 'utf8');

  it('limits the 70/15/2 per cent meeting shares to sick cases between day 277 and 916', () => {
    const line = guide('moten-och-verktyg', 'avstamningsmotet.mdx').split('\n').find((l) => l.includes('70 procent'))!;
    expect(line).toMatch(/277/);
    expect(line).toMatch(/916/);
  });

  it('keeps the qualifiers and speakers the sources give', () => {
    expect(guide('samordning', 'samordningsuppdraget.mdx')).not.toMatch(/arbetar handläggarna ändå mer som om/);
    expect(guide('samordning', 'samordningsuppdraget.mdx')).not.toMatch(/Orden används ofta om varandra|Rapporten tror/);
    expect(guide('erfarenheter', 'tillitslabbet.mdx')).not.toMatch(/STs|fackförbundet|dialogen som det viktigaste/);
    expect(guide('samordning', 'handlaggarens-roll.mdx')).not.toMatch(/Tillitslabbet i Torsby beskrev handläggarna/);
    expect(guide('erfarenheter', 'amia-syd.mdx')).not.toMatch(/bara arbetade med projektdeltagare som hade en anställning|till till/);
    expect(read('events', 'nationell-overenskommelse-2019.yaml').description).toMatch(/bedöms ha behov av arbetslivsinriktad\s+rehabilitering/);
    expect(read('glossary', 'faros.yaml').meaning).not.toMatch(/Malmö/);
    for (const f of [['events', 'rehabiliteringskedjan.yaml'], ['glossary', 'rehabiliteringskedjan.yaml']]) {
      const r = read(...f);
      expect(r.description ?? r.meaning).not.toMatch(/egna arbetet/);
      expect(r.description ?? r.meaning).toMatch(/nuvarande eller tillfälliga\s+arbetsuppgifter/);
    }
  });

  it('says that the regions\' duty was the Ds 2018:5 proposal, not the law as the source describes it', () => {
    expect(read('glossary', 'koordineringsinsatser.yaml').meaning).not.toMatch(/är funktionen en skyldighet/);
    expect(read('events', 'lag-koordineringsinsatser.yaml').description).not.toMatch(/Den gör\s+regionernas funktion/);
  });

  it('dates AMiA Syd\'s first intake, not its start, and gives no year the source does not give', () => {
    expect(read('events', 'amia-syd.yaml').title).toMatch(/första deltagare/);
    expect(JSON.stringify(read('processes', 'amia-syd-arbetssatt.yaml'))).not.toMatch(/september 2012 i samtliga/i);
  });

  it('publishes no AMiA Syd figure that the source marks as to be updated', () => {
    expect(yamlIds('statistics').filter((id) => id.startsWith('amia-syd'))).toEqual([]);
    const text = guide('erfarenheter', 'amia-syd.mdx');
    for (const figure of ['52 procent', '321', '365', '95 och 180']) expect(text).not.toContain(figure);
  });

  it('writes decimal commas and keeps the autumn 2015 date on the target, not the assignment', () => {
    const text = guide('for-analytiker', 'styrningens-pendelrorelse.mdx');
    expect(text).not.toMatch(/9\.0/);
    expect(read('events', 'bortre-tidsgrans.yaml').description).not.toContain('17 000');
  });
});

describe('every version and passage', () => {
  const docs = readdirSync(join(CONTENT, 'documents'));
  const all = docs.flatMap((doc) =>
    yamlIds(join('documents', doc, 'versions')).map((v) => ({ doc, v, data: version(doc, v) })),
  );

  it('cites a known decision date', () => {
    for (const { data } of all) {
      if (data.decided.precision !== 'unknown') expect(data.dateCitation).toBeDefined();
    }
  });

  it('only quotes text that has a citation, and never a placeholder', () => {
    for (const { data } of all) {
      for (const p of data.passages ?? []) {
        expect(p.citation?.source).toBeTruthy();
        if (p.status !== 'absent') expect(p.text).toBeTruthy();
        expect(p.text ?? '').not.toMatch(/xxx|skall uppdateras|\.\.\.|…/i);
      }
    }
  });
});

describe('sources', () => {
  const ids = yamlIds('sources');

  it('has the five sources under their fixed ids', () => {
    expect(ids.sort()).toEqual(
      ['amia-syd-2013', 'mi-rapport-2014', 'publikt-buren', 'publikt-quist-2017', 'samordningsrapport-2020'].sort(),
    );
  });

  it('names the text file of every source', () => {
    for (const id of ids) {
      const file = read('sources', `${id}.yaml`).file;
      expect(file, id).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
      if (SOURCES) expect(existsSync(join(SOURCES, file)), `${id}: ${file}`).toBe(true);
    }
  });

  it('prints no series number for report 001 and no date for the Buren article', () => {
    expect(read('sources', 'samordningsrapport-2020.yaml').series).toBeUndefined();
    expect(read('sources', 'publikt-buren.yaml').date).toMatchObject({ precision: 'unknown' });
    expect(read('sources', 'publikt-buren.yaml').date.notBefore).toBeUndefined();
  });

  it('lists the AMiA Syd placeholders as flaws', () => {
    const flaws = read('sources', 'amia-syd-2013.yaml').flaws;
    expect(flaws.filter((f: Any) => f.kind === 'platshållare').length).toBeGreaterThanOrEqual(2);
  });
});

describe('statistics', () => {
  const ids = yamlIds('statistics');
  const csv = (id: string) => {
    const parsed = parseCsvStrict(readFileSync(join(CONTENT, 'statistics', `${id}.csv`)));
    if ('problem' in parsed) throw new Error(`${id}.csv:${parsed.problem.line}: ${parsed.problem.message}`);
    return [parsed.header, ...parsed.rows];
  };

  it('ties every table to its source table and matches the CSV header to the columns', () => {
    for (const id of ids) {
      const meta = read('statistics', `${id}.yaml`);
      expect(meta.citation.table, id).toMatch(/^Tabell \d$/);
      const [header] = csv(id);
      expect(header, id).toEqual(meta.columns.map((c: Any) => c.key));
    }
  });

  it('has no placeholder and only plain numbers (or an empty cell) in numeric columns', () => {
    for (const id of ids) {
      const meta = read('statistics', `${id}.yaml`);
      const [header, ...rows] = csv(id);
      const numeric = meta.columns.filter((c: Any) => c.unit).map((c: Any) => header.indexOf(c.key));
      for (const row of rows) {
        for (const cell of row) expect(cell, id).not.toMatch(/xxx|skall uppdateras|\?/i);
        for (const i of numeric) expect(row[i] ?? '', `${id}: ${row.join(',')}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
      }
    }
  });

  it('shows the table figures for 2016 and 2018 and records footnote 16 as a discrepancy', () => {
    const [header, ...rows] = csv('avstamningsmoten-halvarsvis-2011-2019');
    const col = header.indexOf('avstamningsmoten');
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row('Antal 2016')[col]).toBe('63862');
    expect(row('Antal 2018')[col]).toBe('40643');
    const d = read('statistics', 'avstamningsmoten-halvarsvis-2011-2019.yaml').discrepancies;
    expect(d).toContainEqual(expect.objectContaining({ row: 'Antal 2016', tableValue: '63862', textValue: '61216' }));
    expect(d).toContainEqual(expect.objectContaining({ row: 'Antal 2018', tableValue: '40643', textValue: '38671' }));
  });

  it('keeps the half-years summing to the year, as in Tabell 1', () => {
    const [header, ...rows] = csv('avstamningsmoten-halvarsvis-2011-2019');
    const [ar, halvar, moten] = ['ar', 'halvar', 'avstamningsmoten'].map((k) => header.indexOf(k));
    for (const year of rows.filter((r) => r[halvar] === '')) {
      const halves = rows.filter((r) => r[ar] === year[ar] && r[halvar] !== '');
      expect(halves.reduce((s, r) => s + Number(r[moten]), 0)).toBe(Number(year[moten]));
    }
  });
});

describe('events', () => {
  it('dates the law on koordineringsinsatser to 2020-02-01 and the removal of the bortre tidsgräns to February 2016', () => {
    expect(read('events', 'lag-koordineringsinsatser.yaml').date).toEqual({ precision: 'day', value: '2020-02-01' });
    expect(read('events', 'bortre-tidsgrans.yaml').end).toEqual({ precision: 'month', value: '2016-02' });
  });

  it('gives every event a citation', () => {
    for (const id of yamlIds('events')) expect(read('events', `${id}.yaml`).citation?.source, id).toBeTruthy();
  });
});

describe('glossary', () => {
  const required = [
    'samordning', 'samverkan', 'tillsynsansvar', 'samordningsuppdraget', 'k1', 'k2', 'k3', 'kundfloden', 'ibb',
    'sassam', 'gk', 'affk', 'phl', 'fkfs', 'sfb', 'doa', 'midas', 'store', 'isf', 'finsam', 'samordningsforbund',
    'bors', 'mi', 'redo', 'far', 'intro', 'avstamningsmote', 'rehabiliteringskedjan', 'bortre-tidsgrans',
    'arbetslivsinriktad-rehabilitering', 'koordineringsinsatser', 'omstallningsmote', 'tillitslabbet', 'amia-syd',
    'im', 'prop', 'sou', 'esf',
  ];

  it('has every term other content refers to', () => {
    const ids = yamlIds('glossary');
    for (const id of required) expect(ids, id).toContain(id);
  });

  it('invents no expansion for abbreviations the sources leave unexpanded', () => {
    for (const id of ['affk', 'fkfs', 'doa', 'store', 'im', 'esf', 'sou', 'finsam']) {
      const g = read('glossary', `${id}.yaml`);
      expect(g.explainedInSources, id).toBe(false);
      expect(g.expansion, id).toBeUndefined();
    }
  });
});
