// Runs in the page's own world (Firefox and the editors' own event handlers need that): replaces
// text in a composer through the editor's input path. Rich-text editors: select, wait until the
// editor has seen the selection change, then a synthetic paste, falling back to
// execCommand('insertText') when no editor handled the paste (plain contenteditable). Text fields: the native value setter plus an `input` event, so React and
// other frameworks that track the value see the change and keep their state.
// The isolated content script asks with a `replyrx:write` event dispatched on the composer (so it
// reaches us from inside shadow roots too) and re-reads the composer afterwards to verify.
import { rangeFor, readComposer } from './reader';

export interface WriteRequest {
  id: string;
  /** Offsets into the composer text to replace; whole text when start/end are absent. */
  start?: number;
  end?: number;
  text: string;
}

export interface WriteResult {
  id: string;
  /** Which technique the editor accepted ('none' when none ran). */
  via: 'paste' | 'execCommand' | 'value' | 'none';
}

export const WRITE_EVENT = 'replyrx:write';
export const WRITTEN_EVENT = 'replyrx:written';

export function installEditorBridge(): void {
  document.addEventListener(WRITE_EVENT, (event) => {
    const detail = (event as CustomEvent<string>).detail;
    let request: WriteRequest;
    try {
      request = JSON.parse(detail) as WriteRequest;
    } catch {
      return;
    }
    const target = event.composedPath()[0];
    const composer = target instanceof HTMLElement && target.getAttribute('data-replyrx') === request.id ? target : null;
    void (composer ? write(composer, request) : Promise.resolve<WriteResult['via']>('none')).then((via) => {
      document.dispatchEvent(new CustomEvent(WRITTEN_EVENT, { detail: JSON.stringify({ id: request.id, via } satisfies WriteResult) }));
    });
  });
}

async function write(composer: HTMLElement, request: WriteRequest): Promise<WriteResult['via']> {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return writeField(composer, request);
  composer.focus();
  const selection = window.getSelection();
  if (!selection) return 'none';
  const range = request.start === undefined || request.end === undefined ? wholeContents(composer) : rangeFor(readComposer(composer), request.start, request.end);
  if (!range) return 'none';
  const selected = selectionChanged();
  selection.removeAllRanges();
  selection.addRange(range);
  // The editors read the selection on selectionchange (Lexical pastes at the selection it last read
  // there, not at the DOM's); act only after they have.
  await selected;
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // Firefox ignores `clipboardData` in the constructor (the event gets an empty one), so the editors
  // would paste nothing: give the event ours as an own property, which is what their handlers read.
  if (paste.clipboardData?.getData('text/plain') !== request.text) Object.defineProperty(paste, 'clipboardData', { value: data });
  const handled = !composer.dispatchEvent(paste);
  if (handled) return 'paste';
  return document.execCommand('insertText', false, request.text) ? 'execCommand' : 'none';
}

/**
 * A text field: React (and others) put their own `value` property on the element to track changes,
 * so the prototype's setter is called directly; the `input` event then makes the framework read
 * the new value into its state. The caret ends after the new text.
 */
function writeField(field: HTMLTextAreaElement | HTMLInputElement, request: WriteRequest): WriteResult['via'] {
  const set = Object.getOwnPropertyDescriptor(field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype, 'value')?.set;
  if (!set) return 'none';
  const old = field.value;
  const start = request.start ?? 0;
  const end = request.end ?? old.length;
  field.focus();
  set.call(field, old.slice(0, start) + request.text + old.slice(end));
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: request.text }));
  const caret = start + request.text.length;
  field.setSelectionRange(caret, caret);
  return 'value';
}

function wholeContents(composer: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(composer);
  return range;
}

/**
 * Resolves a task after the next selectionchange event has reached every listener (the editors'
 * came first), or after 250 ms when none comes (the selection was already that range). Firefox can
 * deliver it after a zero-delay timer when the page is busy.
 */
function selectionChanged(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, 250);
    document.addEventListener('selectionchange', done);
  });
}
