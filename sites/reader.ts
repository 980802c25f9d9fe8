// Reads a composer's text the way the editor's own model holds it: one line per block, <br> as a
// newline (except the placeholder <br> of an empty block), skipping contenteditable=false parts.
// It also remembers which DOM text node each character came from, so a finding's offsets can be
// turned back into a DOM Range for the underline (UTF-16 offsets end to end).

export interface TextPiece {
  node: Text;
  /** Offset of the piece in the composer text. */
  start: number;
  length: number;
}

export interface ComposerText {
  text: string;
  pieces: TextPiece[];
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE']);

export function readComposer(root: HTMLElement): ComposerText {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return { text: root.value, pieces: [] };
  let text = '';
  const pieces: TextPiece[] = [];
  // Block boundaries only become a newline when more content follows, and several collapse into one.
  let pendingBreak = false;
  const flush = () => {
    if (pendingBreak && text.length > 0) text += '\n';
    pendingBreak = false;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = (child as Text).data;
        if (!value) continue;
        flush();
        pieces.push({ node: child as Text, start: text.length, length: value.length });
        text += value;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as HTMLElement;
      if (el.getAttribute('contenteditable') === 'false' || el.getAttribute('aria-hidden') === 'true') continue;
      if (el.tagName === 'BR') {
        flush();
        if (!isPlaceholder(el, root)) text += '\n';
        continue;
      }
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) pendingBreak = true;
      walk(el);
      if (block) pendingBreak = true;
    }
  };
  walk(root);
  return { text, pieces };
}

/** The <br> an editor keeps in an empty line: the only thing in its block. */
function isPlaceholder(br: HTMLElement, root: HTMLElement): boolean {
  let block: HTMLElement | null = br.parentElement;
  while (block && block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block) return false;
  return block.textContent === '' && block.getElementsByTagName('br').length === 1;
}

/** A DOM Range over composer text offsets [start, end), or null when the text has changed since. */
export function rangeFor(ct: ComposerText, start: number, end: number): Range | null {
  const from = locate(ct, start, false);
  const to = locate(ct, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

function locate(ct: ComposerText, at: number, isEnd: boolean): { node: Text; offset: number } | null {
  for (const p of ct.pieces) {
    const inside = isEnd ? at > p.start && at <= p.start + p.length : at >= p.start && at < p.start + p.length;
    if (inside && p.node.isConnected) return { node: p.node, offset: at - p.start };
  }
  return null;
}

/**
 * Where the text that decides the layout of [0, at) ends: the first whitespace at or after `at`. In
 * left-aligned, left-to-right text nothing after it can move what comes before (the word around
 * `at` could wrap as a whole, so it is included).
 */
export function layoutPrefixEnd(text: string, at: number): number {
  const next = text.slice(at).search(/\s/);
  return next < 0 ? text.length : at + next;
}

/** Whether an element's lines start at its left edge, so a prefix of its text lays out on its own. */
export function startsLeft(el: Element): boolean {
  const css = getComputedStyle(el);
  return css.direction === 'ltr' && ['start', 'left', '-webkit-left'].includes(css.textAlign);
}
