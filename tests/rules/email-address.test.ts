// email-address: email addresses that are not the practice's, in a message about a person or their care.
// The practice's own addresses (and any at its website's domain) are fine.
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
  ],
});
