/** A component as the site writes one: an inline script after non-ASCII text, a bundled script, a style attribute template, a define:vars style. */
export const COMPONENT = {
  file: 'src/components/Theme.astro',
  text: '---\nconst { size, width } = Astro.props; // ö before the script\n---\n<script is:inline>theme()</script>\n<script>bundled()</script>\n<div style={`--w: ${width}px`}>x</div>\n<style define:vars={{ size }}>p { font-size: var(--size); }</style>\n',
};
