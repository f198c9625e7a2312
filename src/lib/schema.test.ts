import { describe, expect, it } from 'vitest';
import { INJECTION_PROBES } from '../../tests/support/injection.ts';
import { VALID_FIXTURE } from '../../tests/support/fixtures.ts';
import { loadContent } from './load-content.ts';
import {
  conceptSchema,
  documentSchema,
  eventSchema,
  glossarySchema,
  guideFrontmatter,
  markupProblem,
  processSchema,
  sourceSchema,
  statisticSchema,
  versionSchema,
} from './schema.ts';

describe('markupProblem', () => {
  it('accepts Swedish titles with quotes, dashes, § and ampersands', () => {
    for (const title of ['Vägledning 2004:2', '”Hela ohälsoprocessen” – 30 kap. 8 § SFB', 'Försäkringskassan & Arbetsförmedlingen', "Rapportens 'mening'", 'Kvinnor 16–64 år, 41 926 möten (3,5 %)']) {
      expect(markupProblem(title), title).toBeUndefined();
    }
  });

  it('refuses markup characters and control characters, naming them', () => {
    expect(markupProblem(INJECTION_PROBES[0])).toMatch(/^contains "<" and ">": a title, name or label is plain text, never markup/);
    expect(markupProblem(INJECTION_PROBES[1])).toMatch(/^contains ">" and "<"/);
    expect(markupProblem('Rad ett\nrad två')).toMatch(/^contains U\+000A/);
  });
});

describe('every title, name and label field', () => {
  const { corpus } = loadContent(VALID_FIXTURE);
  const process = { ...corpus.processes[0].data, transitions: [{ from: 'start', to: 'slut', label: 'klar' }] };
  const version = { ...corpus.versions[0].data, label: 'Ändringen' };
  const glossary = { ...corpus.glossary[0].data, expansion: 'Samordning' };
  const source = { ...corpus.sources[0].data, subtitle: 'Undertitel', place: 'Stockholm', series: '2020:1', authors: ['Anna Andersson'] };
  const guide = { title: 'Börja här', description: 'En guide.', reviewed: '2026-11-23', searchTerms: ['AM'], sidebar: { order: 1, label: 'Börja' } };
  const cases: [string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, unknown, (string | number)[]][] = [
    ['source title', sourceSchema, source, ['title']],
    ['source subtitle', sourceSchema, source, ['subtitle']],
    ['source publisher', sourceSchema, source, ['publisher']],
    ['source author', sourceSchema, source, ['authors', 0]],
    ['source place', sourceSchema, source, ['place']],
    ['source series', sourceSchema, source, ['series']],
    ['document title', documentSchema, corpus.documents[0].data, ['title']],
    ['document name', documentSchema, corpus.documents[0].data, ['name']],
    ['version label', versionSchema, version, ['label']],
    ['passage title', versionSchema, version, ['passages', 0, 'title']],
    ['cited section', versionSchema, version, ['passages', 0, 'citation', 'section']],
    ['concept title', conceptSchema, corpus.concepts[0].data, ['title']],
    ['process title', processSchema, process, ['title']],
    ['lane label', processSchema, process, ['lanes', 0, 'label']],
    ['step label', processSchema, process, ['steps', 0, 'label']],
    ['transition label', processSchema, process, ['transitions', 0, 'label']],
    ['event title', eventSchema, corpus.events[0].data, ['title']],
    ['statistic title', statisticSchema, corpus.statistics[0].data, ['title']],
    ['statistic unit', statisticSchema, corpus.statistics[0].data, ['unit']],
    ['statistic period', statisticSchema, corpus.statistics[0].data, ['period']],
    ['column label', statisticSchema, corpus.statistics[0].data, ['columns', 0, 'label']],
    ['glossary term', glossarySchema, glossary, ['term']],
    ['glossary expansion', glossarySchema, glossary, ['expansion']],
    ['guide title', guideFrontmatter, guide, ['title']],
    ['guide description', guideFrontmatter, guide, ['description']],
    ['guide search term', guideFrontmatter, guide, ['searchTerms', 0]],
    ['guide sidebar label', guideFrontmatter, guide, ['sidebar', 'label']],
  ];
  const withValue = (record: unknown, path: (string | number)[], value: string): unknown => {
    const copy = structuredClone(record) as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = value;
    return copy;
  };

  it.each(cases)('%s is valid as fixture text and refuses both probes', (_, schema, record, path) => {
    expect(schema.safeParse(record).success).toBe(true);
    for (const probe of INJECTION_PROBES) {
      const result = schema.safeParse(withValue(record, path, probe));
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.path)).toEqual([path]);
    }
  });

  it('refuses Starlight fields that write HTML into the page in a guide', () => {
    const result = guideFrontmatter.safeParse({ title: 'G', reviewed: '2026-11-23', head: [{ tag: 'script', content: 'alert(1)' }], hero: { title: 'x' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['head', 'hero'] }]);
  });
});
