// The overlay for one composer: drawn in a shadow root above the page, never inside the composer.
// Underlines come from the findings' DOM ranges (Range.getClientRects), the badge sits at the
// composer's corner, and the card opens from the badge, a hovered underline or Alt+Shift+R.
// Underlines are redrawn after every keystroke, often dozens of them on a long post: they are
// plain divs updated in place; Preact draws the rest (badge, card, send-guard dialog).
import { render } from 'preact';
import { FindingCard } from '@/components/FindingCard';
import { OVERLAY_CSS } from '@/components/styles';
import type { Finding, Severity, Suggestion } from '@/rules/types';
import type { CardSettings } from './messages';

export interface OverlayState {
  findings: Finding[];
  /** Client rects of each finding's span, in the same order as findings. */
  rects: DOMRect[][];
  /** The composer's text changed since these findings: their underlines and card are hidden until the next answer. */
  stale: boolean;
  composerRect: DOMRect | null;
  cardOpen: boolean;
  status?: string;
  theme: 'light' | 'dark';
  /** The composer text the findings are about. */
  text: string;
  guard?: { findings: Finding[]; allowPostAnyway: boolean };
  /** What the card offers besides the findings; `dismissBlock`: block findings can be dismissed too. */
  card: CardSettings & { dismissBlock: boolean };
}

export interface OverlayActions {
  toggleCard(open: boolean): void;
  replace(s: Suggestion, f: Finding): void;
  copy(s: Suggestion): void;
  guardEdit(): void;
  guardPostAnyway(): void;
  dismiss(findings: Finding[]): void;
  neverFlag(name: string): void;
  openSetup(): void;
}

const ORDER: Severity[] = ['block', 'warn', 'info'];
export const worst = (findings: readonly Finding[]): Severity | undefined => ORDER.find((s) => findings.some((f) => f.severity === s));

export class Overlay {
  private readonly host = document.createElement('replyrx-overlay');
  private readonly root: ShadowRoot;
  private readonly underlines = document.createElement('div');
  private readonly drawn: string[] = [];
  private drawnRects: DOMRect[][] | undefined;
  private readonly view = document.createElement('div');
  /** Where the hidden copies of text fields are laid out (sites/field-mirror.ts). */
  readonly mirrors = document.createElement('div');
  private shift = { x: 0, y: 0 };

  constructor(private readonly actions: OverlayActions) {
    // The host is the containing block of everything fixed inside it (the transform makes it one),
    // so the overlay can live inside a page's modal <dialog> and still draw in viewport coordinates.
    this.host.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;transform:translate(0,0);pointer-events:none;z-index:2147483646;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mirrors.setAttribute('aria-hidden', 'true');
    this.underlines.className = 'rx';
    this.underlines.setAttribute('aria-hidden', 'true');
    this.root.append(style, this.underlines, this.view, this.mirrors);
    document.documentElement.append(this.host);
  }

  /**
   * Keeps the overlay above `anchor`: a modal <dialog> or an open popover sits in the browser's top
   * layer, above any z-index, and makes the rest of the page inert, so the overlay moves inside it.
   */
  follow(anchor: Element): void {
    const container = topLayerAround(anchor) ?? document.documentElement;
    if (this.host.parentNode !== container) {
      container.append(this.host);
      this.shift = { x: 0, y: 0 };
      this.host.style.transform = 'translate(0,0)';
    }
    if (container === document.documentElement) return;
    // A transformed ancestor would offset fixed positions: shift the host back to the viewport's corner.
    const { left, top } = this.host.getBoundingClientRect();
    if (left === 0 && top === 0) return;
    this.shift = { x: this.shift.x - left, y: this.shift.y - top };
    this.host.style.transform = `translate(${this.shift.x}px, ${this.shift.y}px)`;
  }

  draw(state: OverlayState): void {
    this.drawUnderlines(state);
    render(<OverlayView state={state} actions={this.actions} />, this.view);
  }

  /** One div per client rect of each finding, reusing the divs already there (hidden, not removed, while stale). */
  private drawUnderlines({ findings, rects, stale, theme }: OverlayState): void {
    const layer = this.underlines;
    layer.hidden = stale;
    if (layer.dataset.theme !== theme) layer.dataset.theme = theme;
    // The same measurement as last time (the session reuses it while nothing before the underlines moved).
    if (stale || rects === this.drawnRects) return;
    this.drawnRects = rects;
    let n = 0;
    findings.forEach((f, i) => {
      for (const r of rects[i] ?? []) {
        const line = (layer.children[n] as HTMLElement | undefined) ?? layer.appendChild(document.createElement('div'));
        // What each div shows is remembered here: reading it back from its style costs more than writing it.
        const look = `${f.severity} ${f.rule} ${r.left} ${r.bottom} ${r.width}`;
        if (this.drawn[n] !== look) {
          this.drawn[n] = look;
          line.className = `underline ${f.severity}`;
          line.dataset.rule = f.rule;
          line.style.cssText = `left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px`;
        }
        n++;
      }
    });
    while (layer.children.length > n) layer.lastElementChild!.remove();
    this.drawn.length = n;
  }

  /** The first button of the send-guard dialog or of the card, for keyboard users. */
  focusCard(): void {
    const first = ['.dialog button.primary', '.card button.primary', '.card button'].map((sel) => this.root.querySelector<HTMLElement>(sel)).find(Boolean);
    first?.focus();
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.root.contains(node));
  }

  destroy(): void {
    render(null, this.view);
    this.underlines.replaceChildren();
    this.host.remove();
  }
}

/** The modal dialog or open popover holding `el`, looking out through shadow roots. */
function topLayerAround(el: Element): Element | null {
  for (let node: Element | null = el; node; ) {
    const found: Element | null = node.closest('dialog, [popover]');
    if (found && isTopLayer(found)) return found;
    // Not in the top layer: look further out, past this element or out of this shadow root.
    node = found ? found.parentElement ?? (found.parentNode as ShadowRoot | null)?.host ?? null : (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

function isTopLayer(el: Element): boolean {
  try {
    return el.matches(':modal, :popover-open');
  } catch {
    return false; // a browser without these pseudo-classes
  }
}

function OverlayView({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  const { findings, composerRect } = state;
  const severity = worst(findings);
  const count = findings.length;
  const badge = composerRect && count > 0 && severity;
  const label = `ReplyRx: ${count} ${count === 1 ? 'issue' : 'issues'} in this message. Press to review.`;
  return (
    <div class="rx" data-theme={state.theme}>
      {badge && (
        <button type="button" class={`badge ${severity}`} aria-label={label} aria-expanded={state.cardOpen} onMouseDown={keepComposerFocus} style={{ left: `${Math.min(window.innerWidth - 40, composerRect.right - 28)}px`, top: `${Math.max(4, composerRect.bottom - 26)}px` }} onClick={() => actions.toggleCard(!state.cardOpen)}>
          {count}
        </button>
      )}
      {/* A stale card's spans would point into text that has changed: it waits for the next answer. */}
      {state.cardOpen && !state.stale && composerRect && count > 0 && (
        <div style={cardPosition(composerRect)} onMouseDown={keepComposerFocus}>
          <FindingCard
            findings={findings}
            text={state.text}
            status={state.status}
            onReplace={actions.replace}
            onCopy={actions.copy}
            onClose={() => actions.toggleCard(false)}
            onDismiss={actions.dismiss}
            dismissBlock={state.card.dismissBlock}
            onNeverFlag={state.card.canAddNames ? actions.neverFlag : undefined}
            onSetup={state.card.setupNeeded ? actions.openSetup : undefined}
            id="replyrx-card"
          />
        </div>
      )}
      {state.guard && <GuardDialog findings={state.guard.findings} allowPostAnyway={state.guard.allowPostAnyway} actions={actions} />}
      {/* The one polite announcement: the card's status (it outlives the card, which a last dismissal closes), else the count. */}
      <div class="sr" aria-live="polite">
        {state.status ?? (count > 0 ? `ReplyRx: ${count} ${count === 1 ? 'issue' : 'issues'}.` : '')}
      </div>
    </div>
  );
}

// Clicking the badge or a card button must not take the caret out of the composer.
const keepComposerFocus = (e: MouseEvent) => e.preventDefault();

function cardPosition(anchor: DOMRect): Record<string, string> {
  const below = window.innerHeight - anchor.bottom > 300;
  const left = Math.max(8, Math.min(window.innerWidth - 388, anchor.right - 380));
  return below ? { position: 'fixed', left: `${left}px`, top: `${anchor.bottom + 8}px` } : { position: 'fixed', left: `${left}px`, bottom: `${Math.max(8, window.innerHeight - anchor.top + 8)}px` };
}

function GuardDialog({ findings, allowPostAnyway, actions }: { findings: Finding[]; allowPostAnyway: boolean; actions: OverlayActions }) {
  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="replyrx-guard-title" aria-describedby="replyrx-guard-list">
        <h2 id="replyrx-guard-title">This message can't be posted as it is</h2>
        <ul id="replyrx-guard-list">
          {findings.map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
        <div class="actions">
          {allowPostAnyway && (
            <button type="button" class="secondary" onClick={actions.guardPostAnyway}>
              Post anyway
            </button>
          )}
          <button type="button" class="primary" onClick={actions.guardEdit} autofocus>
            Edit
          </button>
        </div>
      </div>
    </div>
  );
}
