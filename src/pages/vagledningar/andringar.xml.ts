import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { comparisonHtml } from '../../lib/compare.ts';
import { historyModel } from '../../lib/passage-history.ts';
import { dateBounds, formatDate } from '../../lib/dates.ts';
import { escapeHtml } from '../../lib/diff-passages.ts';
import { FEED_ENTRIES, newestEntries } from '../../lib/feed.ts';
import { changesUrl, guideUrl } from '../../lib/routes.ts';
import type { VersionEntry } from '../../lib/corpus.ts';
import { adjacentVersions, versionName } from '../../lib/versions.ts';

/**
 * Atom requires a full timestamp: an entry is dated by the first day the later
 * version's decision can be (its text gives the date at its real precision).
 */
function entryDay(a: VersionEntry, b: VersionEntry): string | undefined {
  const [x, y] = [dateBounds(b.data.decided), dateBounds(a.data.decided)];
  return x.earliest ?? x.latest ?? y.earliest ?? y.latest;
}

/** Atom needs a date even for a feed with no entries yet; the epoch says "nothing has changed". */
const NO_CHANGES = '1970-01-01';

/**
 * One Atom entry per change between adjacent known versions, and one per
 * substantive change a guide lists in its front matter, the newest
 * FEED_ENTRIES of them (src/lib/feed.ts). Links are relative to the feed's
 * own address.
 */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const model = historyModel(corpus);
  const entries = corpus.documents
    .flatMap((d) => adjacentVersions(corpus, d.id).map(([a, b]) => ({ doc: d, a, b, day: entryDay(a, b) })))
    // A change where neither version has any dated bound cannot be placed in a feed.
    .filter((e): e is typeof e & { day: string } => e.day !== undefined)
    .map(({ doc, a, b, day }) => ({
      day,
      title: `${doc.data.name}: ${versionName(a)} till ${versionName(b)}`,
      id: `urn:samordningsuppdraget:andring:${doc.id}:${a.id}-till-${b.id}`,
      href: changesUrl(a, b),
      summary: `Ändringar från ${versionName(a)} (beslutad ${formatDate(a.data.decided)}) till ${versionName(b)} (beslutad ${formatDate(b.data.decided)}).`,
      // Worked out only for the entries the feed keeps.
      html: () => comparisonHtml(model, a, b, 'inline'),
    }));
  const guideChanges = corpus.guides.flatMap((guide) =>
    guide.changes.map((change, i) => ({
      day: change.date,
      title: `Guiden ${guide.title} ändrad`,
      id: `urn:samordningsuppdraget:guide:${guide.id}:${change.date}:${i + 1}`,
      href: guideUrl(guide.id),
      summary: change.summary,
      html: undefined,
    })),
  );
  const all = newestEntries([...entries, ...guideChanges]);
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <title>Samordningsuppdraget: ändringar i vägledningarna och guiderna</title>
  <subtitle>De ${FEED_ENTRIES} senaste ändringarna: en post per ändring mellan två kända versioner i följd, enligt källorna, och en per väsentlig ändring i en guide. Alla ändringar finns på webbplatsen. Inte en officiell publikation från Försäkringskassan.</subtitle>
  <id>urn:samordningsuppdraget:vagledningar:andringar</id>
  <link rel="self" href="/vagledningar/andringar.xml"/>
  <link rel="alternate" type="text/html" href="/vagledningar/"/>
  <updated>${all[0]?.day ?? NO_CHANGES}T00:00:00Z</updated>
  <author><name>Samordningsuppdraget (webbplatsen)</name></author>
${all
  .map(({ day, title, id, href, summary, html }) => `  <entry>
    <title>${escapeHtml(title)}</title>
    <id>${id}</id>
    <link rel="alternate" type="text/html" href="${href}"/>
    <updated>${day}T00:00:00Z</updated>
    <summary>${escapeHtml(summary)}</summary>${html === undefined ? '' : `
    <content type="html">${escapeHtml(html())}</content>`}
  </entry>`)
  .join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
