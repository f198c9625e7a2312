/**
 * The /vagledningar/jamfor/ page: compares the two versions named in the
 * address (?a=<dokument>/<version>&b=…&vy=inline|sida), or the versions in
 * force on two dates (?linje=<dokument>&datum-a=…&datum-b=…), with the same
 * comparisonHtml the static change pages use. It fetches only the compare
 * data of the document lines it compares (/data/jamfor/<linje>.json,
 * src/lib/compare-data.ts), each once, and only for a document or line the
 * page lists. A version is chosen in two steps, document then version: the
 * versions of the chosen document come from its line's data, so the page
 * does not list every version.
 */
import { joinCompareData, type CompareData } from '../lib/compare-data.ts';
import { comparisonHtml, type CompareView } from '../lib/compare.ts';
import { formatDate } from '../lib/dates.ts';
import { undescribedText, versionsInForceInLine, type LineInForce } from '../lib/in-force.ts';
import type { VersionRef } from '../lib/passage-history.ts';
import { compareDataUrl } from '../lib/routes.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function link(text: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

export function runComparePage() {
  const form = document.querySelector<HTMLFormElement>('#jamfor-form');
  const dateForm = document.querySelector<HTMLFormElement>('#datum-form');
  const out = document.querySelector<HTMLElement>('#jamforelse');
  const status = document.querySelector<HTMLElement>('#jamfor-status');
  const dateAnswer = document.querySelector<HTMLElement>('#datum-svar');
  if (!form || !dateForm || !out || !status || !dateAnswer) return;
  form.hidden = false;
  dateForm.hidden = false;
  document.querySelector<HTMLElement>('#jamfor-utan-js')!.hidden = true;

  const field = (f: HTMLFormElement, name: string) => f.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const options = (f: HTMLFormElement, name: string) => [...(field(f, name) as HTMLSelectElement).options];
  const sides = ['a', 'b'] as const;
  const documentChoice = (side: (typeof sides)[number]) => form.querySelector<HTMLSelectElement>(`#jamfor-${side}-dokument`)!;
  /** The line of a document the form lists, from its option; undefined for any other text. */
  const lineOfDocument = (id: string) => [...documentChoice('a').options].find((o) => o.value !== '' && o.value === id)?.dataset.linje;
  /** The line of a version ("<document>/<version>") of a document the form lists. */
  const lineOfVersion = (key: string) => lineOfDocument(key.split('/')[0]);
  const isLine = (key: string | null) => options(dateForm, 'linje').some((o) => o.value === key);

  const files = new Map<string, Promise<CompareData>>();
  /** The compare data of the lines, each file fetched once; a failed fetch is tried again on the next comparison. */
  const load = (lines: string[]) =>
    Promise.all(
      [...new Set(lines)].map((line) => {
        let file = files.get(line);
        if (!file) {
          file = fetch(compareDataUrl(line)).then((r) => {
            if (!r.ok) throw new Error(`${r.status}`);
            return r.json() as Promise<CompareData>;
          });
          file.catch(() => files.delete(line));
          files.set(line, file);
        }
        return file;
      }),
    ).then(joinCompareData);

  /** A side's version choice: the document's versions from its line's data, `chosen` selected; a placeholder while there are none. */
  const listVersions = (side: (typeof sides)[number], data: CompareData | undefined, chosen = '') => {
    const choice = field(form, side) as HTMLSelectElement;
    const id = documentChoice(side).value;
    const versions = data?.versions.filter((v) => v.document === id) ?? [];
    const placeholder = new Option(!id ? 'Välj ett dokument först' : data ? 'Välj …' : 'Versionerna gick inte att hämta just nu', '');
    choice.replaceChildren(placeholder, ...versions.map((v) => new Option(v.name, `${v.document}/${v.id}`)));
    choice.disabled = versions.length === 0;
    choice.value = chosen;
  };
  for (const side of sides) {
    documentChoice(side).addEventListener('change', () => {
      const line = lineOfDocument(documentChoice(side).value);
      if (!line) return listVersions(side, undefined);
      void load([line]).then(
        (data) => listVersions(side, data),
        () => listVersions(side, undefined),
      );
    });
  }

  const ref = (data: CompareData, v: { document: string; id: string }) => data.versions.find((x) => x.document === v.document && x.id === v.id)!;

  /** "Den 1 juni 2008 gällde …": the versions in force, with the uncertainty the sources leave. */
  const inForceText = (data: CompareData, day: string, r: LineInForce) => {
    const p = document.createElement('p');
    const when = formatDate({ precision: 'day', value: day });
    const names: (Node | string)[] = [
      ...r.versions.map((v) => link(ref(data, v).name, ref(data, v).url)),
      ...r.undescribed.map((u) => `${undescribedText(u.gap)} av ${data.documentNames[u.document] ?? u.document} (beskrivs inte i källorna)`),
    ];
    if (names.length === 0) p.append(`Den ${when} gällde ingen version som källorna känner till.`);
    else if (r.certain) p.append(`Den ${when} gällde `, names[0], '.');
    else p.append(`Den ${when} kan någon av de här ha gällt; källornas datum räcker inte för att säga vilken: `, ...names.flatMap((n, i) => (i === 0 ? [n] : ['; ', n])), '.');
    return p;
  };

  const renderDates = (data: CompareData, [dayA, dayB]: [string, string], view: CompareView) => {
    const timelines = data.lines[0].documents.map((document) => ({ document, timeline: data.timelines[document] }));
    const [ra, rb] = [versionsInForceInLine(timelines, dayA), versionsInForceInLine(timelines, dayB)];
    dateAnswer.replaceChildren(inForceText(data, dayA, ra), inForceText(data, dayB, rb));
    const [a, b] = [ra.versions, rb.versions];
    if (a.length === 1 && b.length === 1) {
      out.innerHTML = comparisonHtml(data, a[0], b[0], view);
      status.textContent = `Jämför ${ref(data, a[0]).name} (A) med ${ref(data, b[0]).name} (B)${ra.certain && rb.certain ? '' : ', de enda kända versionerna som kan ha gällt'}.`;
    } else if (a.length && b.length) {
      // Several versions are possible: offer each pair rather than pick one.
      const list = document.createElement('ul');
      for (const x of a) for (const y of b) {
        const li = document.createElement('li');
        li.append(link(`${ref(data, x).name} mot ${ref(data, y).name}`, `?a=${x.document}/${x.id}&b=${y.document}/${y.id}&vy=${view}`));
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

  const renderVersions = (data: CompareData, [a, b]: [string, string], view: CompareView) => {
    const [va, vb]: (VersionRef | undefined)[] = [a, b].map((key) => data.versions.find((v) => `${v.document}/${v.id}` === key));
    // Both are listed on the page; a kept copy of the data from another build may still lack one.
    if (!va || !vb) {
      out.replaceChildren();
      status.textContent = 'Jämförelsen går inte att visa med de uppgifter som är sparade på den här enheten. Försök igen när du är ansluten.';
      return;
    }
    out.innerHTML = comparisonHtml(data, va, vb, view);
    status.textContent = `Jämför ${va.name} (A) med ${vb.name} (B).`;
  };

  /** Bumped by each render, so a comparison whose data arrives after a newer choice is not shown. */
  let renders = 0;
  const render = async () => {
    const turn = ++renders;
    out.removeAttribute('aria-busy');
    const params = new URLSearchParams(location.search);
    const view: CompareView = params.get('vy') === 'sida' ? 'sida' : 'inline';
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="vy"]')) radio.checked = radio.value === view;
    dateAnswer.replaceChildren();
    const byDate = params.has('datum-a');
    let lines: string[];
    let compare: (data: CompareData) => void;
    if (byDate) {
      const [first, dayA, dayB] = [params.get('linje') ?? '', params.get('datum-a') ?? '', params.get('datum-b') ?? ''];
      (field(dateForm, 'linje') as HTMLSelectElement).value = first;
      field(dateForm, 'datum-a').value = dayA;
      field(dateForm, 'datum-b').value = dayB;
      if (!isLine(first) || !DAY.test(dayA) || !DAY.test(dayB)) {
        status.textContent = 'Välj ett dokument och två datum.';
        return;
      }
      lines = [first];
      compare = (data) => renderDates(data, [dayA, dayB], view);
    } else {
      const [a, b] = [params.get('a') ?? '', params.get('b') ?? ''];
      const [la, lb] = [lineOfVersion(a), lineOfVersion(b)];
      documentChoice('a').value = la ? a.split('/')[0] : '';
      documentChoice('b').value = lb ? b.split('/')[0] : '';
      if (!la || !lb) {
        for (const side of sides) listVersions(side, undefined);
        out.replaceChildren();
        status.textContent = 'Välj en version på varje sida och tryck på Jämför.';
        return;
      }
      lines = [la, lb];
      compare = (data) => {
        listVersions('a', data, a);
        listVersions('b', data, b);
        renderVersions(data, [a, b], view);
      };
    }
    out.setAttribute('aria-busy', 'true');
    const data = await load(lines).catch(() => undefined);
    if (turn !== renders) return;
    out.removeAttribute('aria-busy');
    if (data) return compare(data);
    out.replaceChildren();
    status.textContent = 'Jämförelsen gick inte att hämta just nu. Utan nät går den att visa för dokument som är sparade för läsning utan nät och för jämförelser som du redan har gjort på den här enheten.';
  };

  // The choice goes into the address, so a copied link reproduces the view.
  const show = (entries: Record<string, string>, replace: boolean) => {
    const url = `${location.pathname}?${new URLSearchParams(entries)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void render();
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
  addEventListener('popstate', () => void render());
  void render();
}
