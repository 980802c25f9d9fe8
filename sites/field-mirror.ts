// Underlines for a <textarea> or text <input>: its text has no DOM nodes to take a Range over, so a
// hidden copy with the same box, font, padding, border and wrapping, placed over the field and
// shifted by its scroll offsets, lays the text out the same way; Ranges over the copy's text node
// then give the client rects the field's text has (the approach of textarea-caret and Harper).
// Laying out text is the expensive part (about 1 ms per 1,000 characters here), so the copy holds
// the text only up to the word of the last underline: typing after it lays nothing out again.
import type { FormField } from './discovery';
import { layoutPrefixEnd, startsLeft, type ComposerText } from './reader';

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction',
  'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class FieldMirror {
  private readonly box = document.createElement('div');
  private readonly text = document.createTextNode('');
  /** The field's styles are copied again after restyle() (it was resized, or got focus). */
  private styled = false;
  /** Lines that start at the left edge: text after a word cannot move it, so a prefix lays out the same. */
  private prefixIsEnough = true;

  constructor(private readonly field: FormField, layer: HTMLElement) {
    this.box.append(this.text);
    layer.append(this.box);
  }

  restyle(): void {
    this.styled = false;
  }

  /** Lays out `value` up to `end` over the field as it is now; returns it with the copy's text node as its only piece. */
  layout(value: string, end: number): ComposerText {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    const style = this.box.style;
    const single = field instanceof HTMLInputElement;
    if (!this.styled) {
      // All reads first, then all writes: interleaving them would recompute styles once per property.
      const css = getComputedStyle(field);
      const copied = COPIED.map((name) => css[name]);
      const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(css.borderLeftWidth) - parseFloat(css.borderRightWidth);
      const paddingRight = parseFloat(css.paddingRight);
      this.prefixIsEnough = startsLeft(field);
      COPIED.forEach((name, i) => (style[name] = copied[i]));
      // A scrollbar narrows the text area; keep the copy's lines as wide as the field's.
      if (scrollbar > 0) style.paddingRight = `${paddingRight + scrollbar}px`;
      Object.assign(style, {
        position: 'fixed', boxSizing: 'border-box', borderStyle: 'solid', borderColor: 'transparent', visibility: 'hidden',
        pointerEvents: 'none', margin: '0', overflow: 'visible',
        // An input centres its one line vertically and never wraps.
        ...(single ? { display: 'flex', alignItems: 'center', whiteSpace: 'pre' } : { display: 'block' }),
      });
      this.styled = true;
    }
    // Not scrolled: shifted by the field's scroll offsets, so every line sits where the field shows it.
    Object.assign(style, {
      left: `${rect.left - field.scrollLeft}px`, top: `${rect.top - (single ? 0 : field.scrollTop)}px`,
      width: `${rect.width}px`, height: single ? `${rect.height}px` : 'auto',
    });
    const shown = this.prefixIsEnough ? value.slice(0, layoutPrefixEnd(value, end)) : value;
    if (this.text.data !== shown) this.text.data = shown;
    return { text: value, pieces: [{ node: this.text, start: 0, length: shown.length }] };
  }

  destroy(): void {
    this.box.remove();
  }
}

/** The area inside the composer's border and scrollbars, where its text shows. */
export function textArea(composer: HTMLElement, box: DOMRect): DOMRect {
  return new DOMRect(box.left + composer.clientLeft, box.top + composer.clientTop, composer.clientWidth, composer.clientHeight);
}

/** Keeps only the parts of `rects` inside `area` (lines scrolled out of a text field are hidden). */
export function clipTo(area: DOMRect, rects: DOMRect[]): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of rects) {
    const x1 = Math.max(r.left, area.left);
    const x2 = Math.min(r.right, area.right);
    const middle = r.top + r.height / 2;
    if (middle < area.top || middle > area.bottom || x2 <= x1) continue;
    out.push(new DOMRect(x1, r.top, x2 - x1, r.height));
  }
  return out;
}
