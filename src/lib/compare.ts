/**
 * The history model (passage-history.ts) as HTML: a passage's state with its
 * evidence, a change with its redline or the source statements that attest
 * it, and a comparison of two versions. Version pages, passage histories,
 * change pages, the compare page's script and the feed all render through
 * these, so every page tells the same story in the same words. Every text
 * from content is escaped.
 */
import { diffPassages, escapeHtml, redlineHtml, type Segment } from './diff-passages.ts';
import {
  CHANGES,
  CHANGE_WORDS,
  EVIDENCE_LABEL,
  changeLabel,
  compareVersions,
  isChange,
  isKnown,
  type ChangeKind,
  type ComparedPassage,
  type HistoryModel,
  type PassageChange,
  type PassageRecord,
  type PassageState,
  type VersionRef,
} from './passage-history.ts';

const sourceLink = (r: PassageRecord, cite = r.cite, source = r.citation.source) => `<a href="/kallor/#${escapeHtml(source)}">${escapeHtml(cite)}</a>`;
/** A source's words, marked as a quotation. */
const quoted = (text: string) => `<q>${escapeHtml(text)}</q>`;
const versionOf = (model: HistoryModel, r: PassageRecord) => model.versions.find((v) => v.document === r.document && v.id === r.version);

export interface StateOptions {
  /** Word segments to show instead of the plain wording (a side of a redline). */
  segments?: Segment[];
  /** Leave the wording out of the search index (data-pagefind-ignore). */
  unindexed?: boolean;
}

/** A passage's state: a badge naming the kind of evidence, the words in the style of that kind, and the citation. */
export function stateHtml(model: HistoryModel, state: PassageState, options: StateOptions = {}): string {
  const r = state.record;
  const ignore = options.unindexed ? ' data-pagefind-ignore' : '';
  const badge = `<p class="evidence"><span class="badge badge--${state.evidence}">${EVIDENCE_LABEL[state.evidence]}</span></p>`;
  const words = (text: string) => (options.segments ? redlineHtml(options.segments) : escapeHtml(text));
  switch (state.evidence) {
    case 'quoted':
      return `${badge}<blockquote class="wording wording--quoted"${ignore}><p>${words(r!.text!)}</p></blockquote><p class="evidence-cite">Källa: ${sourceLink(r!)}</p>`;
    case 'rendered':
      return `${badge}<p class="wording wording--rendered"${ignore}>”${words(r!.wording!)}”</p><p class="evidence-cite"${ignore}>Rapportens mening: ${quoted(r!.text!)} Källa: ${sourceLink(r!)}</p>`;
    case 'described':
      return `${badge}<p class="wording wording--described"${ignore}>Rapporten: ${quoted(r!.text!)}</p><p class="evidence-cite">Källa: ${sourceLink(r!)}</p>`;
    case 'present': {
      const from = versionOf(model, r!);
      const until = model.versions.find((v) => v.document === r!.document && v.id === r!.presentUntil!.until);
      return `${badge}<p class="wording wording--present">Enligt källan fanns lydelsen från ${escapeHtml(from?.short ?? r!.version)} till ${escapeHtml(until?.short ?? r!.presentUntil!.until)}. Hur den löd i just den här versionen återges inte.</p><p class="evidence-cite">Källa: ${sourceLink(r!, r!.presentUntilCite, r!.presentUntil!.citation.source)}</p>`;
    }
    case 'absent':
      return `${badge}<p class="wording wording--absent">Källan anger att lydelsen inte finns i den här versionen.</p><p class="evidence-cite">Källa: ${sourceLink(r!)}</p>`;
    case 'unknown':
      return `<p class="wording wording--unknown"><strong>Okänd:</strong> källorna nämner inte lydelsen i den här versionen. Den kan ha funnits, ändrats eller saknats.</p>`;
  }
}

/** What the basis of a change means, in a sentence; a source that says a wording is still there or still gone states no change. */
function basisText(change: PassageChange): string {
  if (change.basis === 'derived') return 'Härlett genom att jämföra två lydelser av samma slag.';
  if (change.basis === 'none') return '';
  return change.kind === 'still-present' || change.kind === 'still-absent' ? 'Källan anger det.' : 'Källan anger ändringen.';
}

/**
 * The statements that attest a change, numbered like legislation.gov.uk's
 * annotations: the report's own sentence where the record holds one, else
 * where the source says it. `own` is the record already shown above, whose
 * sentence is then not repeated.
 */
export function statementsHtml(model: HistoryModel, change: PassageChange, own?: PassageRecord): string {
  if (change.statements.length === 0) return '';
  const items = change.statements.map((r, i) => {
    const where = versionOf(model, r);
    let said: string;
    let cite = sourceLink(r);
    if (change.kind === 'still-present' && r.presentUntil) {
      // The interval statement, not the wording it is about.
      const until = model.versions.find((v) => v.document === r.document && v.id === r.presentUntil!.until);
      cite = sourceLink(r, r.presentUntilCite, r.presentUntil.citation.source);
      said = `: lydelsen fanns från ${escapeHtml(where?.short ?? r.version)} till ${escapeHtml(until?.short ?? r.presentUntil.until)}`;
    } else if (r.status === 'rendered' || r.status === 'described') {
      said = r === own ? ' (meningen ovan)' : `: ${quoted(r.text!)}`;
    } else {
      // A quotation is the wording itself; what the source says about it is at the citation, summed up in the
      // note, which the record's own page already shows above.
      said = r.note && r !== own ? `. ${escapeHtml(r.note)}` : '';
    }
    return `<li><span class="annotation-id">K${i + 1}</span> ${escapeHtml(where?.name ?? r.version)}, enligt ${cite}${said}</li>`;
  });
  return `<ol class="annotations" aria-label="Vad källan säger om ändringen">${items.join('')}</ol>`;
}

const REDLINE_LABEL = {
  quoted: 'Ord för ord, vägledningens egen lydelse:',
  rendered: 'Ord för ord, rapportens återgivningar (inte vägledningens egen lydelse):',
};

/** A word redline of a change, or nothing when the two sides are not wordings of the same kind. */
export function redlineBlockHtml(change: PassageChange): string {
  if (!change.redline || change.kind === 'unchanged') return '';
  const { before, after, kind } = change.redline;
  return `<div class="redline redline--${kind}" data-pagefind-ignore><p class="redline-label">${REDLINE_LABEL[kind]}</p><p class="redline-text">${redlineHtml(diffPassages(before, after))}</p></div>`;
}

/** A change since `since`: what kind, on what basis, the redline where one can be drawn, and the statements. */
export function changeHtml(model: HistoryModel, change: PassageChange, since?: VersionRef, own?: PassageRecord): string {
  const sinceText = since ? ` (jämfört med <a href="${escapeHtml(since.url)}">${escapeHtml(since.name)}</a>)` : '';
  const basis = basisText(change);
  return `<p class="change change--${change.kind}"><strong>${changeLabel(change)}</strong>${sinceText}.${basis ? ` ${basis}` : ''}</p>${redlineBlockHtml(change)}${statementsHtml(model, change, own)}`;
}

export type CompareView = 'inline' | 'sida';

/** "Okänd i A" inside a sentence. */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

/** Swedish count: "1 ändrad", "2 ändrade". */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The order of a summary's counts: the changes first, as the rows are listed, then the rest in CHANGE_WORDS' order. */
const SUMMARY_ORDER = (Object.keys(CHANGE_WORDS) as ChangeKind[]).sort((a, b) => Number(CHANGES.includes(b)) - Number(CHANGES.includes(a)));

/** Data attributes that say what a row shows, for tools and for the site's consistency test. */
const rowData = ({ thread, a, b, change }: ComparedPassage) =>
  `data-thread="${escapeHtml(thread.key)}" data-change="${change.kind}" data-basis="${change.basis}" data-a="${a.evidence}" data-b="${b.evidence}"`;

function rowHtml(model: HistoryModel, row: ComparedPassage, view: CompareView, id: string): string {
  const { thread, a, b, change } = row;
  const segments = change.redline && change.kind !== 'unchanged' ? diffPassages(change.redline.before, change.redline.after) : undefined;
  const sides =
    view === 'sida' || !segments
      ? `<div class="cmp-sides"><div class="cmp-side"><p class="cmp-side-label">A</p>${stateHtml(model, a, { segments: segments?.filter((s) => s.kind !== 'ins') })}</div><div class="cmp-side"><p class="cmp-side-label">B</p>${stateHtml(model, b, { segments: segments?.filter((s) => s.kind !== 'del') })}</div></div>`
      : '';
  const basis = basisText(change);
  const head = `<p class="change change--${change.kind}"><strong>${changeLabel(change)}</strong>.${basis ? ` ${basis}` : ''}</p>`;
  const body = view === 'sida' || !segments ? sides : redlineBlockHtml(change);
  return `<section class="cmp-row" id="${id}" aria-labelledby="${id}-rubrik" ${rowData(row)}><h3 id="${id}-rubrik">${escapeHtml(thread.title)}</h3>${head}${body}${statementsHtml(model, change)}</section>`;
}

/**
 * A comparison of A with B: a summary, the changes the sources attest or two
 * wordings show, then the passages known on both sides without a change,
 * then one line for the passages the sources are silent about on a side.
 */
export function comparisonHtml(model: HistoryModel, a: { document: string; id: string }, b: { document: string; id: string }, view: CompareView): string {
  const [va, vb] = [a, b].map((x) => model.versions.find((v) => v.document === x.document && v.id === x.id)!);
  const rows = compareVersions(model, a, b);
  // Anchors are the passage id, as on the version pages; a second thread with that id (another line) gets its document too.
  const anchors = new Map<ComparedPassage, string>();
  for (const r of rows) {
    const [document, passage] = r.thread.key.split('/');
    anchors.set(r, escapeHtml([...anchors.values()].includes(passage) ? `${document}--${passage}` : passage));
  }
  const changes = rows.filter((r) => isChange(r.change));
  const known = rows.filter((r) => !isChange(r.change) && isKnown(r.a) && isKnown(r.b));
  const silent = rows.filter((r) => !isKnown(r.a) || !isKnown(r.b));
  // Kinds with the same words are one count: "okänd på ena sidan" is unknown in A or in B.
  const tally = new Map<string, { one: string; many: string; n: number }>();
  for (const kind of SUMMARY_ORDER) {
    const n = rows.filter((r) => r.change.kind === kind).length;
    if (n === 0) continue;
    const { one, many } = CHANGE_WORDS[kind];
    const entry = tally.get(one) ?? tally.set(one, { one, many, n: 0 }).get(one)!;
    entry.n += n;
  }
  const counts = [...tally.values()].map((c) => counted(c.n, c.one, c.many));
  const summary = `<p class="cmp-summary">A är <a href="${escapeHtml(va.url)}">${escapeHtml(va.name)}</a> och B är <a href="${escapeHtml(vb.url)}">${escapeHtml(vb.name)}</a>. ${
    rows.length === 0 ? 'Källorna återger ingen lydelse ur någon av versionerna.' : `${counted(rows.length, 'lydelse', 'lydelser')}: ${counts.join(', ')}.`
  }</p>`;
  const parts = [summary];
  parts.push(changes.length ? changes.map((r) => rowHtml(model, r, view, anchors.get(r)!)).join('') : '<p class="cmp-none">Källorna anger ingen ändring mellan versionerna, och inga två lydelser av samma slag skiljer sig.</p>');
  if (known.length) {
    parts.push(`<details class="cmp-group"><summary>${counted(known.length, 'lydelse', 'lydelser')} utan känd ändring</summary>${known.map((r) => rowHtml(model, r, view, anchors.get(r)!)).join('')}</details>`);
  }
  if (silent.length) {
    const items = silent.map((r) => `<li id="${anchors.get(r)}" ${rowData(r)}>${escapeHtml(r.thread.title)}: ${lowerFirst(CHANGE_WORDS[r.change.kind].mark)}</li>`).join('');
    parts.push(`<details class="cmp-group cmp-silent"><summary>Källorna säger inget om ${counted(silent.length, 'lydelse', 'lydelser')} i den ena versionen</summary><ul>${items}</ul></details>`);
  }
  return parts.join('');
}
