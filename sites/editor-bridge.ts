// Runs in the page's own world (Firefox and the editors' own event handlers need that): replaces
// text in a composer through the editor's input path — select, wait a task, then a synthetic paste,
// falling back to execCommand('insertText') when no editor handled the paste (plain contenteditable).
// The isolated content script asks with a `replyrx:write` event and re-reads the editor afterwards.
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
  /** Which technique the editor accepted ('none' when neither ran). */
  via: 'paste' | 'execCommand' | 'none';
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
    const composer = document.querySelector<HTMLElement>(`[data-replyrx="${CSS.escape(request.id)}"]`);
    void (composer ? write(composer, request) : Promise.resolve<WriteResult['via']>('none')).then((via) => {
      document.dispatchEvent(new CustomEvent(WRITTEN_EVENT, { detail: JSON.stringify({ id: request.id, via } satisfies WriteResult) }));
    });
  });
}

async function write(composer: HTMLElement, request: WriteRequest): Promise<WriteResult['via']> {
  composer.focus();
  const selection = window.getSelection();
  if (!selection) return 'none';
  const range = request.start === undefined || request.end === undefined ? wholeContents(composer) : rangeFor(readComposer(composer), request.start, request.end);
  if (!range) return 'none';
  selection.removeAllRanges();
  selection.addRange(range);
  // The editors read the selection on selectionchange; act only after they have.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  const handled = !composer.dispatchEvent(paste);
  if (handled) return 'paste';
  return document.execCommand('insertText', false, request.text) ? 'execCommand' : 'none';
}

function wholeContents(composer: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(composer);
  return range;
}
