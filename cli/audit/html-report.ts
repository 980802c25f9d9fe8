// --html FILE: a self-contained page for a compliance officer, written as the audit goes (each risky
// message is written once and forgotten). No external resources: the inline style and script are
// allowed by their hashes and nothing else may load. Every piece of text is escaped.
import { createHash } from 'node:crypto';
import type { Finding } from '../../rules';
import type { Tally } from './tally';
import type { Message } from './types';

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d1d1f;background:#fff}
h1{font-size:1.4rem}table{border-collapse:collapse}td,th{padding:.15rem .8rem .15rem 0;text-align:left}
#filter{position:sticky;top:0;background:#f4f4f6;padding:.5rem .8rem;border-radius:6px;margin:1rem 0}
#filter label{margin-right:1rem;white-space:nowrap}
article{border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;margin:.8rem 0}
article[hidden]{display:none}.meta{color:#555;font-size:.85rem}.text{white-space:pre-wrap;margin:.5rem 0}
mark{border-radius:3px;padding:0 .1rem}mark.warn{background:#ffe58a}mark.block{background:#ffb3b3}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem}.why{color:#555}.reply{background:#eef7ee;padding:.4rem .6rem;border-radius:4px}
@media (prefers-color-scheme:dark){body{background:#161618;color:#eee}#filter{background:#26262a}.meta,.why{color:#aaa}mark{color:#000}.reply{background:#1e3320}article{border-color:#444}}`;

// Builds the category filter from the messages on the page, then shows only the checked categories.
const SCRIPT = `
const articles=[...document.querySelectorAll('article')];
const counts=new Map();
for(const a of articles)for(const c of a.dataset.cats.split(' '))counts.set(c,(counts.get(c)||0)+1);
const filter=document.getElementById('filter');const shown=document.getElementById('shown');
for(const [c,n] of [...counts].sort((a,b)=>b[1]-a[1])){
const label=document.createElement('label');const box=document.createElement('input');
box.type='checkbox';box.checked=true;box.value=c;box.addEventListener('change',update);
label.append(box,' '+c+' ('+n+')');filter.append(label);}
function update(){const on=new Set([...filter.querySelectorAll('input:checked')].map(b=>b.value));let n=0;
for(const a of articles){const show=a.dataset.cats.split(' ').some(c=>on.has(c));a.hidden=!show;if(show)n++;}
shown.textContent=n+' of '+articles.length+' risky messages shown';}
update();`;

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

export function htmlHead(source: string): string {
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>ReplyRx audit of ${esc(source)}</title>
<style>${STYLE}</style></head>
<body><h1>ReplyRx audit of ${esc(source)}</h1>
<p class="meta">Made on ${esc(new Date().toISOString().slice(0, 16).replace('T', ' '))} UTC on this computer; nothing was sent anywhere.</p>
<div id="filter"><strong>Categories:</strong> <span id="shown"></span><br></div>
<main>
`;
}

export function htmlMessage(message: Message, findings: Finding[]): string {
  const cats = [...new Set(findings.map((f) => f.category))];
  const replies = [...new Set(findings.flatMap((f) => f.suggestions.filter((s) => s.scope === 'all').map((s) => s.text)))];
  const link = /^https:\/\//.test(message.ref) ? `<a href="${esc(message.ref)}" rel="noreferrer">${esc(message.ref)}</a>` : esc(message.ref);
  return `<article data-cats="${esc(cats.join(' '))}">
<div class="meta">${esc(message.date?.toISOString().slice(0, 10) ?? 'undated')} · ${esc(message.site)} ${esc(message.kind)} · ${link}</div>
<div class="text">${highlight(message.text, findings)}</div>
<ul>${findings
    .map(
      (f) =>
        `<li><span class="sev">${esc(f.severity)}</span> ${esc(f.category)}: ${esc(f.message)}${f.end > f.start ? ` — “${esc(message.text.slice(f.start, f.end))}”` : ''}<div class="why">${esc(f.why)}</div></li>`,
    )
    .join('')}</ul>
${replies.map((r) => `<div class="reply"><strong>Safe reply:</strong> ${esc(r)}</div>`).join('\n')}
</article>
`;
}

export function htmlEnd(t: Tally): string {
  const rows = t.categories().map(([c, n]) => `<tr><td>${esc(c)}</td><td>${n}</td></tr>`);
  const years = t.years().map(([y, v]) => `<tr><td>${esc(y)}</td><td>${v.risky}</td><td>${v.all}</td></tr>`);
  return `</main>
<section id="summary"><h2>Summary</h2>
<p>${t.interrupted ? 'Interrupted: only part of the export was audited. ' : ''}${t.messages} messages audited, ${t.risky} risky.${t.problems.length ? ` ${t.problems.length} parts of the export could not be read.` : ''}</p>
<table><tr><th>Category</th><th>Risky messages</th></tr>${rows.join('')}</table>
<table><tr><th>Year</th><th>Risky</th><th>All</th></tr>${years.join('')}</table>
${t.problems.length ? `<h3>Not read</h3><ul>${t.problems.map((p) => `<li>${esc(p.file)}${p.line ? ` line ${p.line}` : ''}: ${esc(p.message)}</li>`).join('')}</ul>` : ''}
</section>
<script>${SCRIPT}</script>
</body></html>
`;
}

/** The text with each flagged span in a <mark>; overlapping spans are cut at every boundary. */
function highlight(text: string, findings: Finding[]): string {
  const cuts = [...new Set([0, text.length, ...findings.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = esc(text.slice(from, to));
    const over = findings.filter((f) => f.start <= from && to <= f.end && f.end > f.start);
    if (over.length === 0) {
      out += piece;
      continue;
    }
    const severity = over.some((f) => f.severity === 'block') ? 'block' : 'warn';
    out += `<mark class="${severity}" data-cats="${esc([...new Set(over.map((f) => f.category))].join(' '))}" title="${esc(over.map((f) => f.message).join(' '))}">${piece}</mark>`;
  }
  return out;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
