/**
 * Turns one of our guides into a page a default Starlight site can build: the
 * peer in `npm run bench` has none of our components, so each becomes the
 * plain text it stands for, and our own frontmatter fields go.
 */
export function toPeerGuide(mdx: string): string {
  return mdx
    .replace(/^import .*\n/gm, '')
    .replace(/^(reviewed|aboutSite):.*\n/m, '')
    .replace(/<Cite source="([^"]*)" section="([^"]*)"[^>]*\/>/g, '($1, $2)')
    .replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1')
    .replace(/<\/?Unknown>/g, '');
}
