// A synthetic LinkedIn export of N messages for the audit bench: messages.csv, every message sent by
// the owner named in Profile.csv, so all N are audited. Texts come from templates with varying names,
// days and numbers plus a running number, so every one is distinct; about a third are risky.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { rng } from '../seeded-random';

const TEMPLATES = [
  'Thanks so much for the kind words, {name}! The whole team appreciates it.',
  'Great seeing you {day} {name}, keep icing that ankle!',
  'Flu shots are in this week, call the front desk to book a time.',
  'Happy holidays from all of us at the practice, see you in the new year.',
  '{name}, your crown is ready. See you {day} at {hour} for the fitting.',
  'We are open {day} from 9 to {hour}, walk-ins welcome for cleanings.',
  'Congrats to our hygienist {name} on {n} years with the practice!',
  'Sorry to hear about the wait on {day}, we are adding staff at the front desk.',
  'Hi {name}, take {n}00mg ibuprofen for the swelling and call us if it gets worse.',
  'Our new parking lot opens {day}. Thanks for your patience during the work!',
  'Sure, we can move it to {day} at {hour}. See you then.',
  'Thank you for the referral {name}, we will reach out to them this week.',
];
const NAMES = ['Maria', 'John', 'Priya', 'Sam', 'Dana', 'Tom', 'Aisha', 'Kenji', 'Lucia', 'Omar', 'Grace', 'Leo'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'tomorrow'];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function generateLinkedInExport(dir: string, n: number, seed = 7): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Profile.csv'), 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline\nAlex,Rivera,,,,Practice manager\n');
  const random = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const out = createWriteStream(join(dir, 'messages.csv'));
  out.write('CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n');
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < n; i++) {
    const text = pick(TEMPLATES)
      .replace(/\{name\}/g, pick(NAMES))
      .replace('{day}', pick(DAYS))
      .replace('{hour}', `${1 + Math.floor(random() * 11)}${random() < 0.5 ? 'am' : 'pm'}`)
      .replace('{n}', String(2 + Math.floor(random() * 20)));
    const date = new Date(start + i * 30 * 60_000).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
    const row = [`2-conv${i % 5000}`, '', 'Alex Rivera', 'https://www.linkedin.com/in/alex-rivera', `${pick(NAMES)} Contact`, 'https://www.linkedin.com/in/y', date, '', `${text} #${i}`, 'INBOX'];
    if (!out.write(`${row.map(csvCell).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}
