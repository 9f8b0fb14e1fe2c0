// The least a Lit element can ship to show the widget's content with the
// widget's look: Lit, the stylesheet and the built-in languages, with every text
// rendered and no behaviour at all. bench/floor.mjs weighs it against the bundles.
import { LitElement, html } from 'lit';
import { styles } from '../src/mms-guidance.styles.js';
import { sharingStyles } from '../src/sharing/sharing.styles.js';
import { themeStyles } from '../src/theme/theme.styles.js';
import { builtIn } from '../src/content/builtin.js';

const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(texts) : [];

class FloorProbe extends LitElement {
  static override styles = [themeStyles, styles, sharingStyles];

  override render() {
    return builtIn.map(
      (language) => html`<div lang=${language.lang}>${texts(language).map((text) => html`<p>${text}</p>`)}</div>`,
    );
  }
}
customElements.define('floor-probe', FloorProbe);
