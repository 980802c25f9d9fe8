// One composer on the page: reads its text as the user types, asks the service worker for findings,
// draws them, replaces text on request, and holds back sending while a block finding is present.
// It never analyses or stores text itself; it only reports counts (sites/stats.ts).
import browser from 'webextension-polyfill';
import type { Finding, Kind, Suggestion } from '@/rules/types';
import { contextOf, hasMedia, kindOf, sendButtonOf, type SiteAdapter } from './adapter';
import { isFormField, type FormField } from './discovery';
import { WRITE_EVENT, WRITTEN_EVENT, type WriteRequest, type WriteResult } from './editor-bridge';
import { clipTo, FieldMirror, textArea } from './field-mirror';
import { Dismissals, flaggedWords } from './dismissals';
import type { AllowNameRequest, AnalyzeRequest, AnalyzeResponse, CardSettings, CountRequest, GuardSettings, OpenSetupRequest } from './messages';
import { Overlay, type OverlayState } from './overlay';
import { layoutPrefixEnd, rangeFor, readComposer, startsLeft, type ComposerText } from './reader';
import { DraftTally, type Counter } from './stats';
import { ANALYSIS_INTERVAL_MS, HOVER_LEAVE_MS, HOVER_OPEN_MS } from './timing';

let nextId = 0;

export class ComposerSession {
  readonly id = `rx-${++nextId}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly overlay: Overlay;
  private readonly observer: MutationObserver;
  private readonly resizes: ResizeObserver;
  private readonly listeners = new AbortController();
  /** For a <textarea> or <input>: the hidden copy its underlines are measured on. */
  private readonly mirror: FieldMirror | undefined;
  /** Read from the page when the composer gets focus, not on every keystroke. */
  private kindNow: Kind = 'post';
  private context: string | undefined;
  /** Left-aligned left-to-right text (read on focus): a prefix of it lays out on its own. */
  private leftAligned = true;
  /** The last measurement of the underlines and what it depended on (measure()). */
  private measured: { key: string; nodes: Text[]; rects: DOMRect[][] } | undefined;
  /** Counts inputs and mutations, so a read of the composer is reused until it changes. */
  private edits = 0;
  private readAt = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last analysis started (performance.now()). */
  private analysedAt = -Infinity;
  private frame = 0;
  private sequence = 0;
  private analysedText: string | null = null;
  private inFlight: { text: string; done: Promise<void> } | undefined;
  private current: ComposerText = { text: '', pieces: [] };
  private findings: Finding[] = [];
  private guard: GuardSettings = { enabled: true, allowPostAnyway: true };
  private card: CardSettings = { canAddNames: false, setupNeeded: false };
  /** "Not a risk here" in this draft: in memory only, gone with the draft. */
  private readonly dismissals = new Dismissals();
  private state: OverlayState;
  /** The card was opened by hovering an underline (pointerAt). */
  private openedByHover = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by "Post anyway" for the one send that follows. */
  private bypassGuard = false;
  private pendingSend: (() => void) | undefined;
  /** The warning categories and rules this draft has counted, so each counts once per draft. */
  private readonly tally = new DraftTally();

  constructor(
    readonly adapter: SiteAdapter,
    readonly composer: HTMLElement,
  ) {
    composer.setAttribute('data-replyrx', this.id);
    this.state = { findings: [], rects: [], stale: false, composerRect: null, cardOpen: false, theme: pageTheme(), text: '', card: { ...this.card, dismissBlock: true } };
    this.overlay = new Overlay({
      toggleCard: (open) => this.setCard(open),
      replace: (s, f) => void this.replace(s, f),
      copy: (s) => void this.copy(s),
      guardEdit: () => this.closeGuard(true),
      guardPostAnyway: () => this.postAnyway(),
      dismiss: (findings) => this.dismiss(findings),
      neverFlag: (name) => void this.neverFlag(name),
      openSetup: () => void browser.runtime.sendMessage({ type: 'replyrx:open-setup' } satisfies OpenSetupRequest).catch(() => undefined),
    });
    if (isFormField(composer)) this.mirror = new FieldMirror(composer, this.overlay.mirrors);
    // Programmatic changes (an editor's setText, our own replacement) fire no input event. A text
    // field's value has no DOM: poll() notices the page changing it.
    this.observer = new MutationObserver(() => this.changed());
    if (!this.mirror) this.observer.observe(composer, { childList: true, characterData: true, subtree: true });
    // The composer can move or grow without its text changing (a dialog resizing, the page reflowing).
    this.resizes = new ResizeObserver(() => this.relayout());
    this.resizes.observe(composer);
    // Scrolling inside the composer, or inside the shadow root it lives in, never reaches the window.
    const redraw = () => this.redraw();
    const listen = { passive: true, capture: true, signal: this.listeners.signal };
    composer.addEventListener('scroll', redraw, listen);
    const root = composer.getRootNode();
    if (root instanceof ShadowRoot) root.addEventListener('scroll', redraw, listen);
    this.noticeFocus();
    this.schedule();
  }

  /** Kind and context come from the page around the composer; they are read again when it gets focus. */
  noticeFocus(): void {
    this.relayout();
    this.leftAligned = startsLeft(this.composer);
    this.kindNow = kindOf(this.adapter, this.composer);
    this.context = contextOf(this.adapter, this.composer, this.kindNow);
  }

  /** The composer was resized or refocused: measure its text again, styles included. */
  private relayout(): void {
    this.mirror?.restyle();
    this.measured = undefined;
    this.redraw();
  }

  /** The composer's text may have changed: `typed` for a key the user pressed (a trusted input event). */
  changed(typed = false): void {
    // The keystroke's own DOM mutations are part of this change: no second read and request for them.
    if (typed) this.observer.takeRecords();
    this.edits++;
    this.schedule(typed);
  }

  /** A text field's value changed without an input event (the page cleared it after sending). */
  poll(): void {
    if (this.mirror && (this.composer as FormField).value !== this.current.text) this.changed();
  }

  get kind(): Kind {
    return this.kindNow;
  }

  get connected(): boolean {
    return this.composer.isConnected;
  }

  /**
   * Analyses the composer once ANALYSIS_INTERVAL_MS has passed since the last analysis started, so
   * the inputs of a burst (a paste, an autocorrection, very fast keys) join one request. A key the
   * user typed after a pause is read at once, in its input event: waiting even for the next task
   * can miss the frame that shows the typed letter. Other changes wait for the next task, after the
   * page had its say (React puts back a value it refuses).
   */
  private schedule(typed = false): void {
    if (this.timer !== undefined) return;
    const wait = this.analysedAt + ANALYSIS_INTERVAL_MS - performance.now();
    if (typed && wait <= 0) return this.startAnalysis();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startAnalysis();
    }, Math.max(0, wait));
  }

  private startAnalysis(): void {
    this.analysedAt = performance.now();
    void this.analyse();
  }

  /** Re-analyse even if the text is unchanged or being asked about (the policy changed). */
  refresh(): void {
    this.analysedText = null;
    this.inFlight = undefined;
    this.schedule();
  }

  /** Asks the worker about the composer's text, unless that text is answered already or being asked about. */
  private analyse(): Promise<void> {
    if (!this.connected) return Promise.resolve();
    const read = this.read();
    if (read.text === this.analysedText) {
      this.redraw();
      return Promise.resolve();
    }
    // A keystroke's input event and its DOM mutation both ask: the second waits for the first's answer.
    if (this.inFlight?.text === read.text) return this.inFlight.done;
    const done = this.ask(read);
    this.inFlight = { text: read.text, done };
    void done.finally(() => {
      if (this.inFlight?.done === done) this.inFlight = undefined;
    });
    return done;
  }

  private async ask(read: ComposerText): Promise<void> {
    const sequence = ++this.sequence;
    const request: AnalyzeRequest = {
      type: 'replyrx:analyze',
      input: { text: read.text, site: this.adapter.site, kind: this.kindNow, context: this.context, hasMedia: hasMedia(this.adapter, this.composer) },
    };
    let response: AnalyzeResponse | undefined;
    try {
      response = (await browser.runtime.sendMessage(request)) as AnalyzeResponse | undefined;
    } catch {
      // The worker was stopped or the extension reloaded: the next keystroke asks again.
      return;
    }
    if (sequence !== this.sequence || !response) return;
    this.analysedText = read.text;
    this.findings = response.findings;
    this.guard = response.guard;
    this.card = response.card;
    if (read.text.trim() === '') this.endDraft();
    else this.count(this.tally.add(this.findings));
    if (this.visible().length === 0) this.state.cardOpen = false;
    this.redraw(true);
  }

  /** The findings of the analysed text that staff have not dismissed: the only ones drawn and guarded. */
  private visible(): Finding[] {
    return this.dismissals.visible(this.findings, this.analysedText ?? '');
  }

  /** The composer was emptied or its text sent: counts and dismissals start over. */
  private endDraft(): void {
    this.tally.end();
    this.dismissals.clear();
  }

  /** Block findings can be dismissed only where the policy lets staff post them anyway. */
  private get dismissBlock(): boolean {
    return this.guard.allowPostAnyway;
  }

  /** "Not a risk here": hides these findings until their words change or the draft ends. */
  private dismiss(findings: Finding[]): void {
    const text = this.analysedText;
    if (text === null || this.state.stale || (!this.dismissBlock && findings.some((f) => f.severity === 'block'))) return;
    this.dismissals.add(findings, text);
    this.count(this.tally.dismiss(findings.map((f) => f.rule)));
    const words = flaggedWords(findings[0], text);
    this.state.status = `Dismissed “${words}” for this message. It comes back if you change those words.`;
    const left = this.visible().length > 0;
    if (!left) this.state.cardOpen = false;
    this.redraw(true);
    // The button pressed is gone: keep keyboard users in the card, or back in the composer.
    if (left) this.overlay.focusCard();
    else this.composer.focus();
  }

  /** "Never flag this name": the worker adds the name to the practice's list; the policy change re-checks every composer. */
  private async neverFlag(name: string): Promise<void> {
    let outcome: string | undefined;
    try {
      outcome = ((await browser.runtime.sendMessage({ type: 'replyrx:allow-name', name } satisfies AllowNameRequest)) as { outcome?: string } | undefined)?.outcome;
    } catch {
      outcome = undefined;
    }
    this.setStatus(
      outcome === 'added'
        ? `“${name}” will not be flagged again. Your practice manager can see it in the settings.`
        : outcome === 'not-allowed'
          ? 'Your practice does not let staff add names here.'
          : `Could not add “${name}”. Ask your practice manager to add it in the settings.`,
    );
  }

  /** Recomputes positions and draws: at once for new findings, at most once per frame for scroll and reflow. */
  redraw(now = false): void {
    if (now) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      return this.draw();
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** The composer's text; the last read is reused until an input or a mutation changes it. */
  private read(): ComposerText {
    if (this.mirror || this.readAt !== this.edits) {
      this.current = readComposer(this.composer);
      this.readAt = this.edits;
    }
    return this.current;
  }

  private draw(): void {
    if (!this.connected) return;
    const fresh = this.read();
    this.overlay.follow(this.composer);
    const box = this.composer.getBoundingClientRect();
    // The badge keeps the last answer while a newer one is on its way; the underlines and the card
    // hide until then, since their offsets belong to the text that was analysed.
    this.state.stale = fresh.text !== this.analysedText;
    this.state.findings = this.visible();
    this.state.card = { ...this.card, dismissBlock: this.dismissBlock };
    this.state.text = this.analysedText ?? '';
    this.state.rects = this.state.stale ? [] : this.measure(fresh, box);
    this.state.composerRect = box;
    this.overlay.draw(this.state);
  }

  /**
   * Client rects of each finding's words, in the same order as the findings. Typing after the last
   * flagged word (the usual case on a long post) moves none of them: when the findings, the text and
   * text nodes up to them, and the composer's box and scroll are all unchanged, the last measurement
   * is reused, the same array, so the overlay knows there is nothing to redraw. (A change of
   * formatting replaces text nodes, so it is measured again.)
   */
  private measure(fresh: ComposerText, box: DOMRect): DOMRect[][] {
    const findings = this.state.findings;
    if (!findings.length) return [];
    const lastEnd = Math.max(...findings.map((f) => f.end));
    const prefixEnd = this.leftAligned ? layoutPrefixEnd(fresh.text, lastEnd) : fresh.text.length;
    const { scrollLeft, scrollTop } = this.composer;
    const key = [box.left, box.top, box.width, box.height, scrollLeft, scrollTop, findings.map((f) => `${f.start}-${f.end}-${f.rule}-${f.severity}`).join(), fresh.text.slice(0, prefixEnd)].join('|');
    const nodes = fresh.pieces.filter((p) => p.start < prefixEnd).map((p) => p.node);
    const last = this.measured;
    if (last && last.key === key && last.nodes.length === nodes.length && last.nodes.every((node, i) => node === nodes[i])) return last.rects;
    const laidOut = this.mirror ? this.mirror.layout(fresh.text, lastEnd) : fresh;
    // A text field, or a composer scrolling its text, hides what is scrolled out: so do its underlines.
    const clip = this.mirror || this.composer.scrollHeight > this.composer.clientHeight + 1 ? textArea(this.composer, box) : null;
    // Several rules often flag the same words: measure each span once.
    const spans = new Map<string, DOMRect[]>();
    const rects = findings.map(({ start, end }) => {
      const span = `${start}:${end}`;
      if (!spans.has(span)) {
        const client = [...(rangeFor(laidOut, start, end)?.getClientRects() ?? [])];
        spans.set(span, clip ? clipTo(clip, client) : client);
      }
      return spans.get(span)!;
    });
    this.measured = { key, nodes, rects };
    return rects;
  }

  /** The finding under the pointer, for hover. */
  private findingAt(x: number, y: number): Finding | undefined {
    return this.state.findings.find((_, i) => (this.state.rects[i] ?? []).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 3));
  }

  /**
   * The pointer moved. Resting on an underline opens the card; a card opened that way closes again
   * once the pointer has left both the underlines and the card. So passing over an underline on the
   * way to the page's own buttons (Post, Send) never leaves a card over them.
   */
  pointerAt(x: number, y: number, overOverlay: boolean): void {
    const onFinding = !!this.findingAt(x, y);
    if (!this.state.cardOpen) {
      if (!onFinding) this.cancelHover();
      else this.hoverTimer ??= setTimeout(() => {
        this.setCard(true);
        this.openedByHover = true;
      }, HOVER_OPEN_MS);
      return;
    }
    if (!this.openedByHover) return;
    this.cancelHover();
    if (!onFinding && !overOverlay) this.hoverTimer = setTimeout(() => this.setCard(false), HOVER_LEAVE_MS);
  }

  private cancelHover(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  setCard(open: boolean, focus = false): void {
    this.openedByHover = false;
    this.cancelHover();
    this.state.cardOpen = open && this.state.findings.length > 0;
    if (!open) this.state.status = undefined;
    this.overlay.draw(this.state);
    if (this.state.cardOpen && focus) this.overlay.focusCard();
    if (!open && focus) this.composer.focus();
  }

  get cardOpen(): boolean {
    return this.state.cardOpen;
  }

  ownsNode(node: Node | null): boolean {
    return this.overlay.contains(node);
  }

  private setStatus(status: string): void {
    this.state.status = status;
    this.overlay.draw(this.state);
  }

  private async replace(s: Suggestion, f: Finding): Promise<void> {
    const original = this.read().text;
    const span = s.scope === 'span' ? { start: f.start, end: f.end } : {};
    const expected = s.scope === 'span' ? original.slice(0, f.start) + s.text + original.slice(f.end) : s.text;
    if (await this.write({ id: this.id, ...span, text: s.text }, expected)) {
      this.count(['safe-replies-used']);
      this.setStatus('Replaced. Read it over before you post.');
      return;
    }
    // The editor did not take it: put the draft back exactly, then offer the reply on the clipboard.
    const restored = this.read().text === original || (await this.write({ id: this.id, text: original }, original));
    const copied = await writeClipboard(s.text);
    this.setStatus(
      `This editor did not accept the change${restored ? ', so your text is unchanged' : ''}. ${copied ? 'The safe reply is on your clipboard: paste it in place of your text.' : 'Copy the safe reply above and paste it in place of your text.'}`,
    );
  }

  /** Asks the main-world bridge to write, then re-reads the editor to check it took the text. */
  private async write(request: WriteRequest, expected: string): Promise<boolean> {
    const done = new Promise<WriteResult | undefined>((resolve) => {
      // The bridge answers once its write is done (a selection change, then the paste); on a busy page that can take
      // over a second, and acting before it answers would race its write.
      const timeout = setTimeout(() => resolve(undefined), 5000);
      const listener = (event: Event) => {
        const result = JSON.parse((event as CustomEvent<string>).detail) as WriteResult;
        if (result.id !== request.id) return;
        clearTimeout(timeout);
        document.removeEventListener(WRITTEN_EVENT, listener);
        resolve(result);
      };
      document.addEventListener(WRITTEN_EVENT, listener);
    });
    // Sent from the composer itself, so the bridge finds it even inside a shadow root (composedPath).
    this.composer.dispatchEvent(new CustomEvent(WRITE_EVENT, { detail: JSON.stringify(request), bubbles: true, composed: true }));
    const result = await done;
    if (result?.via === 'none') return false;
    // No answer in time (a busy page) does not mean nothing was written: the bridge may have written and answered late.
    // The editor's text decides, so a late success is not "restored" over with the original. Draft.js and Quill show
    // their model's text a moment after it changes, so the text gets a short while to arrive before the write counts
    // as refused (deciding after two frames once put the original back over a reply that was landing).
    const decideBy = performance.now() + SETTLE_MS;
    do {
      await nextFrames(2);
      if (same(this.read().text, expected)) return true;
    } while (performance.now() < decideBy);
    return false;
  }

  private async copy(s: Suggestion): Promise<void> {
    this.setStatus((await writeClipboard(s.text)) ? 'Copied to the clipboard.' : 'Could not copy: select the text above and copy it.');
  }

  /** Whether a send must be held back now; when it must, shows the dialog and remembers how to resume. */
  holdSend(resume: () => void): boolean {
    const held = this.mustHold(resume);
    // Every send that goes through (including a resumed one) passes here: it ends the draft, and the
    // page then empties the composer (a text field's value changes without an input event).
    if (!held) {
      this.endDraft();
      this.changed();
    }
    return held;
  }

  private mustHold(resume: () => void): boolean {
    if (this.bypassGuard) {
      this.bypassGuard = false;
      return false;
    }
    if (!this.guard.enabled) return false;
    const text = this.read().text;
    const blocking = this.visible().filter((f) => f.severity === 'block');
    if (text !== this.analysedText) {
      // Typed faster than the last answer: hold the send, check the current text, then resume or warn.
      this.pendingSend = resume;
      void this.analyse().then(() => {
        const now = this.visible().filter((f) => f.severity === 'block');
        if (now.length && this.guard.enabled) this.showGuard(now, resume);
        else this.resume();
      });
      return true;
    }
    if (blocking.length === 0) return false;
    this.showGuard(blocking, resume);
    return true;
  }

  private showGuard(findings: Finding[], resume: () => void): void {
    this.pendingSend = resume;
    this.count(['sends-held']);
    this.state.cardOpen = false;
    this.state.guard = { findings, allowPostAnyway: this.guard.allowPostAnyway };
    this.overlay.draw(this.state);
    this.overlay.focusCard();
  }

  get guardOpen(): boolean {
    return !!this.state.guard;
  }

  closeGuard(returnToComposer: boolean): void {
    this.state.guard = undefined;
    this.pendingSend = undefined;
    this.overlay.draw(this.state);
    if (returnToComposer) this.composer.focus();
  }

  private postAnyway(): void {
    const resume = this.pendingSend;
    this.count(['posted-anyway']);
    this.closeGuard(false);
    this.bypassGuard = true;
    this.composer.focus();
    resume?.();
  }

  private resume(): void {
    const resume = this.pendingSend;
    this.pendingSend = undefined;
    this.bypassGuard = true;
    resume?.();
  }

  /** Tells the worker to add to today's counts: counter names only, never text. */
  private count(counters: Counter[]): void {
    if (counters.length) browser.runtime.sendMessage({ type: 'replyrx:count', counters } satisfies CountRequest).catch(() => undefined);
  }

  sendButton(): HTMLElement | null {
    return sendButtonOf(this.adapter, this.composer);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.cancelHover();
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.resizes.disconnect();
    this.listeners.abort();
    this.mirror?.destroy();
    this.overlay.destroy();
    if (this.composer.getAttribute('data-replyrx') === this.id) this.composer.removeAttribute('data-replyrx');
  }
}

/** Text equal up to the invisible differences editors add (no-break spaces, a trailing newline). */
function same(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '').replace(/\n+$/, '');
  return norm(a) === norm(b);
}

/** How long a written text may take to show in the editor before the write counts as refused. */
const SETTLE_MS = 1000;
const nextFrames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Light or dark, from the page's own background (sites have their own dark modes). */
function pageTheme(): 'light' | 'dark' {
  const bg = getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (!m || m[4] === '0') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
