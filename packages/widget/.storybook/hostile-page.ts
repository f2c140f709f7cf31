/**
 * A host page with the kind of global CSS real sites ship: a 62.5 % root font size, content-box
 * everywhere, forced colours and fonts on every element, buttons and fields reset with `all: unset`.
 * The widget keeps its look: its sizes are px/em (never rem) and its styles live in a shadow root.
 * The host page's own text stays readable (its red passes AA contrast), so the a11y check judges the widget.
 */
import type { Decorator } from "@storybook/web-components-vite";
import { html } from "lit";

export const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  *, *::before, *::after { box-sizing: content-box; color: #b00020 !important; }
  * {
    font-family: "Comic Sans MS", "Papyrus", cursive !important;
    line-height: 0.9 !important;
    letter-spacing: 0.08em !important;
    text-transform: uppercase !important;
    text-align: justify !important;
    font-style: italic !important;
    word-spacing: 0.3em !important;
  }
  body { font-size: 1.2rem; margin: 0; padding: 8px; background: #fff; }
  button, input, select, textarea { all: unset; }
  div, section, header, footer, form, ul, ol, li, p, h1, h2, h3, h4 { margin: 0; padding: 0; border: 0; }
  ul, ol { list-style: none; }
  h1, h2, h3, h4 { font-size: 1rem; }
  a { text-decoration: none; }
  :focus { outline: none !important; }
  [hidden] { display: block !important; }
  [role="status"], [aria-live] { position: static !important; }
`;

export const hostilePage: Decorator = (story) => {
  // A real <style> element (Lit does not bind inside <style>); it leaves with the story.
  const style = document.createElement("style");
  style.textContent = HOSTILE_CSS;
  return html`${style}
  <div class="host-page">
    <div class="host-header">
      <h1>Stadtportal Musterstadt</h1>
      <p>A host page whose global CSS tries to restyle everything.</p>
    </div>
    ${story()}
  </div>`;
};

/** The host page's colour in `rgb()` form, as `getComputedStyle` reports it. */
const HOST_RED = "rgb(176, 0, 32)";

/**
 * Lists what the host page's CSS changed inside the widget (nothing, when the widget is robust):
 * root font size, inherited colour and font properties, box sizing, and the look of buttons and fields.
 */
export function hostLeaks(root: ShadowRoot): string[] {
  const leaks: string[] = [];
  const check = (selector: string, test: (style: CSSStyleDeclaration) => string | undefined) => {
    const element = root.querySelector(selector);
    if (!element) return;
    const problem = test(getComputedStyle(element));
    if (problem) leaks.push(`${selector}: ${problem}`);
  };
  check(".frame", (s) => (s.fontSize === "16px" ? undefined : `font-size ${s.fontSize} instead of 16px`));
  for (const selector of [".frame", "h2", "label[for=bf-query]", ".hint", "label[for=bf-age]", "footer p"]) {
    check(selector, (s) => (s.color === HOST_RED ? "takes the host page's colour" : undefined));
    check(selector, (s) =>
      /comic sans|papyrus|cursive/i.test(s.fontFamily) ? "takes the host page's font" : undefined,
    );
    check(selector, (s) => (s.textTransform === "none" ? undefined : `text-transform ${s.textTransform}`));
    check(selector, (s) => (s.letterSpacing === "normal" ? undefined : `letter-spacing ${s.letterSpacing}`));
    check(selector, (s) => (s.fontStyle === "normal" ? undefined : `font-style ${s.fontStyle}`));
    check(selector, (s) =>
      Number.parseFloat(s.lineHeight) >= 1.2 * Number.parseFloat(s.fontSize) || s.lineHeight === "normal"
        ? undefined
        : `line-height ${s.lineHeight}`,
    );
    check(selector, (s) => (s.textAlign === "justify" ? "text-align justify" : undefined));
  }
  check("#bf-query", (s) => (s.boxSizing === "border-box" ? undefined : `box-sizing ${s.boxSizing}`));
  check("button.primary", (s) => {
    const height = Number.parseFloat(s.blockSize || s.height);
    if (height < 24) return `only ${height}px high`;
    if (s.backgroundColor === "rgba(0, 0, 0, 0)") return "has no background";
    return undefined;
  });
  return leaks;
}
