// Styles for the overlay and the card, injected into the overlay's shadow root (never the page).
export const OVERLAY_CSS = `
:host { all: initial; }
.rx { --bg: #ffffff; --fg: #1c1e21; --muted: #5b6370; --border: #d8dce3; --accent: #1d5fd1;
  --block: #d92d20; --warn: #e07a00; --info: #2f6fde; --shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
.rx[data-theme="dark"] { --bg: #242526; --fg: #e4e6eb; --muted: #b0b3b8; --border: #3e4042; --accent: #6ea0ff;
  --block: #ff6b5e; --warn: #ffb84d; --info: #7fb0ff; --shadow: 0 6px 24px rgba(0,0,0,.6); }
.underline { position: fixed; height: 2px; pointer-events: none; border-radius: 1px; }
.underline.block { background: var(--block); height: 3px; }
.underline.warn { background: var(--warn); }
.underline.info { background: repeating-linear-gradient(90deg, var(--info) 0 3px, transparent 3px 6px); }
.badge { position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: 1px solid var(--bg); color: #fff; font: 600 12px/20px system-ui, sans-serif; cursor: pointer; box-shadow: var(--shadow); }
.badge.block { background: var(--block); } .badge.warn { background: var(--warn); color: #1c1e21; } .badge.info { background: var(--info); }
.badge:focus-visible, .card button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.card { position: relative; box-sizing: border-box; pointer-events: auto; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); padding: 12px 14px; }
.card h2 { font-size: 14px; margin: 0 0 8px; display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.card .close { border: 0; background: transparent; color: var(--muted); font-size: 18px; cursor: pointer; line-height: 1; }
.finding { border-left: 3px solid var(--warn); padding: 2px 0 2px 8px; margin: 8px 0; }
.finding.block { border-color: var(--block); } .finding.info { border-color: var(--info); }
.finding .sev { font: 600 11px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.finding p { margin: 2px 0; } .finding .words { color: var(--muted); font-size: 13px; list-style: none; padding: 0; margin: 2px 0; }
.finding .words li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 0; }
.setup { font-size: 13px; margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--border); }
.finding details { font-size: 13px; color: var(--muted); } .finding summary { cursor: pointer; }
.finding ul { margin: 4px 0; padding-left: 18px; } .finding li { margin: 2px 0; }
button.inline { margin-left: 6px; padding: 1px 6px !important; font-size: 12px !important; }
.suggestion { border: 1px solid var(--border); border-radius: 8px; padding: 8px; margin: 8px 0; }
.suggestion .text { margin: 0 0 6px; white-space: pre-wrap; }
.suggestion .label { font-size: 12px; color: var(--muted); margin: 0 0 4px; }
.actions { display: flex; gap: 6px; }
.card button.primary, .card button.secondary, .dialog button { font: 600 13px system-ui, sans-serif; border-radius: 6px; padding: 5px 10px; cursor: pointer; }
.card button.primary, .dialog button.primary { background: var(--accent); color: #fff; border: 1px solid var(--accent); }
.card button.secondary, .dialog button.secondary { background: transparent; color: var(--fg); border: 1px solid var(--border); }
.status { font-size: 13px; margin: 8px 0 0; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); pointer-events: auto; display: grid; place-items: center; }
.dialog { background: var(--bg); color: var(--fg); border-radius: 12px; padding: 18px; width: min(460px, calc(100vw - 32px)); box-shadow: var(--shadow); }
.dialog h2 { margin: 0 0 8px; font-size: 16px; } .dialog ul { padding-left: 18px; } .dialog .actions { justify-content: flex-end; margin-top: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
