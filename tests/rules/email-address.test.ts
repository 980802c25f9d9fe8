// email-address: email addresses that are not the practice's, in a message about a person or their care.
// The practice's own addresses (and any at its website's domain) are fine.
import { describe, expect, test } from 'vitest';
import { emailAddresses } from '../../rules/detectors/email-address';
import { rng } from '../seeded-random';
import { ruleTester } from './rule-tester';

ruleTester('email-address', {
  valid: [
    { text: 'Questions about billing? Email hello@harborpointhealth.example and we\'ll reply within a day.' },
    { text: 'Send your summer camp forms to hello@harborpointhealth.example and we\'ll fill them out!', kind: 'reply', context: 'Do you do camp forms?' },
    { text: 'Jenna from billing is at jenna@harborpointhealth.example if your statement looks off.', kind: 'reply', context: 'My statement looks wrong' },
    { text: 'We\'re hiring a hygienist! Resumes to careers@harborpointhealth.example.' },
    { text: 'Media inquiries about the new wing: press@bayviewcommunity.example.' },
    { text: 'Please don\'t email us medical questions. Call (555) 201-4400 instead.', kind: 'reply', context: 'can I email you pics of my rash?' },
    { text: 'Sign up for our newsletter at harborpointhealth.example/news!' },
    { text: 'Hi! The council runs that scheme: warmhomes@council.example has the forms.', kind: 'reply', context: 'Who funds new boilers?' },
    { text: 'Thanks for the shoutout @bayview_times! 📰', site: 'x' },
    // The practice's address with a stray "www." in front is still the practice's.
    { text: 'Sorry about your referral letter, please email www.hello@harborpointhealth.example and we will chase it.', kind: 'reply', context: 'Still waiting for my referral letter' },
  ],
  invalid: [
    { text: 'Hi Tara, we sent your daughter\'s vaccine record to tara.mendez84@mailbox.example.', kind: 'message', context: 'Can you send Sofia\'s shot record?', span: 'tara.mendez84@mailbox.example' },
    { text: 'Mr. Cole, your cardiology referral went to jcole@workmail.example, not your home address.', kind: 'reply', context: 'never got my referral', span: 'jcole@workmail.example' },
    { text: 'Re-sending the post-op instructions for your knee to grandpa.frank@web.example now!', kind: 'reply', context: 'lost my knee surgery instructions', span: 'grandpa.frank@web.example' },
    { text: 'Dana, your lab results were sent to dan\u200Ba.k@mail.example this morning.', kind: 'message', context: 'did you send my results?', span: 'dan\u200Ba.k@mail.example' },
    { text: 'Sent your x-ray report to mike.h＠mail.example, let us know if it bounces!', kind: 'reply', context: 'need my x-ray report for my chiropractor', span: 'mike.h＠mail.example' },
    { text: 'Patient Lorraine Bishop asked us to copy her son at bishop.family@home.example on all her lab results.', site: 'linkedin', span: 'bishop.family@home.example' },
    // An address holding the name of the person answered, or at a free mail provider, is theirs.
    { text: 'Hi Odile, so sorry! It has just gone to odile.brandt@inbox.example, shout if it is not there.', kind: 'reply', context: 'The nurse said she would send me the leaflet', span: 'odile.brandt@inbox.example' },
    { text: 'Done - sent to pkhan1990@gmail.com 👍', kind: 'message', context: 'can you send the form to my email?', span: 'pkhan1990@gmail.com' },
  ],
});

// The scan tries the pattern only near each "@": it must find exactly what a scan of the whole text finds.
describe('emailAddresses', () => {
  const WHOLE_TEXT = /(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
  const spans = (found: { start: number; match: RegExpMatchArray }[]) => found.map((m) => `${m.start}:${m.match[0]}`);

  test('finds what a whole-text scan finds, on 20,000 random strings of address parts', () => {
    const random = rng(64);
    const parts = ['a', 'b', '.', '@', ' ', '-', '_', '1', 'é', '😀', '中', '+', ',', 'x'.repeat(70)];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let i = 0, len = 1 + Math.floor(random() * 30); i < len; i++) s += parts[Math.floor(random() * parts.length)];
      expect(spans(emailAddresses(s)), JSON.stringify(s)).toEqual([...s.matchAll(WHOLE_TEXT)].map((m) => `${m.index}:${m[0]}`));
    }
  });

  test('two addresses back to back and a handle; a local part over 64 characters is no address', () => {
    expect(spans(emailAddresses('a@b.com@c.com mail x@y.org, @maria_12 on x'))).toEqual(['0:a@b.com', '19:x@y.org']);
    expect(spans(emailAddresses(`${'k'.repeat(70)}@mail.example`))).toEqual([]);
    expect(spans(emailAddresses(`${'k'.repeat(64)}@mail.example`))).toEqual([`0:${'k'.repeat(64)}@mail.example`]);
  });
});
