// Which element the user is writing in. Like general writing checkers, any editable the user types
// into counts: a contenteditable root, a <textarea>, or a text <input> that asks for spell checking
// or calls itself a textbox. Search boxes and fields that turn spell checking off are skipped unless
// the site adapter claims them (Lexical and Draft editors on some sites set spellcheck="false").
// Open shadow roots are looked into: events from inside one reach `document` retargeted to its host.

/** The element an event really started on, inside open shadow roots. */
export function eventTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/** The focused element, inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export type FormField = HTMLTextAreaElement | HTMLInputElement;
export const isFormField = (el: Element): el is FormField => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/**
 * The composer `target` is in, or null: the root of a contenteditable region, or a text field.
 * `claimed` is the adapter's selector of composers it knows, which skip the generic exclusions.
 */
export function composerAt(target: EventTarget | null, claimed: string): HTMLElement | null {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!(el instanceof HTMLElement)) return null;
  if (isFormField(el)) return isTextField(el) && (el.matches(claimed) || isWritingField(el)) ? el : null;
  const root = editingRoot(el);
  return root && (root.matches(claimed) || isWritingField(root)) ? root : null;
}

/** The outermost element of the contenteditable region holding `el` (regions do not cross shadow roots). */
function editingRoot(el: HTMLElement): HTMLElement | null {
  let node: HTMLElement | null = el;
  // Inside a contenteditable=false island (a mention chip), climb to the editable around it.
  while (node && !node.isContentEditable) node = node.parentElement;
  if (!node) return null;
  while (node.parentElement?.isContentEditable) node = node.parentElement;
  return node;
}

const TEXT_INPUT_TYPES = new Set(['text', '']);

function isTextField(el: FormField): boolean {
  if (el.disabled || el.readOnly) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  return TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? '');
}

/** Generic rule for an editable nobody claimed: a place for prose, not a search or code box. */
function isWritingField(el: HTMLElement): boolean {
  if (el.getAttribute('spellcheck') === 'false') return false;
  if (el instanceof HTMLInputElement && el.getAttribute('role') !== 'textbox' && !el.hasAttribute('spellcheck')) return false;
  return !isSearch(el);
}

function isSearch(el: HTMLElement): boolean {
  const role = el.getAttribute('role');
  return (
    role === 'searchbox' ||
    role === 'combobox' ||
    el.getAttribute('enterkeyhint') === 'search' ||
    el.getAttribute('inputmode') === 'search' ||
    !!el.closest('[role="search"], search')
  );
}
