// LinkedIn "Get a copy of your data": CSV files at the top of the zip.
//   Shares.csv    Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility — the commentary is quoted
//                 twice: once parsed it still reads "line one"\n"line two", with inner quotes doubled.
//   Comments.csv  Date,Link,Message — quotes inside a message are escaped with a backslash (\").
//   messages.csv  CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,
//                 DATE,SUBJECT,CONTENT,FOLDER — both directions; with Profile.csv only the owner's are audited.
// Dates read "2023-01-15 14:22:01" or "2023-01-15 14:22:01 UTC".
import { csvRows } from './csv';
import { toDate } from './text';
import type { Entry, Format, Message, ReadOptions } from './types';

const name = (e: Entry) => e.path.split('/').pop()!.toLowerCase();
const FILES = new Set(['shares.csv', 'comments.csv', 'messages.csv']);

export const linkedin: Format = {
  name: 'LinkedIn export',
  files: 'Shares.csv, Comments.csv, messages.csv (LinkedIn data export)',
  select: (entries) => entries.filter((e) => FILES.has(name(e))),
  async reader(all, options) {
    const owner = await ownerName(all.find((e) => name(e) === 'profile.csv'), options.problem);
    return (entry) => {
      if (name(entry) === 'shares.csv') return shares(entry, options);
      if (name(entry) === 'comments.csv') return comments(entry, options);
      return messages(entry, owner, options);
    };
  },
};

async function* shares(entry: Entry, options: ReadOptions): AsyncIterable<Message> {
  for await (const { cells } of csvRows(entry, ['Date', 'ShareCommentary'], options.problem)) {
    const text = unwrapCommentary(cells.ShareCommentary ?? '');
    if (!text.trim()) continue;
    yield { site: 'linkedin', kind: 'post', date: toDate(cells.Date), ref: cells.ShareLink || `${entry.path} ${cells.Date}`, text, hasMedia: Boolean(cells.MediaUrl?.trim()) };
  }
}

/** Undoes the second round of quoting in ShareCommentary (see the top of this file). */
export function unwrapCommentary(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value.slice(1, -1).replace(/"\r?\n"/g, '\n').replace(/""/g, '"');
}

async function* comments(entry: Entry, options: ReadOptions): AsyncIterable<Message> {
  for await (const { cells } of csvRows(entry, ['Date', 'Message'], options.problem, { escape: '\\' })) {
    if (!cells.Message?.trim()) continue;
    yield { site: 'linkedin', kind: 'reply', date: toDate(cells.Date), ref: cells.Link || `${entry.path} ${cells.Date}`, text: cells.Message };
  }
}

async function* messages(entry: Entry, owner: string | undefined, options: ReadOptions): AsyncIterable<Message> {
  for await (const { cells } of csvRows(entry, ['FROM', 'DATE', 'CONTENT'], options.problem, { relax_quotes: true })) {
    if (!cells.CONTENT?.trim()) continue;
    if (owner !== undefined && cells.FROM?.trim() !== owner) continue;
    yield { site: 'linkedin', kind: 'message', date: toDate(cells.DATE), ref: `conversation ${cells['CONVERSATION ID'] ?? ''}`.trim(), text: cells.CONTENT };
  }
}

/** "First Name Last Name" from Profile.csv, to tell the owner's messages from the ones received. */
async function ownerName(entry: Entry | undefined, problem: ReadOptions['problem']): Promise<string | undefined> {
  if (!entry) return undefined;
  try {
    for await (const { cells } of csvRows(entry, ['First Name', 'Last Name'], problem)) {
      return `${cells['First Name']} ${cells['Last Name']}`.trim() || undefined;
    }
  } catch (error) {
    problem({ file: entry.path, message: `${(error as Error).message}; auditing all messages, received ones too` });
  }
  return undefined;
}
