/**
 * Generates a valid content folder of any size for `npm run bench`: guides
 * written with the real guide components under the citation rule, documents
 * whose passages change word by word from version to version, and the few
 * other records the pages need. Pure and seeded: the result is a map from
 * path (relative to the content folder) to file text.
 */
import { stringify } from 'yaml';
import type { Corpus } from '../src/lib/corpus.ts';
import { seededRandom, type Random } from './random.ts';
import { mutateWords, phrase, sentence, textOfLength } from './swedish-text.ts';

/** What the benchmark scales: the four kinds of content pages are made of. */
export interface ContentCounts {
  guides: number;
  documents: number;
  versions: number;
  /** Passage records summed over all versions. */
  passages: number;
}

export interface SyntheticCorpusOptions {
  seed: number;
  counts: ContentCounts;
  /** Adds one document whose every version holds about this many characters of passage text. */
  largeDocument?: { chars: number; versions: number };
}

export const LARGE_DOCUMENT_ID = 'bench-stort-dokument';

/** The sidebar groups of astro.config.ts, so synthetic guides land in the sidebar as real ones do. */
const GUIDE_GROUPS = ['kom-igang', 'samordning', 'moten-och-verktyg', 'erfarenheter', 'for-analytiker'];
const SOURCES = ['bench-rapport', 'bench-artikel', 'bench-projektrapport'];
const TERMS = [
  ['af', 'Af', 'Arbetsförmedlingen'], ['fk', 'FK', 'Försäkringskassan'], ['mi', 'MI', 'Motiverande samtal'],
  ['sfb', 'SFB', 'Socialförsäkringsbalken'], ['sassam', 'SASSAM', 'Kartläggningsmetod för arbetsförmåga'],
  ['finsam', 'Finsam', 'Finansiell samordning'], ['avstamningsmote', 'Avstämningsmöte', 'Möte om planering'],
  ['samordning', 'Samordning', 'Att foga samman insatser'], ['samverkan', 'Samverkan', 'Att arbeta tillsammans'],
  ['rehabiliteringskedjan', 'Rehabiliteringskedjan', 'Tidsgränser för prövning av arbetsförmåga'],
] as const;
const SECTIONS = ['Inledning', 'Bakgrund', 'Resultat', 'Diskussion', 'Slutsatser', 'Bilaga 1'];

/** The real counts times `factor`; the guides times `guideFactor`, which bench/run.ts sets apart (see there). */
export function scaleCounts(real: ContentCounts, factor: number, guideFactor = factor): ContentCounts {
  return {
    guides: Math.round(real.guides * guideFactor),
    documents: Math.max(1, Math.round(real.documents * factor)),
    versions: Math.round(real.versions * factor),
    passages: Math.round(real.passages * factor),
  };
}

export function countContent(corpus: Corpus): ContentCounts {
  return {
    guides: corpus.guides.length,
    documents: corpus.documents.length,
    versions: corpus.versions.length,
    passages: corpus.versions.reduce((sum, v) => sum + v.data.passages.length, 0),
  };
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const cite = (random: Random) => ({ source: random.pick(SOURCES), section: random.pick(SECTIONS) });
const citeTag = (random: Random) => {
  const c = cite(random);
  return `<Cite source="${c.source}" section="${c.section}" />`;
};
const pad = (n: number) => String(n).padStart(4, '0');

/** Day n after 2004-01-01, as YYYY-MM-DD. */
const dayAfterStart = (n: number) => new Date(Date.UTC(2004, 0, 1 + n)).toISOString().slice(0, 10);

function supportingRecords(files: Map<string, string>, firstDocument: string, firstPassage: string) {
  SOURCES.forEach((id, i) => {
    files.set(`sources/${id}.yaml`, yaml({
      title: `Syntetisk källa ${i + 1}`,
      kind: ['rapport', 'artikel', 'projektrapport'][i],
      publisher: 'Benchmarkmyndigheten',
      date: { precision: 'year', value: String(2010 + i) },
      file: `${id}.txt`,
      description: 'Genererad källa för prestandamätningar.',
    }));
  });
  for (const [id, term, expansion] of TERMS) {
    files.set(`glossary/${id}.yaml`, yaml({ term, expansion, explainedInSources: true, citation: { source: SOURCES[0], section: 'Inledning' } }));
  }
  files.set('concepts/bench-begrepp.yaml', yaml({
    title: 'Samordningsansvar', description: 'Genererat begrepp.', passages: [{ document: firstDocument, passage: firstPassage }],
  }));
  files.set('events/bench-reform.yaml', yaml({
    title: 'En reform', kind: 'reform', date: { precision: 'year', value: '2008' }, description: 'Genererad händelse.',
    citation: { source: SOURCES[0], section: 'Bakgrund' },
  }));
  files.set('statistics/bench-moten.yaml', yaml({
    title: 'Antal möten', citation: { source: SOURCES[0], section: 'Bilaga 1', table: 'Tabell 1' }, unit: 'antal',
    period: '2011–2019', columns: [{ key: 'period', label: 'Period' }, { key: 'antal', label: 'Antal möten' }],
  }));
  files.set('statistics/bench-moten.csv', `period,antal\n${Array.from({ length: 9 }, (_, i) => `${2011 + i},${1000 + i * 37}`).join('\n')}\n`);
  files.set('processes/bench-flode.yaml', yaml({
    title: 'Ett flöde', description: 'Genererad process.', citation: { source: SOURCES[0], section: 'Inledning' },
    lanes: [{ id: 'handlaggare', label: 'Handläggare' }],
    steps: [
      { id: 'start', kind: 'start', label: 'Start', lane: 'handlaggare' },
      { id: 'utred', label: 'Utred', lane: 'handlaggare' },
      { id: 'slut', kind: 'slut', label: 'Slut', lane: 'handlaggare' },
    ],
    transitions: [{ from: 'start', to: 'utred' }, { from: 'utred', to: 'slut' }],
  }));
}

interface DocumentShape {
  id: string;
  versions: number;
  passagesPerVersion: number;
  passageChars: [number, number];
  /** Word edits per passage from one version to the next. */
  editsPerVersion: number;
}

function documentFiles(random: Random, files: Map<string, string>, shape: DocumentShape, index: number) {
  files.set(`documents/${shape.id}/document.yaml`, yaml({
    title: `Syntetisk vägledning ${index + 1}`,
    name: `Vägledning ${2000 + (index % 25)}:${index + 1}`,
    kind: 'vägledning',
    description: textOfLength(random, 150),
  }));
  let passages = Array.from({ length: shape.passagesPerVersion }, (_, i) => ({
    id: `avsnitt-${i + 1}`,
    title: phrase(random),
    text: textOfLength(random, random.int(...shape.passageChars)),
  }));
  let day = random.int(0, 400);
  for (let number = 1; number <= shape.versions; number++) {
    if (number > 1) passages = passages.map((p) => ({ ...p, text: mutateWords(random, p.text, shape.editsPerVersion) }));
    day += random.int(30, 200);
    files.set(`documents/${shape.id}/versions/${number}.yaml`, yaml({
      number,
      decided: { precision: 'day', value: dayAfterStart(day) },
      dateCitation: cite(random),
      summary: sentence(random),
      passages: passages.map((p) => {
        const status = random.chance(0.05) ? 'absent' : random.chance(0.8) ? 'quoted' : 'rendered';
        // A report's rendering of a changed wording comes with its statement of the change, as the history model requires.
        const words = status === 'absent' ? {} : status === 'rendered' ? { text: p.text, wording: p.text, ...(number > 1 ? { stated: 'ändrad' } : {}) } : { text: p.text };
        return { id: p.id, title: p.title, status, ...words, citation: cite(random) };
      }),
    }));
  }
}

/** A guide of roughly the real guides' length (about 12 kB of MDX), citing every paragraph. */
function guideFile(seed: number, index: number, documentIds: string[]): string {
  // Its own stream per guide, so guide i is the same text at every scale and page sizes compare like for like.
  const random = seededRandom(seed * 7919 + index);
  const term = () => {
    const [id, word] = random.pick(TERMS);
    return `<Term id="${id}">${word}</Term>`;
  };
  const lines = [
    '---',
    `title: ${phrase(random)} ${index + 1}`,
    `description: ${sentence(random)}`,
    'reviewed: 2026-11-23',
    `sidebar: { order: ${index + 1} }`,
    '---',
    "import Cite from '@components/Cite.astro';",
    "import Term from '@components/Term.astro';",
    "import Unknown from '@components/Unknown.astro';",
    '',
    `${sentence(random)} ${term()} ${sentence(random)} ${citeTag(random)}`,
    '',
  ];
  for (let s = 0; s < 6; s++) {
    lines.push(`## ${phrase(random)}`, '');
    for (let p = 0; p < 3; p++) lines.push(`${textOfLength(random, 250)} ${term()} ${sentence(random)} ${citeTag(random)}`, '');
    for (let item = 0; item < 3; item++) lines.push(`- ${sentence(random)} ${citeTag(random)}`);
    lines.push('');
    if (s === 2) lines.push(`<Unknown>${sentence(random)} ${citeTag(random)}</Unknown>`, '');
  }
  const related = documentIds[index % documentIds.length];
  lines.push(
    '## Läs mer på webbplatsen',
    '',
    `- [${related}](/vagledningar/${related}/)`,
    '- [Begrepp](/begrepp/)',
    '- [Källor](/kallor/)',
    '',
  );
  return lines.join('\n');
}

export function generateSyntheticCorpus({ seed, counts, largeDocument }: SyntheticCorpusOptions): Map<string, string> {
  const random = seededRandom(seed);
  const files = new Map<string, string>();
  // Versions spread over the documents so their sum is exactly counts.versions.
  const versionsOf = (i: number) => Math.max(1, Math.floor(((i + 1) * counts.versions) / counts.documents) - Math.floor((i * counts.versions) / counts.documents));
  const passagesPerVersion = Math.max(1, Math.round(counts.passages / Math.max(1, counts.versions)));
  const documentIds = Array.from({ length: counts.documents }, (_, i) => `bench-dokument-${pad(i + 1)}`);
  documentIds.forEach((id, i) =>
    documentFiles(random, files, { id, versions: versionsOf(i), passagesPerVersion, passageChars: [150, 600], editsPerVersion: 3 }, i),
  );
  if (largeDocument) {
    const passageChars = 2500;
    documentFiles(random, files, {
      id: LARGE_DOCUMENT_ID,
      versions: largeDocument.versions,
      passagesPerVersion: Math.ceil(largeDocument.chars / (passageChars + 60)),
      passageChars: [passageChars, passageChars + 100],
      editsPerVersion: 8,
    }, documentIds.length);
  }
  for (let i = 0; i < counts.guides; i++) {
    files.set(`guides/${GUIDE_GROUPS[i % GUIDE_GROUPS.length]}/bench-guide-${pad(i + 1)}.mdx`, guideFile(seed, i, documentIds));
  }
  supportingRecords(files, documentIds[0], 'avsnitt-1');
  return files;
}
