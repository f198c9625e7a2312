/**
 * The whole content model in memory, as `load-content.ts` reads it. The
 * command-line checks get it from there directly, the Astro pages through the
 * content loaders (`collections.ts`), so validation and every derived view
 * work on the same entries.
 */
import type {
  Concept,
  GuideChange,
  GlossaryTerm,
  PolicyDocument,
  PolicyEvent,
  Process,
  Source,
  Statistic,
  Version,
} from './schema.ts';
import { oncePer } from './once-per.ts';

export interface Entry<T> {
  /** The file name without extension: the record's id. */
  id: string;
  /** Path of the file the record came from, for messages. */
  file: string;
  data: T;
}

export interface VersionEntry extends Entry<Version> {
  /** Id of the document this version belongs to (its folder). */
  document: string;
}

export interface StatisticEntry extends Entry<Statistic> {
  csvFile: string;
  /** Rows of the CSV, keyed by column; an empty string is a value the table does not give. */
  rows: Record<string, string>[];
}

export interface GuideEntry {
  /** Slug path, e.g. "moten-och-verktyg/avstamningsmotet". */
  id: string;
  file: string;
  title: string;
  aboutSite: boolean;
  /** Short forms and other names searched for (frontmatter searchTerms). */
  searchTerms?: string[];
  /** Its substantive changes since it was published (frontmatter changes). */
  changes: GuideChange[];
  /** The whole frontmatter as written (Starlight's fields too: sidebar order and label). */
  frontmatter: Record<string, unknown>;
  /** MDX body without frontmatter. */
  body: string;
  /** Line in the file where the body starts, so body line numbers can be reported. */
  bodyLine: number;
}

export interface Corpus {
  sources: Entry<Source>[];
  documents: Entry<PolicyDocument>[];
  versions: VersionEntry[];
  concepts: Entry<Concept>[];
  processes: Entry<Process>[];
  events: Entry<PolicyEvent>[];
  statistics: StatisticEntry[];
  glossary: Entry<GlossaryTerm>[];
  guides: GuideEntry[];
}

const documentsById = oncePer((documents: Entry<PolicyDocument>[]) => new Map(documents.map((d) => [d.id, d])));

/**
 * A document by its id, from a map made once per list of documents: pages
 * and the history model look documents up by id, and a search through the
 * list each time grew with pages × documents.
 */
export const documentById = (corpus: Pick<Corpus, 'documents'>, documentId: string): Entry<PolicyDocument> | undefined =>
  documentsById(corpus.documents).get(documentId);

/** A document's short name ("Vägledning 2004:2"), or its id when there is no such document. */
export const documentName = (corpus: Pick<Corpus, 'documents'>, documentId: string): string => documentById(corpus, documentId)?.data.name ?? documentId;

/** Every YAML record of the corpus (all but the guides), for checks that walk them all. */
export const allRecords = (corpus: Corpus): Entry<unknown>[] => [
  ...corpus.sources, ...corpus.documents, ...corpus.versions, ...corpus.concepts,
  ...corpus.processes, ...corpus.events, ...corpus.statistics, ...corpus.glossary,
];
