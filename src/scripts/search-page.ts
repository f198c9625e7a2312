/**
 * The /sok/ page: Pagefind search with filters, the query and filters kept in
 * the URL (?q=…&typ=…) so a search can be shared, bookmarked and restored.
 * Results show their metadata and sub-results that jump to the heading or
 * passage. Pagefind's index loads only when this page is used.
 */
interface SubResult { title: string; url: string; excerpt: string }
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: { filters?: Record<string, string[]> }) => Promise<{ results: { data: () => Promise<ResultData> }[] } | null>;
}

const FILTER_LABELS: Record<string, string> = { typ: 'Innehåll', dokument: 'Dokument', version: 'Version', år: 'År' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** Pagefind marks hits in excerpts with <mark>; rebuild that as DOM, never as raw HTML. */
function excerpt(html: string): Node[] {
  return html.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = new DOMParser().parseFromString(hit ? hit[1] : part, 'text/html').body.textContent ?? '';
    return hit ? element('mark', {}, text) : document.createTextNode(text);
  });
}

function selectedFilters(params: URLSearchParams): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(key);
    if (values.length) chosen[key] = values;
  }
  return chosen;
}

export async function runSearchPage() {
  const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
  const input = document.querySelector<HTMLInputElement>('#sok-falt')!;
  const filterBox = document.querySelector<HTMLElement>('#sokfilter')!;
  const status = document.querySelector<HTMLElement>('#sokstatus')!;
  const list = document.querySelector<HTMLOListElement>('#sokresultat')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  const pagefind: Pagefind = await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`);
  // Weigh exact words above prefix matches, so "BÖRS" finds BÖRS before "Börja här"; and penalise long pages less
  // (pageLength 0.3 against Pagefind's 0.75), so an overview such as the timeline is not outranked by a short
  // passage page that only carries the word in its title.
  await pagefind.options({ excerptLength: 24, ranking: { termSimilarity: 2, pageLength: 0.3 } });
  const available = await pagefind.filters();
  const chosen = selectedFilters(params);
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
    if (!values.length) continue;
    const boxes = values.map((value) => {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, checked: chosen[key]?.includes(value) ?? false });
      return element('label', {}, box, ` ${value} (${available[key][value]})`);
    });
    filterBox.append(element('fieldset', {}, element('legend', {}, label), ...boxes));
  }

  let run = 0;
  async function search() {
    const current = ++run;
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const key of Object.keys(FILTER_LABELS)) for (const v of data.getAll(key)) next.append(key, String(v));
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const response = await pagefind.search(query, { filters: selectedFilters(next) });
    const results = await Promise.all((response?.results ?? []).slice(0, 20).map((r) => r.data()));
    if (current !== run) return;
    status.textContent = results.length ? `${response!.results.length} träffar för ”${query}”.` : `Inga träffar för ”${query}”.`;
    list.replaceChildren(
      ...results.map((r) => {
        const meta = [r.meta.typ, r.meta.dokument, r.meta.version, r.meta.beslutad && `beslutad ${r.meta.beslutad}`].filter(Boolean).join(' · ');
        const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, 3);
        return element(
          'li',
          {},
          element('a', { href: r.url }, r.meta.title ?? r.url),
          element('p', { className: 'result-meta' }, meta),
          element('p', {}, ...excerpt(r.excerpt)),
          ...(subs.length ? [element('ul', { className: 'result-subs' }, ...subs.map((s) => element('li', {}, element('a', { href: s.url }, s.title))))] : []),
        );
      }),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  let timer: number | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 200);
  });
  await search();
}
