/**
 * The /sok/ page: runs the query in `?q=` with Pagefind and lists results.
 * Without JavaScript the form still submits, but results need the index.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

export async function runSearchPage() {
  const input = document.querySelector<HTMLInputElement>('#sok-falt');
  const out = document.querySelector<HTMLElement>('#sokresultat');
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!input || !out || !query) return;
  input.value = query;
  out.textContent = 'Söker …';
  const pagefind: Pagefind = await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`);
  const { results } = await pagefind.search(query);
  const items = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  out.replaceChildren();
  const summary = document.createElement('p');
  summary.textContent = items.length ? `${results.length} träffar för ”${query}”.` : `Inga träffar för ”${query}”.`;
  out.append(summary);
  const list = document.createElement('ol');
  list.className = 'search-results';
  for (const item of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta.title ?? item.url;
    const p = document.createElement('p');
    // Pagefind's excerpt marks hits with <mark>; it is built from our own pages.
    p.innerHTML = item.excerpt;
    li.append(a, p);
    list.append(li);
  }
  out.append(list);
}
