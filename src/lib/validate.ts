/**
 * Cross-reference checks over the whole corpus: the rules that tie one record
 * to another, which the per-file schemas cannot see.
 */
import { allRecords, type Corpus } from './corpus.ts';
import { certainlyAfter, formatDate, spanOf } from './dates.ts';
import { citationsIn } from './citation-index.ts';
import { checkGuides } from './guide-checks.ts';
import { ContentError, type Problem } from './problems.ts';
import { loadContent, withLines } from './load-content.ts';
import { historyProblems } from './passage-history.ts';
import { generatedPages, guideUrl } from './routes.ts';
import { GUIDE_GROUPS } from './sidebar.ts';

function checkCitations(corpus: Corpus, problems: Problem[]) {
  const sources = new Set(corpus.sources.map((s) => s.id));
  const records = allRecords(corpus);
  for (const record of records) {
    for (const c of citationsIn(record.data)) {
      if (!sources.has(c.source)) {
        problems.push({
          file: record.file,
          field: c.path,
          message: `cites unknown source "${c.source}": use one of ${[...sources].join(', ') || '(no sources yet)'}, or add content/sources/${c.source}.yaml`,
        });
      }
    }
  }
}

function checkDocuments(corpus: Corpus, problems: Problem[]) {
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const doc of corpus.documents) {
    for (const field of ['replaces', 'replacedBy'] as const) {
      const target = doc.data[field];
      if (target && !documents.has(target)) {
        problems.push({ file: doc.file, field, message: `names unknown document "${target}": use a folder name under content/documents/` });
      }
    }
    const successor = doc.data.replacedBy && documents.get(doc.data.replacedBy);
    if (successor && successor.data.replaces !== doc.id) {
      problems.push({ file: successor.file, field: 'replaces', message: `must be "${doc.id}", since ${doc.file} says it was replaced by "${successor.id}"` });
    }
  }

  const byDocument = Map.groupBy(corpus.versions, (v) => v.document);
  for (const [documentId, versions] of byDocument) {
    if (!documents.has(documentId)) continue;
    const seen = new Map<number, string>();
    for (const v of versions) {
      if (v.data.number === null) continue;
      const earlier = seen.get(v.data.number);
      if (earlier) {
        problems.push({ file: v.file, field: 'number', message: `version number ${v.data.number} is already used by ${earlier}: each version of a document needs its own number` });
      } else seen.set(v.data.number, v.file);
    }
    const numbered = versions.filter((v) => v.data.number !== null).sort((a, b) => a.data.number! - b.data.number!);
    for (let i = 0; i < numbered.length; i++) {
      for (let j = i + 1; j < numbered.length; j++) {
        const [a, b] = [numbered[i], numbered[j]];
        if (certainlyAfter(a.data.decided, b.data.decided)) {
          problems.push({
            file: b.file,
            field: 'decided',
            message: `version ${b.data.number} is dated ${formatDate(b.data.decided)}, before version ${a.data.number} (${formatDate(a.data.decided)}, ${a.file}): dates must not run backwards; correct the date or the version number`,
          });
        }
      }
    }
  }

  const passageIds = new Map<string, Set<string>>();
  for (const v of corpus.versions) {
    const ids = passageIds.get(v.document) ?? new Set<string>();
    const inVersion = new Set<string>();
    v.data.passages.forEach((p, i) => {
      if (inVersion.has(p.id)) {
        problems.push({ file: v.file, field: `passages.${i}.id`, message: `passage id "${p.id}" appears twice in this version: give each passage its own id` });
      }
      inVersion.add(p.id);
      ids.add(p.id);
    });
    passageIds.set(v.document, ids);
  }
  const passageExists = (document: string, passage: string) => passageIds.get(document)?.has(passage) ?? false;

  for (const v of corpus.versions) {
    v.data.passages.forEach((p, i) => {
      if (p.continues && !passageExists(p.continues.document, p.continues.passage)) {
        problems.push({ file: v.file, field: `passages.${i}.continues`, message: `names passage "${p.continues.passage}" of "${p.continues.document}", which no version has: use an existing passage id` });
      }
    });
  }
  for (const concept of corpus.concepts) {
    concept.data.passages.forEach((ref, i) => {
      if (!passageExists(ref.document, ref.passage)) {
        problems.push({ file: concept.file, field: `passages.${i}`, message: `names passage "${ref.passage}" of "${ref.document}", which no version has: use a passage id from content/documents/${ref.document}/versions/` });
      }
    });
  }
}

function checkProcesses(corpus: Corpus, problems: Problem[]) {
  const processIds = new Set(corpus.processes.map((p) => p.id));
  const guideIds = new Set(corpus.guides.map((g) => g.id));
  for (const process of corpus.processes) {
    const { lanes, steps, transitions, variantOf } = process.data;
    const at = (field: string, message: string) => problems.push({ file: process.file, field, message });
    if (variantOf && !processIds.has(variantOf)) at('variantOf', `names unknown process "${variantOf}": use a file name under content/processes/`);
    const laneIds = new Set(lanes.map((l) => l.id));
    const stepIds = new Set<string>();
    steps.forEach((s, i) => {
      if (stepIds.has(s.id)) at(`steps.${i}.id`, `step id "${s.id}" is used twice: give each step its own id`);
      stepIds.add(s.id);
      if (!laneIds.has(s.lane)) at(`steps.${i}.lane`, `names unknown lane "${s.lane}": use one of ${[...laneIds].join(', ')}`);
      if (s.guide && !guideIds.has(s.guide)) at(`steps.${i}.guide`, `names unknown guide "${s.guide}": use a guide's path under content/guides/ without the extension, e.g. "kom-igang/borja-har"`);
    });
    transitions.forEach((t, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!stepIds.has(t[end])) at(`transitions.${i}.${end}`, `points to missing step "${t[end]}": use one of ${[...stepIds].join(', ')}`);
      }
    });
    lanes.forEach((l, i) => {
      if (!steps.some((s) => s.lane === l.id)) at(`lanes.${i}`, `lane "${l.id}" has no steps: remove it or place a step in it`);
    });
    if (!process.data.orderKnown && transitions.length > 0) {
      at('transitions', 'give an order, but orderKnown is false: remove the transitions, or set orderKnown: true if the source gives the order');
    }
    const earlier = corpus.processes.find((p) => p.id === variantOf);
    process.data.removedSteps.forEach((r, i) => {
      if (!variantOf) at(`removedSteps.${i}`, 'names a removed step, but the process has no variantOf: add variantOf with the earlier version\'s file name');
      else if (earlier && !earlier.data.steps.some((s) => s.id === r.step)) at(`removedSteps.${i}.step`, `names step "${r.step}", which ${earlier.file} does not have: use a step id of the earlier version`);
      else if (stepIds.has(r.step)) at(`removedSteps.${i}.step`, `step "${r.step}" is listed as removed but is still in steps: remove it from one of the two`);
    });
    if (process.data.orderKnown && transitions.length > 0) {
      const starts = steps.filter((s) => s.kind === 'start').map((s) => s.id);
      const reached = new Set(starts.length ? starts : [steps[0].id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of transitions) if (reached.has(t.from) && !reached.has(t.to)) reached.add(t.to), (grew = true);
      }
      steps.forEach((s, i) => {
        if (!reached.has(s.id)) at(`steps.${i}`, `step "${s.id}" cannot be reached from the start: add a transition to it or remove it`);
      });
    }
  }
}

/**
 * Every guide has an address of its own, inside one of the sidebar's groups:
 * a guide at the address of a page the site makes would silently replace it
 * or be replaced, and one outside the groups would be a page no menu lists.
 */
function checkGuidePages(corpus: Corpus, problems: Problem[]) {
  const generated = generatedPages(corpus);
  const groups = GUIDE_GROUPS.map((g) => g.directory);
  for (const guide of corpus.guides) {
    const url = guideUrl(guide.id);
    const madeBy = generated.get(url);
    if (madeBy) {
      problems.push({ file: guide.file, message: `would be the page ${url}, which the site already makes from ${madeBy}: rename the guide or move it into its group's folder` });
    } else if (!guide.id.includes('/') || !groups.includes(guide.id.split('/')[0])) {
      problems.push({ file: guide.file, message: `is in no guide group, so no menu would list it: move it into one of ${groups.map((g) => `guides/${g}/`).join(', ')}` });
    }
  }
}

const PLACEHOLDER = /x{2,}|skall uppdateras/i;

function checkStatistics(corpus: Corpus, problems: Problem[]) {
  for (const stat of corpus.statistics) {
    const numeric = stat.data.columns.slice(1).map((c) => c.key);
    const labels = new Set(stat.rows.map((r) => r[stat.data.columns[0].key]));
    stat.data.rowGroups.forEach((group, g) => {
      group.rows.forEach((label, i) => {
        if (!labels.has(label)) problems.push({ file: stat.file, field: `rowGroups.${g}.rows.${i}`, message: `names row "${label}", which ${stat.csvFile} does not have: use a label from its first column exactly as written` });
      });
    });
    stat.rows.forEach((row, i) => {
      for (const key of Object.keys(row)) {
        const value = row[key];
        if (PLACEHOLDER.test(value)) {
          problems.push({ file: stat.csvFile, line: i + 2, field: key, message: `"${value}" is a placeholder, not data: leave the cell empty (unknown)` });
        } else if (numeric.includes(key) && value !== '' && !/^-?\d+(\.\d+)?$/.test(value)) {
          problems.push({ file: stat.csvFile, line: i + 2, field: key, message: `"${value}" is not a number: write digits with a dot for decimals and no spaces, or leave the cell empty when unknown` });
        }
      }
    });
  }
}

function checkGlossary(corpus: Corpus, problems: Problem[]) {
  const ids = new Set(corpus.glossary.map((g) => g.id));
  for (const term of corpus.glossary) {
    term.data.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file: term.file, field: `related.${i}`, message: `names unknown term "${r}": use a file name under content/glossary/` });
    });
  }
}

/** Every date range is the right way round, and a version file is named by its number. */
function checkDateOrder(corpus: Corpus, problems: Problem[]) {
  const walk = (value: unknown, path: string[], file: string) => {
    if (!value || typeof value !== 'object') return;
    const v = value as Record<string, unknown>;
    if (v.precision === 'unknown' && typeof v.notBefore === 'string' && typeof v.notAfter === 'string') {
      if (spanOf(v.notBefore).earliest > spanOf(v.notAfter).latest) {
        problems.push({
          file,
          field: [...path, 'notBefore'].join('.'),
          message: `notBefore ${v.notBefore} is after notAfter ${v.notAfter}: swap them, or correct the one that is wrong`,
        });
      }
    }
    for (const [key, child] of Object.entries(v)) walk(child, [...path, key], file);
  };
  const records = [corpus.sources, corpus.documents, corpus.versions, corpus.concepts, corpus.processes, corpus.events, corpus.statistics, corpus.glossary];
  for (const list of records) for (const entry of list) walk(entry.data, [], entry.file);

  for (const event of corpus.events) {
    const { date, end } = event.data;
    if (end && certainlyAfter(date, end)) {
      problems.push({
        file: event.file,
        field: 'end',
        message: `the event ends (${formatDate(end)}) before it starts (${formatDate(date)}): correct date or end`,
      });
    }
  }
  const uses = Map.groupBy(corpus.versions, (v) => `${v.document}/${v.data.number}`);
  for (const version of corpus.versions) {
    // A number used twice is reported by the duplicate check; one message per mistake.
    if (uses.get(`${version.document}/${version.data.number}`)!.length > 1) continue;
    if (/^\d+$/.test(version.id) && version.data.number !== null && Number(version.id) !== version.data.number) {
      problems.push({
        file: version.file,
        field: 'number',
        message: `is ${version.data.number} but the file is named ${version.id}.yaml: name the file ${version.data.number}.yaml, or correct the number`,
      });
    }
  }
}

export function validateCorpus(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  checkDateOrder(corpus, problems);
  checkCitations(corpus, problems);
  checkDocuments(corpus, problems);
  // The history model needs every reference to resolve before it can judge the records.
  if (problems.length === 0) problems.push(...historyProblems(corpus));
  checkGuidePages(corpus, problems);
  checkProcesses(corpus, problems);
  checkStatistics(corpus, problems);
  checkGlossary(corpus, problems);
  problems.push(...checkGuides(corpus));
  return problems;
}

/**
 * Reads and checks `contentDir`: the entries and every problem. Cross-references
 * are checked once every file reads correctly, so one broken file does not
 * echo as "unknown id" errors everywhere else.
 */
export function checkContent(contentDir?: string): { corpus: Corpus; problems: Problem[] } {
  const { corpus, problems } = loadContent(contentDir);
  return { corpus, problems: withLines(problems.length > 0 ? problems : validateCorpus(corpus)) };
}

/** Reads and checks `contentDir`; throws a ContentError listing every problem. */
export function loadValidContent(contentDir?: string): Corpus {
  const { corpus, problems } = checkContent(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return corpus;
}
