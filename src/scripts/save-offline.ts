/**
 * The "Spara för läsning utan nät" control (src/components/SaveOffline.astro):
 * reads the set's file list (written at build time, src/lib/offline-plan.ts),
 * shows its size, and on request fetches every file into the cache the
 * service worker answers from offline (pages into the pages cache, other
 * files into the files cache), four at a time, the set's last file once
 * every other is saved (SaveSet), with a <progress> and a status line read
 * out as it goes.
 *
 * The files are fetched with ?spara, which the worker's runtime routes leave
 * alone, so each is stored once, here, under its own address.
 */
import { cacheNameFor, type SaveSet } from '../lib/offline-plan.ts';
import { byteText, failedText, progressText, saveSizeText } from '../lib/offline-text.ts';

const AT_ONCE = 4;

async function setUp(box: HTMLElement) {
  const size = box.querySelector<HTMLElement>('.save-offline-size')!;
  const button = box.querySelector<HTMLButtonElement>('.save-offline-button')!;
  const progress = box.querySelector<HTMLProgressElement>('.save-offline-progress')!;
  const status = box.querySelector<HTMLElement>('.save-offline-status')!;
  box.hidden = false;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    size.textContent = 'Den här webbläsaren kan inte spara sidor för läsning utan nät (webbläsaren saknar stöd för det, eller sidan är öppnad som fil).';
    button.hidden = true;
    return;
  }
  let set: SaveSet;
  try {
    const response = await fetch(box.dataset.saveSet!);
    if (!response.ok) throw new Error(String(response.status));
    set = (await response.json()) as SaveSet;
  } catch {
    size.textContent = 'Storleken går inte att hämta just nu. Anslut till nätet för att spara.';
    return;
  }
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const room = estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
  size.textContent =
    `Storlek: ${saveSizeText(set)}.` + (room !== undefined && room < set.bytes ? ` Webbläsaren har bara plats för ungefär ${byteText(room)} till, så allt får kanske inte plats.` : '');
  button.disabled = false;

  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Sparar …';
    status.textContent = 'Börjar spara …';
    // The worker answers offline; wait until it runs (it installs on the first visit).
    await navigator.serviceWorker.ready;
    await navigator.storage?.persist?.().catch(() => false);
    progress.max = Math.max(set.bytes, 1);
    progress.value = 0;
    progress.hidden = false;
    const queue = set.files.slice(0, -1);
    const failed: string[] = [];
    let done = 0;
    let doneBytes = 0;
    let announced = 0;
    const show = () => {
      progress.value = doneBytes;
      // The live region is read out at most every second, so a screen reader is not flooded; the bar moves with every file.
      if (done === set.files.length || Date.now() - announced > 1000) {
        announced = Date.now();
        status.textContent = `${progressText(done, set.files.length, doneBytes, set.bytes)} …`;
      }
    };
    const save = async ([url, bytes]: [string, number]) => {
      try {
        const response = await fetch(`${url}?spara`, { cache: 'no-cache' });
        if (!response.ok) throw new Error(String(response.status));
        await (await caches.open(cacheNameFor(url))).put(url, response);
      } catch {
        failed.push(url);
      }
      done++;
      doneBytes += bytes;
      show();
    };
    const saveNext = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await save(next);
    };
    await Promise.all(Array.from({ length: AT_ONCE }, saveNext));
    const last = set.files.at(-1);
    // Not saved after a failure: in the site's set, its presence would say the archive's index is complete.
    if (last && !failed.length) await save(last);
    else if (last) failed.push(last[0]);
    if (failed.length) {
      status.textContent = failedText(failed.length, set.files.length);
      button.textContent = 'Försök igen';
      button.disabled = false;
      return;
    }
    progress.value = progress.max;
    status.textContent = `Klart, sparat på den här enheten: ${saveSizeText(set)}. Sidorna går nu att läsa utan nät.`;
    button.textContent = 'Spara igen (hämtar den senaste versionen)';
    button.disabled = false;
  });
}

export function runSaveOffline() {
  for (const box of document.querySelectorAll<HTMLElement>('[data-save-set]')) void setUp(box);
}
