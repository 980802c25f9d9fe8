// Underlines for a <textarea> or text <input>: its text has no DOM nodes to take a Range over, so a
// hidden copy with the same box, font, padding, border and wrapping, placed over the field and
// scrolled like it, lays the text out the same way; Ranges over the copy's text node then give the
// same client rects the field's text has (the approach of textarea-caret and Harper's highlights).
import type { FormField } from './discovery';
import type { ComposerText } from './reader';

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

  constructor(private readonly field: FormField, layer: HTMLElement) {
    this.box.append(this.text);
    layer.append(this.box);
  }

  /** Lays out `value` over the field as it is now; returns it with the copy's text node as its only piece. */
  layout(value: string): ComposerText {
    const field = this.field;
    const css = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const style = this.box.style;
    for (const name of COPIED) style[name] = css[name];
    const single = field instanceof HTMLInputElement;
    // A scrollbar narrows the text area; keep the copy's lines as wide as the field's.
    const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(css.borderLeftWidth) - parseFloat(css.borderRightWidth);
    if (scrollbar > 0) style.paddingRight = `${parseFloat(css.paddingRight) + scrollbar}px`;
    Object.assign(style, {
      position: 'fixed', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`,
      boxSizing: 'border-box', borderStyle: 'solid', borderColor: 'transparent', overflow: 'hidden', visibility: 'hidden',
      pointerEvents: 'none', margin: '0',
      // An input centres its one line vertically and never wraps.
      ...(single ? { display: 'flex', alignItems: 'center', whiteSpace: 'pre' } : { display: 'block' }),
    });
    if (this.text.data !== value) this.text.data = value;
    this.box.scrollTop = field.scrollTop;
    this.box.scrollLeft = field.scrollLeft;
    return { text: value, pieces: [{ node: this.text, start: 0, length: value.length }] };
  }

  destroy(): void {
    this.box.remove();
  }
}

/** Keeps only the parts of `rects` inside the field's visible text area (scrolled-out lines are hidden). */
export function clipToField(field: HTMLElement, rects: DOMRect[]): DOMRect[] {
  const box = field.getBoundingClientRect();
  const left = box.left + field.clientLeft;
  const top = box.top + field.clientTop;
  const right = left + field.clientWidth;
  const bottom = top + field.clientHeight;
  const out: DOMRect[] = [];
  for (const r of rects) {
    const x1 = Math.max(r.left, left);
    const x2 = Math.min(r.right, right);
    if (r.top + r.height / 2 < top || r.top + r.height / 2 > bottom || x2 <= x1) continue;
    out.push(new DOMRect(x1, r.top, x2 - x1, r.height));
  }
  return out;
}
