/**
 * The /vagledningar/jamfor/ page: compares the two versions named in the
 * address (?a=<dokument>/<version>&b=…&vy=inline|sida), or the versions in
 * force on two dates (?linje=<dokument>&datum-a=…&datum-b=…), with the same
 * comparisonHtml the static change pages use, over the history model
 * published as /data/jamfor.json.
 */
import { comparisonHtml, type CompareView } from '../lib/compare.ts';
import { formatDate } from '../lib/dates.ts';
import { undescribedText, versionsInForceInLine, type DocumentTimeline, type LineInForce } from '../lib/in-force.ts';
import type { HistoryModel, VersionRef } from '../lib/passage-history.ts';

type CompareData = HistoryModel & { timelines: Record<string, DocumentTimeline>; documentNames: Record<string, string> };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function link(text: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

export async function runComparePage() {
  const form = document.querySelector<HTMLFormElement>('#jamfor-form');
  const dateForm = document.querySelector<HTMLFormElement>('#datum-form');
  const out = document.querySelector<HTMLElement>('#jamforelse');
  const status = document.querySelector<HTMLElement>('#jamfor-status');
  const dateAnswer = document.querySelector<HTMLElement>('#datum-svar');
  if (!form || !dateForm || !out || !status || !dateAnswer) return;
  const data: CompareData = await (await fetch('/data/jamfor.json')).json();
  form.hidden = false;
  dateForm.hidden = false;
  document.querySelector<HTMLElement>('#jamfor-utan-js')!.hidden = true;

  const field = (f: HTMLFormElement, name: string) => f.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const find = (key: string | null) => data.versions.find((v) => `${v.document}/${v.id}` === key);
  const ref = (v: { document: string; id: string }) => data.versions.find((x) => x.document === v.document && x.id === v.id)!;

  /** "Den 1 juni 2008 gällde …": the versions in force, with the uncertainty the sources leave. */
  const inForceText = (day: string, r: LineInForce) => {
    const p = document.createElement('p');
    const when = formatDate({ precision: 'day', value: day });
    const names: (Node | string)[] = [
      ...r.versions.map((v) => link(ref(v).name, ref(v).url)),
      ...r.undescribed.map((u) => `${undescribedText(u.gap)} av ${data.documentNames[u.document] ?? u.document} (beskrivs inte i källorna)`),
    ];
    if (names.length === 0) p.append(`Den ${when} gällde ingen version som källorna känner till.`);
    else if (r.certain) p.append(`Den ${when} gällde `, names[0], '.');
    else p.append(`Den ${when} kan någon av de här ha gällt; källornas datum räcker inte för att säga vilken: `, ...names.flatMap((n, i) => (i === 0 ? [n] : ['; ', n])), '.');
    return p;
  };

  const renderDates = (params: URLSearchParams, view: CompareView) => {
    const first = params.get('linje')!;
    const line = data.lines.find((l) => l.documents[0] === first);
    const [dayA, dayB] = [params.get('datum-a')!, params.get('datum-b')!];
    (field(dateForm, 'linje') as HTMLSelectElement).value = first;
    field(dateForm, 'datum-a').value = dayA;
    field(dateForm, 'datum-b').value = dayB;
    if (!line || !DAY.test(dayA) || !DAY.test(dayB)) {
      status.textContent = 'Välj ett dokument och två datum.';
      return;
    }
    const timelines = line.documents.map((document) => ({ document, timeline: data.timelines[document] }));
    const [ra, rb] = [versionsInForceInLine(timelines, dayA), versionsInForceInLine(timelines, dayB)];
    dateAnswer.replaceChildren(inForceText(dayA, ra), inForceText(dayB, rb));
    const [a, b] = [ra.versions, rb.versions];
    if (a.length === 1 && b.length === 1) {
      out.innerHTML = comparisonHtml(data, a[0], b[0], view);
      status.textContent = `Jämför ${ref(a[0]).name} (A) med ${ref(b[0]).name} (B)${ra.certain && rb.certain ? '' : ', de enda kända versionerna som kan ha gällt'}.`;
    } else if (a.length && b.length) {
      // Several versions are possible: offer each pair rather than pick one.
      const list = document.createElement('ul');
      for (const x of a) for (const y of b) {
        const li = document.createElement('li');
        li.append(link(`${ref(x).name} mot ${ref(y).name}`, `?a=${x.document}/${x.id}&b=${y.document}/${y.id}&vy=${view}`));
        list.append(li);
      }
      const p = document.createElement('p');
      p.textContent = 'Flera versioner kan ha gällt. Välj vilket par du vill jämföra:';
      out.replaceChildren(p, list);
      status.textContent = 'Flera versioner kan ha gällt på minst ett av datumen.';
    } else {
      out.replaceChildren();
      status.textContent = 'Minst ett av datumen har ingen känd version att jämföra.';
    }
  };

  const render = () => {
    const params = new URLSearchParams(location.search);
    const view: CompareView = params.get('vy') === 'sida' ? 'sida' : 'inline';
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="vy"]')) radio.checked = radio.value === view;
    dateAnswer.replaceChildren();
    if (params.has('datum-a')) return renderDates(params, view);
    const [a, b]: (VersionRef | undefined)[] = [find(params.get('a')), find(params.get('b'))];
    field(form, 'a').value = params.get('a') ?? '';
    field(form, 'b').value = params.get('b') ?? '';
    if (!a || !b) {
      out.replaceChildren();
      status.textContent = 'Välj en version på varje sida och tryck på Jämför.';
      return;
    }
    out.innerHTML = comparisonHtml(data, a, b, view);
    status.textContent = `Jämför ${a.name} (A) med ${b.name} (B).`;
  };

  // The choice goes into the address, so a copied link reproduces the view.
  const show = (entries: Record<string, string>, replace: boolean) => {
    const url = `${location.pathname}?${new URLSearchParams(entries)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    render();
  };
  const view = () => (form.elements.namedItem('vy') as RadioNodeList).value;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show({ a: field(form, 'a').value, b: field(form, 'b').value, vy: view() }, false);
  });
  dateForm.addEventListener('submit', (event) => {
    event.preventDefault();
    show({ linje: field(dateForm, 'linje').value, 'datum-a': field(dateForm, 'datum-a').value, 'datum-b': field(dateForm, 'datum-b').value, vy: view() }, false);
  });
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="vy"]')) {
    radio.addEventListener('change', () => {
      // A comparison by date keeps its dates; otherwise the versions chosen in the form (shown or not yet) are kept.
      const params = Object.fromEntries(new URLSearchParams(location.search));
      show(params['datum-a'] ? { ...params, vy: view() } : { a: field(form, 'a').value, b: field(form, 'b').value, vy: view() }, true);
    });
  }
  addEventListener('popstate', render);
  render();
}
