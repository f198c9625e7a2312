import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_GROUPS, guideSidebar } from './sidebar.ts';

const guidesDir = join(process.env.CONTENT_DIR ?? 'content', 'guides');

describe('guide sidebar', () => {
  it('lists every guide exactly once, under the group of its folder', () => {
    const listed = guideSidebar(guidesDir, GUIDE_GROUPS).flatMap((g) => g.items.map((i) => i.link)).sort();
    const onDisk = readdirSync(guidesDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/${f.replace(/\.mdx$/, '')}/`)
      .sort();
    expect(listed).toEqual(onDisk);
  });

  it('orders a group by sidebar.order', () => {
    const [start] = guideSidebar('tests/fixtures/valid/guides', [{ label: 'Kom igång', directory: 'kom-igang' }]);
    expect(start.items).toEqual([{ label: 'Börja här', link: '/kom-igang/borja-har/' }]);
  });
});
