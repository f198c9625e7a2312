/**
 * The /vagledningar/jamfor/ page: compares the two versions named in the
 * address (?a=<dokument>/<version>&b=…&vy=inline|sida) with the same
 * comparisonHtml the static change pages use, over the history model
 * published as /data/jamfor.json.
 */
import { comparisonHtml, type CompareView } from '../lib/compare.ts';
import type { HistoryModel } from '../lib/passage-history.ts';

export async function runComparePage() {
  const form = document.querySelector<HTMLFormElement>('#jamfor-form');
  const out = document.querySelector<HTMLElement>('#jamforelse');
  const status = document.querySelector<HTMLElement>('#jamfor-status');
  if (!form || !out || !status) return;
  const data: HistoryModel = await (await fetch('/data/jamfor.json')).json();
  form.hidden = false;
  document.querySelector<HTMLElement>('#jamfor-utan-js')!.hidden = true;

  const find = (key: string | null) => data.versions.find((v) => `${v.document}/${v.id}` === key);
  const render = () => {
    const params = new URLSearchParams(location.search);
    const view: CompareView = params.get('vy') === 'sida' ? 'sida' : 'inline';
    const [a, b] = [find(params.get('a')), find(params.get('b'))];
    (form.elements.namedItem('a') as HTMLSelectElement).value = params.get('a') ?? '';
    (form.elements.namedItem('b') as HTMLSelectElement).value = params.get('b') ?? '';
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="vy"]')) radio.checked = radio.value === view;
    if (!a || !b) {
      out.replaceChildren();
      status.textContent = 'Välj en version på varje sida och tryck på Jämför.';
      return;
    }
    out.innerHTML = comparisonHtml(data, a, b, view);
    status.textContent = `Jämför ${a.name} (A) med ${b.name} (B).`;
  };

  // The choice goes into the address, so a copied link reproduces the view.
  const show = (replace: boolean) => {
    const field = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | RadioNodeList).value;
    const params = new URLSearchParams({ a: field('a'), b: field('b'), vy: field('vy') });
    const url = `${location.pathname}?${params}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    render();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(false);
  });
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="vy"]')) radio.addEventListener('change', () => show(true));
  addEventListener('popstate', render);
  render();
}
