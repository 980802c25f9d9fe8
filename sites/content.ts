// The content script of one site: finds composers as the user reaches them (focus, typing) without
// observing the whole page, keeps one ComposerSession per composer, and routes the page's events
// (hover, keyboard shortcuts, send buttons, Enter) to the right session. Events are read from where
// they started (composedPath), so composers inside open shadow roots are found and guarded too.
import browser from 'webextension-polyfill';
import { enterSends, type SiteAdapter } from './adapter';
import { composerAt, deepActiveElement, eventTarget } from './discovery';
import { isStatusRequest, type StatusResponse, type WarmRequest } from './messages';
import { ComposerSession } from './session';
import { isPolicyChange } from './storage-keys';

export function startContentScript(adapter: SiteAdapter, signal: AbortSignal): void {
  const sessions = new Map<HTMLElement, ComposerSession>();
  const options = { capture: true, signal };

  const composerOf = (target: EventTarget | null): HTMLElement | null => {
    // Fast path: keystrokes target the composer itself (its editing root or the text field).
    if (target instanceof HTMLElement && sessions.has(target)) return target;
    return composerAt(target, adapter.composer);
  };
  const sessionFor = (composer: HTMLElement): ComposerSession => {
    let session = sessions.get(composer);
    if (!session) {
      sweep();
      session = new ComposerSession(adapter, composer);
      sessions.set(composer, session);
    }
    return session;
  };
  // Composers removed from the page (a closed dialog, a re-rendered comment box) take their overlay along.
  const sweep = () => {
    for (const [composer, session] of sessions) if (!session.connected) {
      session.destroy();
      sessions.delete(composer);
    }
  };
  // Removal is rare and sessions are few: a slow look is cheaper than observing the page. The same
  // look notices text fields the page changed without an input event.
  const sweeper = setInterval(() => {
    if (!sessions.size) return;
    sweep();
    sessions.forEach((s) => s.poll());
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(sweeper));
  const overlaySession = (target: EventTarget | null) => [...sessions.values()].find((s) => s.ownsNode(target as Node | null));

  // A composer is found when it gets focus or input: dialogs, late and re-added composers included.
  let warmedAt = 0;
  document.addEventListener('focusin', (e) => {
    const composer = composerOf(eventTarget(e));
    if (!composer) return;
    const known = sessions.get(composer);
    if (known) known.noticeFocus();
    else sessionFor(composer);
    // Wake the service worker while the user starts typing (it stops after 30 s idle).
    if (Date.now() - warmedAt > 10_000) {
      warmedAt = Date.now();
      browser.runtime.sendMessage({ type: 'replyrx:warm' } satisfies WarmRequest).catch(() => undefined);
    }
  }, options);
  document.addEventListener('input', (e) => {
    const composer = composerOf(eventTarget(e));
    if (composer) sessionFor(composer).changed(e.isTrusted);
  }, options);
  const active = composerOf(deepActiveElement());
  if (active) sessionFor(active);

  window.addEventListener('keydown', (e) => {
    const target = eventTarget(e);
    const inOverlay = overlaySession(target);
    // Escape closes ReplyRx's card or dialog first, and only that: not the page's own dialog around it.
    if (e.key === 'Escape' && inOverlay) {
      if (inOverlay.guardOpen) inOverlay.closeGuard(true);
      else inOverlay.setCard(false, true);
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const composer = composerOf(target);
    if (!composer) return;
    const session = sessionFor(composer);
    if (e.key === 'Escape' && session.cardOpen) {
      session.setCard(false);
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    // Alt+Shift+R opens the card from the composer, for keyboard users.
    if (e.altKey && e.shiftKey && (e.key === 'R' || e.key === 'r' || e.code === 'KeyR')) {
      e.preventDefault();
      session.setCard(true, true);
      return;
    }
    if (e.key !== 'Enter' || e.isComposing) return;
    const modifier = e.ctrlKey || e.metaKey;
    const sends = modifier || (!e.shiftKey && !e.altKey && enterSends(adapter, session.kind, composer));
    if (!sends) return;
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true } as KeyboardEventInit;
    const pressEnterAgain = () => {
      const handled = !composer.dispatchEvent(new KeyboardEvent('keydown', init));
      // A text input's Enter submits its form natively, which a synthetic key does not do.
      if (!handled && composer instanceof HTMLInputElement) composer.form?.requestSubmit();
    };
    if (session.holdSend(pressEnterAgain)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, options);

  window.addEventListener('click', (e) => {
    const target = eventTarget(e) as Node | null;
    if (overlaySession(target)) return;
    for (const session of sessions.values()) {
      const button = session.connected ? session.sendButton() : null;
      if (button && target && button.contains(target)) {
        if (session.holdSend(() => button.click())) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
        return;
      }
      if (session.cardOpen && !session.composer.contains(target)) session.setCard(false);
    }
  }, options);

  // Hovering an underline opens its card; the overlay itself lets every pointer event through.
  document.addEventListener('mousemove', (e) => {
    const target = eventTarget(e) as Node | null;
    for (const session of sessions.values()) session.pointerAt(e.clientX, e.clientY, session.ownsNode(target));
  }, { passive: true, signal });
  const redrawAll = () => sessions.forEach((s) => s.redraw());
  window.addEventListener('scroll', redrawAll, { capture: true, passive: true, signal });
  window.addEventListener('resize', redrawAll, { passive: true, signal });

  // A policy change in the options page takes effect in open tabs without a reload.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (isPolicyChange(changes, area)) sessions.forEach((s) => s.refresh());
  };
  browser.storage.onChanged.addListener(onStorage);
  // The popup asks which site runs here; a tab that does not answer is a page ReplyRx does not run on.
  const onMessage = (message: unknown) => (isStatusRequest(message) ? Promise.resolve<StatusResponse>({ site: adapter.site, host: location.hostname }) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    sessions.forEach((s) => s.destroy());
    sessions.clear();
  });
}
