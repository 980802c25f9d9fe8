// X (Twitter) archive. Each data file is a script assigning JSON to a global:
//   data/tweets.js           window.YTD.tweets.part0 = [{ "tweet": { id_str, full_text, created_at,
//                            in_reply_to_status_id_str?, in_reply_to_user_id_str?, in_reply_to_screen_name? } }]
//                            (tweet.js / window.YTD.tweet in older archives; big ones add tweets-part1.js, …)
//   data/direct-messages.js  window.YTD.direct_messages.part0 = [{ "dmConversation": { conversationId,
//                            messages: [{ "messageCreate": { id, senderId, recipientId, text, createdAt } }] } }]
//                            (and direct-messages-group.js, window.YTD.direct_messages_group)
//   data/account.js          window.YTD.account.part0 = [{ "account": { accountId, username } }]
// full_text escapes &, < and > as HTML entities. Only messages the account sent are audited.
import { parseJson, readText, toDate } from './text';
import { FileProblem, type Entry, type Format, type Message, type ReadOptions } from './types';

const TWEETS = /(^|\/)data\/tweets?(-part\d+)?\.js$/;
const DMS = /(^|\/)data\/direct-messages(-group)?(-part\d+)?\.js$/;
const ACCOUNT = /(^|\/)data\/account\.js$/;

export const x: Format = {
  name: 'X archive',
  files: 'data/tweets.js, data/direct-messages.js (X archive)',
  select: (entries) => entries.filter((e) => TWEETS.test(e.path) || DMS.test(e.path)),
  async reader(all, options) {
    const account = await readAccount(all.find((e) => ACCOUNT.test(e.path)), options.problem);
    return async function* (entry) {
      const json = await readYtd(entry);
      yield* TWEETS.test(entry.path) ? tweets(json, account) : directMessages(json, account);
    };
  },
};

interface Account {
  id?: string;
  username?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The JSON after `window.YTD.<name>.partN =`. */
async function readYtd(entry: Entry): Promise<unknown[]> {
  const text = await readText(await entry.open());
  const prefix = /^\s*window\.YTD\.\w+\.part\d+\s*=\s*/.exec(text);
  if (!prefix) throw new FileProblem('expected it to start with window.YTD.<name>.part0 =', 1);
  const json = parseJson(text.replace(/;\s*$/, ''), prefix[0].length);
  if (!Array.isArray(json)) throw new FileProblem('expected a list after window.YTD…=');
  return json;
}

async function readAccount(entry: Entry | undefined, problem: ReadOptions['problem']): Promise<Account> {
  if (!entry) return {};
  try {
    const a = (await readYtd(entry))[0] as Obj | undefined;
    const account = isObj(a) && isObj(a.account) ? a.account : {};
    return { id: str(account.accountId), username: str(account.username) };
  } catch (error) {
    // Without it every direct message is audited, received ones too.
    problem({ file: entry.path, line: (error as FileProblem).line, message: `${(error as Error).message}; auditing all direct messages` });
    return {};
  }
}

const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function* tweets(json: unknown[], account: Account): Iterable<Message> {
  for (const item of json) {
    const t = isObj(item) ? (item.tweet ?? item) : undefined;
    if (!isObj(t) || typeof t.full_text !== 'string') continue;
    const id = str(t.id_str) ?? str(t.id) ?? '';
    // A reply to one's own tweet continues a thread: a post, not a reply to someone.
    const reply = str(t.in_reply_to_status_id_str) !== undefined && (account.id === undefined || str(t.in_reply_to_user_id_str) !== account.id);
    const entities = isObj(t.extended_entities) ? t.extended_entities : isObj(t.entities) ? t.entities : {};
    yield {
      site: 'x',
      kind: reply ? 'reply' : 'post',
      date: toDate(t.created_at),
      ref: `https://x.com/${account.username ?? 'i/web'}/status/${id}`,
      text: unescapeHtml(t.full_text),
      hasMedia: Array.isArray(entities.media) && entities.media.length > 0,
    };
  }
}

function* directMessages(json: unknown[], account: Account): Iterable<Message> {
  for (const item of json) {
    const conversation = isObj(item) && isObj(item.dmConversation) ? item.dmConversation : undefined;
    if (!conversation || !Array.isArray(conversation.messages)) continue;
    for (const m of conversation.messages) {
      const dm = isObj(m) && isObj(m.messageCreate) ? m.messageCreate : undefined;
      if (!dm || typeof dm.text !== 'string' || !dm.text.trim()) continue;
      if (account.id !== undefined && str(dm.senderId) !== account.id) continue;
      yield { site: 'x', kind: 'message', date: toDate(dm.createdAt), ref: `dm ${str(conversation.conversationId)}/${str(dm.id)}`, text: unescapeHtml(dm.text) };
    }
  }
}
