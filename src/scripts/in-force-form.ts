/**
 * The "I kraft på ett datum" form on a document page: answers with
 * versionsInForce from the timeline the page embeds. Without JavaScript the
 * form stays hidden and the versions table with its date ranges answers.
 */
import { formatDate } from '../lib/dates.ts';
import { undescribedText, versionsInForce, type DocumentTimeline } from '../lib/in-force.ts';

interface FormData {
  timeline: DocumentTimeline;
  versions: Record<string, { name: string; url: string }>;
  successor?: { name: string; url: string };
}

function link(text: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

export function runInForceForm() {
  const form = document.querySelector<HTMLFormElement>('#i-kraft-form');
  const out = document.querySelector<HTMLElement>('#i-kraft-svar');
  const data: FormData | undefined = JSON.parse(document.querySelector('#i-kraft-data')?.textContent ?? 'null') ?? undefined;
  if (!form || !out || !data) return;
  const input = form.querySelector('input')!;
  form.hidden = false;

  const answer = (day: string) => {
    const r = versionsInForce(data.timeline, day);
    const when = formatDate({ precision: 'day', value: day });
    const p = document.createElement('p');
    const items = [
      ...r.versions.map((id) => link(data.versions[id].name, data.versions[id].url)),
      ...r.undescribed.map((g) => document.createTextNode(`${undescribedText(g)} (beskrivs inte i källorna)`)),
    ];
    if (r.certain) {
      p.append(`Den ${when} gällde `, items[0], '.');
    } else if (items.length === 0) {
      if (r.replaced === 'ja' && data.successor) p.append(`Den ${when} hade dokumentet ersatts av `, link(data.successor.name, data.successor.url), '.');
      else p.append(`Ingen känd version gällde den ${when}: den första kända versionen är senare.`);
    } else {
      p.append(`Den ${when} kan någon av de här ha gällt. Källornas datum räcker inte för att säga vilken:`);
    }
    const list = document.createElement('ul');
    const item = (...content: (Node | string)[]) => {
      const li = document.createElement('li');
      li.append(...content);
      list.append(li);
    };
    if (!r.certain) items.forEach((node) => item(node));
    if (!r.certain && items.length && r.replaced === 'kanske' && data.successor) {
      item('eller så hade ', link(data.successor.name, data.successor.url), ' redan ersatt dokumentet');
    }
    out.replaceChildren(p, ...(list.children.length ? [list] : []));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value) return;
    answer(input.value);
    const url = new URL(location.href);
    url.searchParams.set('datum', input.value);
    history.replaceState(null, '', url);
  });
  const initial = new URLSearchParams(location.search).get('datum');
  if (initial && /^\d{4}-\d{2}-\d{2}$/.test(initial)) {
    input.value = initial;
    answer(initial);
  }
}
