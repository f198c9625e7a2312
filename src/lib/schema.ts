/**
 * The content model, as Zod schemas. Every type the site uses for content is
 * derived from these (see the `export type` lines), so the schema is the one
 * place a field is defined. Messages say what is wrong and how to fix it,
 * because they end up in front of whoever edits `content/`.
 */
import { z } from 'astro/zod';

/** Lower-case slug used for ids that appear in URLs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be a slug of lower-case a–z, digits and single hyphens (for example "hela-ohalsoprocessen")',
  });

/**
 * Titles, names and labels are plain text: pages and the document head print
 * them as text, and "<" or ">" in one could only be an attempt at markup
 * (`</title><script>…`). Control characters have no place in a one-line
 * name either. Quotes, dashes, § and the rest of Swedish text are fine.
 */
export function markupProblem(value: string): string | undefined {
  const found = [...new Set([...value].filter((c) => c === '<' || c === '>' || c < ' ' || c === '\u007f'))];
  if (found.length === 0) return undefined;
  const shown = found.map((c) => (c >= ' ' && c !== '\u007f' ? `"${c}"` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
  return `contains ${shown.join(' and ')}: a title, name or label is plain text, never markup: remove the tag or character (write a comparison in words, e.g. "under 30 dagar")`;
}

/** A string field that is shown as a title, name or label (see markupProblem). */
const plain = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const problem = markupProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const name = () => plain(z.string().min(1));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks that a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar date. */
export function calendarProblem(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `"${value}" is not written as YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return `"${value}" has month ${mo}; a month is 01–12`;
    if (d !== undefined) {
      const day = Number(d);
      const leap = Number(y) % 4 === 0 && (Number(y) % 100 !== 0 || Number(y) % 400 === 0);
      const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
      if (day < 1 || day > max) return `"${value}" has day ${d}; month ${mo} of ${y} has days 01–${max}`;
    }
  }
  return undefined;
}

/**
 * YAML readers turn an unquoted 2006-03-10 into a Date and 2007 into a
 * number; accept both and keep the text the author meant.
 */
const asDateText = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

function datePattern(pattern: RegExp, shape: string) {
  return z.preprocess(asDateText, z
    .string()
    .regex(pattern, { message: `must be written ${shape}` })
    .superRefine((value, ctx) => {
      const problem = calendarProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: write a real date as ${shape}` });
    }));
}
const day = datePattern(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const month = datePattern(/^\d{4}-\d{2}$/, 'YYYY-MM');
const year = datePattern(/^\d{4}$/, 'YYYY');
/** A bound for an uncertain date: as precise as the source allows. */
const anyPrecision = datePattern(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A date exactly as precise as the sources make it. `unknown` may carry the
 * bounds a source gives ("before 2007", "between version 4 and 13").
 */
export const partialDate = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), value: day }).strict(),
  z.object({ precision: z.literal('month'), value: month }).strict(),
  z.object({ precision: z.literal('year'), value: year }).strict(),
  z
    .object({
      precision: z.literal('unknown'),
      notBefore: anyPrecision.optional(),
      notAfter: anyPrecision.optional(),
      note: z.string().optional(),
    })
    .strict(),
], { message: 'precision must be one of day, month, year or unknown (with value, or for unknown the bounds notBefore/notAfter)' });

/**
 * Figures the site computed rather than copied (a sum, a difference, a
 * share), each with how it was computed. The figure check does not look for
 * these in the cited source; every other figure must be stated there.
 */
export const derivedFigures = z
  .array(
    z
      .object({
        /** The figure as written in the record ("486", "drygt 30 procent"). */
        figure: z.string().min(1),
        /** How the site computed it, from which stated figures ("321 + 165, Tabell 1"). */
        how: z.string().min(1, { message: 'say how the figure was computed and from which stated figures' }),
      })
      .strict(),
  )
  .optional();

/** Where in a source something is said. */
export const citation = z
  .object({
    source: slug,
    section: plain(z.string().min(1, { message: 'name the section heading as printed in the source' })),
    /**
     * For a heading the source prints more than once ("Sammanfattande
     * iakttagelser"): the heading, printed once, under which the cited one is
     * the first occurrence (usually its chapter).
     */
    parent: name().optional(),
    footnote: z.union([plain(z.string()), z.number()]).optional(),
    table: plain(z.string()).optional(),
    page: z.union([z.string(), z.number()]).optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    title: name(),
    subtitle: plain(z.string()).optional(),
    kind: z.enum(['rapport', 'artikel', 'intervju', 'projektrapport', 'fulltext'], {
      message: 'kind must be rapport, artikel, intervju, projektrapport or fulltext (a version\'s full text, imported with npm run import)',
    }),
    publisher: name(),
    place: plain(z.string()).optional(),
    date: partialDate,
    authors: z.array(plain(z.string())).default([]),
    /** Only when the series number is printed in the source text. */
    series: plain(z.string()).optional(),
    /** The text file in SOURCES_DIR this record was read from; for an imported full text, its path in the content folder. */
    file: z.string().regex(/\.txt$/, { message: 'name the .txt file in SOURCES_DIR that holds this source' }),
    /** For kind fulltext: the version whose full text this is, and where the text was obtained. */
    fulltextOf: z.object({ document: slug, version: z.string().min(1), obtained: z.string().min(1) }).strict().optional(),
    description: z.string().min(1),
    flaws: z
      .array(
        z
          .object({
            kind: z.enum(['platshållare', 'motsägelse', 'saknad-figur', 'extraktion', 'saknad-uppgift']),
            description: z.string().min(1),
            citation: citation.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const passageRef = z.object({ document: slug, passage: slug }).strict();

export const documentSchema = z
  .object({
    title: name(),
    /** The short name readers know it by, e.g. "Vägledning 2004:2". */
    name: name(),
    kind: z.enum(['vägledning', 'process']),
    replaces: slug.optional(),
    replacedBy: slug.optional(),
    lineageCitation: citation.optional(),
    description: z.string().min(1),
    /** Versions a source analysed without describing each one. */
    analysedRange: z
      .object({ from: z.number().int().positive(), to: z.number().int().positive(), citation })
      .strict()
      .optional(),
  })
  .strict();

/**
 * What a passage record attests. The guidance's own wording, a report's
 * rendering of it and a report's statement about it are three kinds of
 * evidence; only like is compared with like.
 */
export const passageStatus = z.enum(['quoted', 'rendered', 'described', 'absent'], {
  message: 'status must be quoted (the guidance\'s own wording, verbatim), rendered (a report renders the wording in its own sentence: give that sentence as text and the rendered part as wording), described (a report\'s statement about the passage) or absent (a source says it is not there)',
});

export const passageSchema = z
  .object({
    /** Stable across versions: the same id in two versions is the same provision. */
    id: slug,
    title: name(),
    status: passageStatus,
    /** The source's words, verbatim: the guidance's wording when quoted, else the report's sentence. */
    text: z.string().optional(),
    /** For `rendered`: the part of `text` that renders the guidance's content, without the report's framing clause. */
    wording: z.string().optional(),
    citation,
    /**
     * The source states that this version changed the passage since the
     * previous known version: `text` (or, for an absent passage, its
     * citation) is that statement.
     */
    stated: z.enum(['ny', 'ändrad'], { message: 'stated must be ny or ändrad (a removal is recorded as status: absent)' }).optional(),
    /** A source states the wording stood from this version until, not including, version `until` of the same document. */
    presentUntil: z.object({ until: z.string().min(1), citation }).strict().optional(),
    /** A passage in a successor document that continues or replaces one in its predecessor. */
    continues: passageRef.optional(),
    note: z.string().optional(),
    derived: derivedFigures,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.status !== 'absent' && !p.text?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `a ${p.status} passage needs its text: copy ${p.status === 'quoted' ? 'the wording verbatim' : 'the report\'s sentence verbatim'} from the source, or set status: absent if the source says it is not there`,
      });
    }
    if (p.status === 'absent' && p.text !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'an absent passage has no text: put what the source says in note' });
    }
    if (p.status === 'rendered' && !p.wording?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['wording'], message: 'a rendered passage needs wording: the part of text that renders the guidance, without the report\'s framing ("I den tidigare skrivningen stod att …")' });
    }
    if (p.status === 'rendered' && p.wording && p.text && !p.text.includes(p.wording)) {
      ctx.addIssue({ code: 'custom', path: ['wording'], message: 'wording must be copied character for character from text (the report\'s sentence), leaving out only the framing' });
    }
    if (p.status !== 'rendered' && p.wording !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['wording'], message: `only a rendered passage has wording; for ${p.status} put the words in text` });
    }
    if (p.status === 'absent' && p.presentUntil) {
      ctx.addIssue({ code: 'custom', path: ['presentUntil'], message: 'an absent passage cannot be present until a later version' });
    }
  });

export const versionSchema = z
  .object({
    /** Null when the sources describe a version without giving its number. */
    number: z.number().int().positive().nullable(),
    /** A name for an unnumbered version, e.g. "Ändringen i januari 2009". */
    label: plain(z.string()).optional(),
    decided: partialDate,
    dateCitation: citation.optional(),
    summary: z.string().optional(),
    derived: derivedFigures,
    passages: z.array(passageSchema).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.number === null && !v.label) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'an unnumbered version needs a label that says which change it is' });
    }
    if (v.decided.precision !== 'unknown' && !v.dateCitation) {
      ctx.addIssue({ code: 'custom', path: ['dateCitation'], message: 'a known decision date needs the citation that gives it' });
    }
  });

export const conceptSchema = z
  .object({
    title: name(),
    description: z.string().min(1),
    passages: z.array(passageRef).min(1, { message: 'link at least one passage that carries the formulation' }),
    /**
     * Puts the formulation in the timeline's summary of the shift: `passage`
     * (one of `passages`) carries it, `phrase` is the short words to show,
     * which must occur in that passage's wording.
     */
    headline: z.object({ passage: passageRef, phrase: z.string().min(1).optional() }).strict().optional(),
  })
  .strict();

const stepKind = z.enum(['start', 'steg', 'beslut', 'slut']);
export const processSchema = z
  .object({
    title: name(),
    description: z.string().min(1),
    citation,
    /** The process document and version this diagram shows, if any. */
    document: z.object({ id: slug, version: z.string() }).strict().optional(),
    /** Another process record that is the same process in a different version. */
    variantOf: slug.optional(),
    /** False when the sources name the steps but not their order. */
    orderKnown: z.boolean().default(true),
    lanes: z.array(z.object({ id: slug, label: plain(z.string()) }).strict()).min(1),
    steps: z
      .array(
        z
          .object({
            id: slug,
            kind: stepKind.default('steg'),
            label: name(),
            lane: slug,
            guide: z.string().optional(),
            /** What the source says about the step beyond its short label (criteria, limits, history). */
            note: z.string().optional(),
            citation: citation.optional(),
          })
          .strict(),
      )
      .min(1),
    transitions: z.array(z.object({ from: slug, to: slug, label: plain(z.string()).optional() }).strict()).default([]),
    /**
     * Steps of the `variantOf` process that a source says this version removed.
     * A step missing here without an entry is one the source is silent about.
     */
    removedSteps: z.array(z.object({ step: slug, citation }).strict()).default([]),
  })
  .strict();

export const eventSchema = z
  .object({
    title: name(),
    kind: z.enum(['generaldirektör', 'regleringsbrev', 'regeringsuppdrag', 'utredning', 'lag', 'reform', 'projekt', 'utbildning', 'intern-styrning']),
    date: partialDate,
    end: partialDate.optional(),
    description: z.string().min(1),
    citation,
    derived: derivedFigures,
  })
  .strict();

export const statisticSchema = z
  .object({
    title: name(),
    citation,
    unit: name(),
    period: name(),
    /** Columns of the CSV beside this file, in order. */
    columns: z.array(z.object({ key: z.string(), label: plain(z.string()), unit: plain(z.string()).optional() }).strict()).min(1),
    notes: z.array(z.object({ text: z.string(), citation: citation.optional(), derived: derivedFigures }).strict()).default([]),
    /**
     * For a table that divides the same cases in several ways (by sex, by age …):
     * each way's name and its rows (first-column labels), so rows are compared
     * only within their own division.
     */
    rowGroups: z.array(z.object({ label: name(), rows: z.array(z.string()).min(2) }).strict()).default([]),
    /** Places where a source's running text gives another figure than its table. */
    discrepancies: z
      .array(
        z
          .object({
            row: z.string(),
            column: z.string(),
            tableValue: z.string(),
            textValue: z.string(),
            citation,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const glossarySchema = z
  .object({
    term: name(),
    /** The expansion of an abbreviation, as a source prints it. */
    expansion: plain(z.string()).optional(),
    meaning: z.string().optional(),
    /** False when the sources use the term without expanding or explaining it. */
    explainedInSources: z.boolean(),
    citation: citation.optional(),
    derived: derivedFigures,
    related: z.array(slug).default([]),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.explainedInSources && !g.citation) {
      ctx.addIssue({ code: 'custom', path: ['citation'], message: 'a term explained in the sources needs the citation where it is explained' });
    }
    if (g.explainedInSources && !g.meaning && !g.expansion) {
      ctx.addIssue({ code: 'custom', path: ['meaning'], message: 'give the meaning or expansion the source gives, or set explainedInSources: false' });
    }
  });

/** Extra frontmatter for guides, on top of Starlight's own. */
export const guideFields = z.object({
  /** ISO date the guide was last checked against its sources. */
  reviewed: day,
  /** True for guides about the site itself, which cite no facts. */
  aboutSite: z.boolean().default(false),
  /**
   * Everyday short forms and other names people search for the guide by
   * ("rehabkedjan", "AM"), curated by hand. Not printed; indexed by search as
   * hidden keywords of the guide and used as best bets (src/lib/search-terms.ts).
   */
  searchTerms: z.array(name()).default([]),
  /**
   * The guide's substantive changes since it was published, each dated (from
   * the repository's history) and said in one sentence; shown at the foot of
   * the guide and carried in the Atom feed.
   */
  changes: z.array(z.object({ date: day, summary: z.string().min(1) }).strict()).default([]),
});

/**
 * The docs collection's extra fields, shared by guides and the custom pages
 * (StarlightPage), so our fields are optional; the title and description are
 * plain text there too. check:content applies `guideFrontmatter` to guides.
 */
export const pageFields = guideFields.partial().extend({
  title: plain(z.string()),
  description: plain(z.string()).optional(),
});

/**
 * A guide's whole frontmatter: our fields, its title and description, and
 * the sidebar place. Nothing else: Starlight's head, hero and banner fields
 * write their text into the page as HTML, so a guide may not set them.
 */
export const guideFrontmatter = guideFields
  .extend({
    title: plain(z.string().min(1, { message: 'give the guide a title' })),
    description: plain(z.string()).optional(),
    sidebar: z.object({ order: z.number().optional(), label: plain(z.string()).optional() }).strict().optional(),
  })
  .strict();

export type PartialDate = z.infer<typeof partialDate>;
export type Citation = z.infer<typeof citation>;
export type GuideChange = z.infer<typeof guideFrontmatter>['changes'][number];
export type DerivedFigures = z.infer<typeof derivedFigures>;
export type Source = z.infer<typeof sourceSchema>;
export type PolicyDocument = z.infer<typeof documentSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Version = z.infer<typeof versionSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Process = z.infer<typeof processSchema>;
export type PolicyEvent = z.infer<typeof eventSchema>;
export type Statistic = z.infer<typeof statisticSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
