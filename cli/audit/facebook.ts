// Facebook / Meta "Download your information", JSON format. Layouts seen in the wild, matched by file name:
//   2024+  your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json (…_2, … as it grows)
//          your_facebook_activity/comments_and_reactions/comments.json
//   older  your_activity_across_facebook/posts/…, posts/your_posts_1.json, comments/comments.json
// Posts: [{ timestamp, data: [{ post }], attachments?, title? }]; comments: { comments_v2 (or comments):
// [{ timestamp, data: [{ comment: { comment, author, timestamp } }], title }] }. Text is mojibake (text.ts).
import { fixMojibake, parseJson, readText, toDate } from './text';
import { FileProblem, type Entry, type Format, type Message } from './types';

const POSTS = /(^|\/)your_posts(_\d+|__check_ins__photos_and_videos_\d+)?\.json$/;
const COMMENTS = /(^|\/)comments\.json$/;

export const facebook: Format = {
  name: 'Facebook export',
  files: 'your_posts_*.json, comments.json (Download your information, JSON format)',
  select: (entries) => entries.filter((e) => POSTS.test(e.path) || COMMENTS.test(e.path)),
  // "Format: HTML" is the download page's default.
  hint: (entries) =>
    entries.some((e) => /(^|\/)(your_posts[\w]*|comments)\.html$/.test(e.path))
      ? 'This is a Facebook export in HTML format: download it again with Format: JSON.'
      : undefined,
  reader: async () =>
    async function* (entry) {
      const json = parseJson(await readText(await entry.open()));
      yield* POSTS.test(entry.path) ? posts(json, entry) : comments(json, entry);
    },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function* posts(json: unknown, entry: Entry): Iterable<Message> {
  if (!Array.isArray(json)) throw new FileProblem('expected a list of posts');
  for (const [i, item] of json.entries()) {
    if (!isObj(item)) continue;
    const text = list(item.data).map((d) => (isObj(d) && typeof d.post === 'string' ? fixMojibake(d.post) : '')).filter(Boolean).join('\n');
    if (!text.trim()) continue; // a photo or check-in without words
    const hasMedia = list(item.attachments).some((a) => isObj(a) && list(a.data).some((d) => isObj(d) && isObj(d.media)));
    yield { site: 'facebook', kind: 'post', date: toDate(item.timestamp), ref: `${entry.path} #${i + 1}`, text, hasMedia };
  }
}

function* comments(json: unknown, entry: Entry): Iterable<Message> {
  const all = isObj(json) ? (json.comments_v2 ?? json.comments) : undefined;
  if (!Array.isArray(all)) throw new FileProblem('expected {"comments_v2": [...]}');
  for (const [i, item] of all.entries()) {
    if (!isObj(item)) continue;
    for (const d of list(item.data)) {
      const c = isObj(d) && isObj(d.comment) ? d.comment : undefined;
      if (!c || typeof c.comment !== 'string' || !c.comment.trim()) continue;
      yield { site: 'facebook', kind: 'reply', date: toDate(c.timestamp ?? item.timestamp), ref: `${entry.path} #${i + 1}`, text: fixMojibake(c.comment) };
    }
  }
}
