/*
 * Enhancement only: without it every mark is a link to its detail below.
 * - A tooltip gives a mark's wording, with its kind of evidence, on hover and
 *   on keyboard focus (the mark's description points at it while shown).
 * - One mark per timeline is in the tab order (roving tabindex); arrow keys
 *   move between marks, Enter or a click shows the detail in a panel.
 * - Where the axis is wider than the screen, a cue names the years scrolled
 *   out of view on each side, and the edges fade.
 */

interface Tip {
  heading: string;
  entries: { title?: string; evidence: string; text?: string; verbatim: boolean; change?: string }[];
}

const p = (className: string, text: string) => Object.assign(document.createElement('p'), { className, textContent: text });

function tipContent(tip: Tip): HTMLElement[] {
  const parts = [p('tl-tip-heading', tip.heading)];
  for (const e of tip.entries) {
    if (e.title && tip.entries.length > 1) parts.push(p('tl-tip-title', e.title));
    parts.push(p('tl-tip-evidence', e.change ? `${e.evidence}. ${e.change}.` : e.evidence));
    if (e.text) parts.push(p('tl-tip-text', e.verbatim ? `”${e.text}”` : e.text));
  }
  return parts;
}

/** Years on the axis whose 1 January to 31 December lies wholly outside the visible part of the scroller. */
function hiddenYears(scroller: HTMLElement, figure: HTMLElement): { left?: [number, number]; right?: [number, number] } {
  const first = Number(figure.dataset.firstYear);
  const last = Number(figure.dataset.lastYear);
  const scale = figure.querySelector<SVGSVGElement>('.year-scale');
  if (!scale) return {};
  const box = scroller.getBoundingClientRect();
  const axis = scale.getBoundingClientRect();
  const perYear = axis.width / (last - first + 1);
  const yearAt = (x: number) => first + Math.floor((x - axis.left) / perYear);
  // A year counts as visible when at least half of it is in view.
  const firstVisible = Math.max(first, yearAt(box.left + perYear / 2));
  const lastVisible = Math.min(last, yearAt(box.right - perYear / 2));
  return {
    left: firstVisible > first ? [first, firstVisible - 1] : undefined,
    right: lastVisible < last ? [lastVisible + 1, last] : undefined,
  };
}

const range = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}–${b}`);

function swipeCue(figure: HTMLElement) {
  const scroller = figure.querySelector<HTMLElement>('.tl-scroll');
  const frame = figure.querySelector<HTMLElement>('[data-frame]');
  const cue = figure.querySelector<HTMLElement>('[data-swipe]');
  const text = cue?.querySelector<HTMLElement>('[data-swipe-text]');
  if (!scroller || !frame || !cue || !text) return;
  const update = () => {
    const { left, right } = hiddenYears(scroller, figure);
    frame.toggleAttribute('data-more-left', left !== undefined);
    frame.toggleAttribute('data-more-right', right !== undefined);
    const parts = [right && `åt vänster för ${range(right)}`, left && `åt höger för ${range(left)}`].filter(Boolean);
    cue.style.display = parts.length ? 'block' : 'none';
    cue.dataset.hidden = [left, right].filter(Boolean).map((r) => range(r!)).join(',');
    text.textContent = parts.length ? `Fler år utanför skärmen: svep ${parts.join(', ')}.` : '';
    // A lane whose marks lie out of view says where they are, so it does not look empty.
    const view = scroller.getBoundingClientRect();
    for (const label of figure.querySelectorAll<HTMLElement>('[data-offscreen]')) {
      const lane = label.closest('[data-lane]');
      const boxes = [...(lane?.querySelectorAll('[data-mark] .target') ?? [])].map((t) => t.getBoundingClientRect());
      const right = boxes.filter((b) => b.left > view.right - 4).length;
      const left = boxes.filter((b) => b.right < view.left + 4).length;
      const hint = [left && `← ${left}`, right && `${right} →`].filter(Boolean).join(' ');
      label.textContent = hint && ` ${hint}`;
      label.title = hint ? 'Markeringar utanför skärmen: svep i sidled' : '';
    }
  };
  scroller.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(scroller);
  update();
}

export function runTimelines() {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
    swipeCue(figure);
    const marks = [...figure.querySelectorAll<SVGAElement>('[data-mark]')];
    const panel = figure.querySelector<HTMLElement>('.tl-panel')!;
    const body = panel.querySelector<HTMLElement>('.tl-panel-body')!;
    const tip = figure.querySelector<HTMLElement>('.tl-tip')!;
    if (marks.length === 0) continue;
    const lanes = [...new Set(marks.map((m) => m.dataset.lane))];
    const x = (m: SVGAElement) => Number(m.dataset.x);
    let current = marks[0];
    marks.forEach((m) => m.setAttribute('tabindex', m === current ? '0' : '-1'));

    let tipFor: SVGAElement | undefined;
    const showTip = (mark: SVGAElement) => {
      if (!mark.dataset.tip) return;
      tip.replaceChildren(...tipContent(JSON.parse(mark.dataset.tip) as Tip));
      tip.hidden = false;
      const box = figure.getBoundingClientRect();
      const target = (mark.querySelector('.target, .target-box') ?? mark).getBoundingClientRect();
      const width = tip.offsetWidth;
      const left = Math.min(Math.max(0, target.left - box.left + target.width / 2 - width / 2), box.width - width);
      tip.style.left = `${Math.max(0, left)}px`;
      // Below the mark, or above it when the figure has no room below.
      const below = target.bottom - box.top + 6;
      tip.style.top = `${below + tip.offsetHeight > box.height && target.top - box.top - tip.offsetHeight - 6 > 0 ? target.top - box.top - tip.offsetHeight - 6 : below}px`;
      mark.setAttribute('aria-describedby', tip.id);
      tipFor = mark;
    };
    const hideTip = () => {
      tipFor?.removeAttribute('aria-describedby');
      tip.hidden = true;
      tipFor = undefined;
    };
    for (const m of marks) {
      m.addEventListener('pointerenter', () => showTip(m));
      m.addEventListener('pointerleave', () => {
        if (document.activeElement !== m) hideTip();
      });
      m.addEventListener('blur', () => {
        if (tipFor === m) hideTip();
      });
    }

    // Whichever mark has focus (by key, click or script) is the one Tab returns to.
    figure.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('[data-mark]');
      if (!mark) return;
      showTip(mark);
      if (mark === current) return;
      current.setAttribute('tabindex', '-1');
      mark.setAttribute('tabindex', '0');
      current = mark;
    });
    const focus = (next: SVGAElement) => {
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      showTip(next);
    };
    const nearestIn = (lane: string | undefined, at: number) => {
      const inLane = marks.filter((m) => m.dataset.lane === lane);
      return inLane.reduce((best, m) => (Math.abs(x(m) - at) < Math.abs(x(best) - at) ? m : best), inLane[0]);
    };
    const show = (mark: SVGAElement) => {
      const target = document.getElementById(decodeURIComponent(mark.getAttribute('href')!.slice(1)));
      if (!target) return;
      const copy = target.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      // The panel sits outside the page's heading outline, so its title is not a heading.
      copy.querySelectorAll('h4').forEach((h) => h.replaceWith(Object.assign(document.createElement('p'), { className: 'tl-panel-title', innerHTML: h.innerHTML })));
      // A table row (an event) becomes one paragraph per cell.
      const parts = copy.matches('tr')
        ? [...copy.children].map((cell) => Object.assign(document.createElement('p'), { innerHTML: cell.innerHTML }))
        : [...copy.childNodes];
      const lane = document.getElementById(`${figure.id}-lane-${mark.dataset.lane}`)?.textContent;
      const heading = Object.assign(document.createElement('p'), { className: 'tl-panel-lane', textContent: lane ?? '' });
      body.replaceChildren(heading, ...parts);
      panel.hidden = false;
      hideTip();
    };
    figure.addEventListener('keydown', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('[data-mark]');
      if (!mark) return;
      const i = marks.indexOf(mark);
      const lane = lanes.indexOf(mark.dataset.lane);
      const moves: Record<string, () => SVGAElement | undefined> = {
        ArrowRight: () => marks[i + 1],
        ArrowLeft: () => marks[i - 1],
        ArrowDown: () => (lanes[lane + 1] ? nearestIn(lanes[lane + 1], x(mark)) : undefined),
        ArrowUp: () => (lanes[lane - 1] ? nearestIn(lanes[lane - 1], x(mark)) : undefined),
        Home: () => marks[0],
        End: () => marks.at(-1),
      };
      if (event.key === 'Escape') {
        panel.hidden = true;
        hideTip();
        return;
      }
      if (!moves[event.key]) return;
      event.preventDefault();
      const next = moves[event.key]();
      if (next) focus(next);
    });
    figure.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('[data-mark]');
      if (!mark) return;
      event.preventDefault();
      focus(mark);
      show(mark);
    });
    panel.querySelector('.tl-close')!.addEventListener('click', () => {
      panel.hidden = true;
      current.focus();
    });
  }
}
