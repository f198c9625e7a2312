/** Renders a bench run as the Markdown in bench/results/ and the README. */
import type { BudgetVerdict } from './budgets.ts';
import type { BenchResults, PageWeight, ResourceBytes } from './results.ts';
import { SEARCH_ROUNDS } from './measure-browser.ts';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
/** A time in ms, or – where the run did not measure it. */
const ms = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));
const ratio = (ours: number, peer: number | undefined) => (peer ? `${(ours / peer).toFixed(2)}×` : '–');
const sum = (b: ResourceBytes) => b.html + b.css + b.js + b.other;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** A line naming rows kept from earlier runs (BENCH_FACTORS runs only some scales), if any. */
function carried(results: BenchResults): string[] {
  const rows = [...results.scales.map((s) => ({ ...s, side: 'ours' })), ...results.peer.map((p) => ({ ...p, side: 'peer' }))].filter((r) => r.measuredAt);
  if (rows.length === 0) return [];
  const byRun = Map.groupBy(rows, (r) => r.measuredAt!);
  return [`Rows kept from earlier runs: ${[...byRun].map(([date, rs]) => `${rs.map((r) => `${r.factor}× (${r.side})`).join(', ')} from ${date}`).join('; ')}.`, ''];
}

/** A line naming the scales whose guides were not multiplied (bench/run.ts, guideFactor), if any. */
function guidesAsWritten(results: BenchResults): string[] {
  const factors = results.scales.filter((s) => s.factor > 1 && s.counts.guides === results.realCounts.guides).map((s) => `${s.factor}×`);
  if (factors.length === 0) return [];
  return [`At ${factors.join(', ')} only the guidance (documents, versions, passages) is multiplied; the guides stay as written, as issue 19 describes its largest scale. Where the peer is built, the guides grow too: the peer is built from them.`, ''];
}

export function renderReport(results: BenchResults, verdicts: BudgetVerdict[]): string {
  const peerAt = (factor: number) => results.peer.find((p) => p.factor === factor);
  const peerWeight = (factor: number, template: string) => peerAt(factor)?.weights.find((w) => w.template === template);
  const { machine, versions } = results;

  const build = table(
    ['scale', 'guides', 'documents', 'versions', 'passages', 'pages', 'build s (wall)', 'vs peer', 'CPU s', 'vs peer', 'load avg', 'peak RSS MB (tree / one process)', 'vs peer', 'output MB', 'vs peer', 'precache files / MB'],
    results.scales.map((s) => {
      const peer = peerAt(s.factor);
      return [
        `${s.factor}×`, s.counts.guides, s.counts.documents, s.counts.versions, s.counts.passages, s.pages,
        s.build.seconds.toFixed(1), ratio(s.build.seconds, peer?.build.seconds),
        s.build.cpuSeconds.toFixed(1), ratio(s.build.cpuSeconds, peer?.build.cpuSeconds), s.build.loadAverage.toFixed(1),
        `${s.build.peakTreeRssMB} / ${s.build.peakProcessHwmMB}`, ratio(s.build.peakTreeRssMB, peer?.build.peakTreeRssMB),
        (s.outputBytes / 1e6).toFixed(1), ratio(s.outputBytes, peer?.outputBytes),
        s.precache ? `${s.precache.files} / ${(s.precache.bytes / 1e6).toFixed(1)}` : '–',
      ];
    }),
  );

  const htmlAtOne = (template: string) => results.scales.find((s) => s.factor === 1)?.weights.find((w) => w.template === template)?.htmlRawBytes;
  const weightRow = (factor: number, w: PageWeight, peer?: PageWeight) => {
    const { html, css, js } = w.beforeInteraction;
    return [
      `${factor}×`, w.template, kB(w.htmlRawBytes), ratio(w.htmlRawBytes, htmlAtOne(w.template)), kB(html), kB(css), kB(js), kB(html + css + js),
      peer ? ratio(html + css + js, peer.beforeInteraction.html + peer.beforeInteraction.css + peer.beforeInteraction.js) : '–',
      kB(sum(w.whenIdle)), kB(w.whenIdle.js), peer ? kB(sum(peer.whenIdle)) : '–',
    ];
  };
  const weights = table(
    ['scale', 'template', 'HTML raw kB', 'vs 1×', 'HTML gz', 'CSS gz', 'JS gz', 'before interaction', 'vs peer', 'when idle (all)', 'idle JS', 'peer idle'],
    results.scales.flatMap((s) => s.weights.map((w) => weightRow(s.factor, w, peerWeight(s.factor, w.template)))),
  );
  const peerWeights = table(
    ['scale', 'template', 'HTML raw kB', 'HTML gz', 'CSS gz', 'JS gz', 'before interaction', 'when idle (all)', 'idle JS'],
    results.peer.flatMap((p) => p.weights.map((w) => {
      const { html, css, js } = w.beforeInteraction;
      return [`${p.factor}×`, w.template, kB(w.htmlRawBytes), kB(html), kB(css), kB(js), kB(html + css + js), kB(sum(w.whenIdle)), kB(w.whenIdle.js)];
    })),
  );

  const search = table(
    ['scale', 'cold ms', 'cold kB', 'warm median ms', 'of which listing results', 'warm max ms', 'warm kB/query', 'page busy at most ms', 'peer warm median ms', 'vs peer', 'peer: page busy at most ms', 'first visit: warm median ms'],
    results.scales.map((s) => {
      const peer = peerAt(s.factor)?.search;
      return [
        `${s.factor}×`, ms(s.search.coldMs), kB(s.search.coldBytes), ms(s.search.warmMedianMs), ms(s.search.warmResultsMedianMs), ms(s.search.warmMaxMs), kB(s.search.warmMedianBytes),
        ms(s.search.warmBusyMaxMs), ms(peer?.warmMedianMs), ratio(s.search.warmMedianMs, peer?.warmMedianMs), ms(peer?.warmBusyMaxMs), ms(s.search.firstVisitWarmMedianMs),
      ];
    }),
  );
  const archived = results.scales.filter((s) => s.search.archive);
  const archiveSearch = archived.length
    ? table(
        ['scale', 'cold ms', 'cold kB', 'warm median ms', 'of which listing results', 'warm max ms', 'warm kB/query', 'page busy at most ms', 'main + archive warm median ms', 'vs peer'],
        archived.map((s) => {
          const a = s.search.archive!;
          const peer = peerAt(s.factor)?.search;
          const both = s.search.warmMedianMs + a.warmMedianMs;
          return [`${s.factor}×`, ms(a.coldMs), kB(a.coldBytes), ms(a.warmMedianMs), ms(a.warmResultsMedianMs), ms(a.warmMaxMs), kB(a.warmMedianBytes), ms(a.warmBusyMaxMs), ms(both), ratio(both, peer?.warmMedianMs)];
        }),
      )
    : undefined;

  const compare = table(
    ['compare', 'document', 'versions', 'characters', 'first run ms (median of 5 fresh pages)', 'slowest first run ms', 'warm median ms', 'of which word splitting ms', 'jsdiff first run ms', 'vs jsdiff', 'jsdiff warm ms', 'vs jsdiff'],
    results.compare.timings.map((t) => [
      t.label, t.document, `${t.from} → ${t.to}`, t.chars, ms(t.firstMs), ms(t.firstMaxMs), ms(t.medianMs), ms(t.segmentMedianMs),
      ms(t.reference.firstMs), ratio(t.firstMs, t.reference.firstMs), ms(t.reference.medianMs), ratio(t.medianMs, t.reference.medianMs),
    ]),
  );

  const budgets = table(
    ['budget', 'measured', 'limit', ''],
    verdicts.map((v) => [v.budget, `${v.measured} ${v.unit}`, `${v.limit} ${v.unit}`, v.passed ? 'pass' : '**FAIL**']),
  );

  return [
    `Run ${results.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM (load average at start ${machine.loadAverageAtStart}); `
      + `${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}. Whole run: ${(results.totalSeconds / 60).toFixed(1)} min.`,
    '',
    `Real content counted in \`content/\`: ${results.realCounts.guides} guides, ${results.realCounts.documents} documents, ${results.realCounts.versions} versions, ${results.realCounts.passages} passages.`,
    '',
    ...guidesAsWritten(results),
    '**Build** (site and Pagefind index; peer = default Starlight with the same guides, side by side at the scales it was built at: '
      + `${results.peer.map((p) => `${p.factor}×`).join(', ') || 'none'}; precache = the files sw.js lists, bench/precache.ts)`,
    '',
    build,
    '',
    ...carried(results),
    'Where the build\'s memory goes, phase by phase (content check, data store, bundling, rendering, Pagefind\'s own process, CSP and service worker), '
      + 'and what was changed: `memory-profile.md` beside this file.',
    '',
    '**Page weight** in kB (1000 bytes), gzip unless marked raw: fetched before interaction (until `load`) and when idle (after network idle + 2 s)',
    '',
    weights,
    '',
    'Peer pages:',
    '',
    peerWeights,
    '',
    '**Search** (Pagefind JS API in Chromium, as the search page calls it until a reader opens the filters: each query to the first result\'s data; '
      + `ours: the main index, the results the search page shows first, searched in the page's own thread (the peer: in Pagefind's web worker); ours and the peer side by side, word by word in turn, in ${SEARCH_ROUNDS} rounds of fresh pages, once our service worker has installed, `
      + 'as on every visit after the first; cold and first visit: ours on a new visitor\'s first visit, its queries beside the service worker\'s first precaching; the first visit\'s warm median has no budget; '
      + '"page busy at most": over the warm queries, the longest stretch the page\'s thread could not answer a key press)',
    '',
    search,
    '',
    'What got search there (README, "Search" and "What the index leaves out"): two indexes, the main one searched first and in the page\'s own thread, '
      + 'the archive (versions, passage histories) after it in Pagefind\'s worker; each thing indexed in one place, and what every page of a kind repeats left out '
      + '(citations, interface text, a document\'s versions table, removed words in redlines, change pages, later pages of lists); '
      + 'filters loaded only when a reader opens them; Pagefind indexes with its default settings, and the search page ranks with termSimilarity 2 and pageLength 0.3.',
    '',
    ...(archiveSearch
      ? [
          '**Archive search** (our second index: version pages and passage histories, searched in Pagefind\'s web worker after the main results are shown and listed below them; '
            + 'the same queries; "main + archive" is the time until both groups have their first result, against the peer\'s one index)',
          '',
          archiveSearch,
          '',
        ]
      : []),
    `**Compare** in Chromium (${results.compare.implementation}; beside it in the same pages, ${results.compare.reference})`,
    '',
    compare,
    '',
    '**Budgets**',
    '',
    budgets,
    '',
  ].join('\n');
}
