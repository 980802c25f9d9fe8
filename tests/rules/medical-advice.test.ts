import { ruleTester } from './rule-tester';

ruleTester('medical-advice', {
  valid: [
    { text: "Hard to judge from here, swing by urgent care or call (555) 201-4400 so someone can take a look.", site: 'x', kind: 'reply', context: 'how do i know if my cut needs stitches?' },
    { text: 'Please call 911 right now, don\'t drive yourself.', site: 'x', kind: 'reply', context: 'my chest has been hurting all morning and my left arm is numb' },
    { text: 'That rumor was debunked; current guidance says ibuprofen is fine for most people with COVID.', site: 'x', kind: 'reply', context: 'is it true you shouldnt take ibuprofen with covid?' },
    { text: 'Dental anxiety is so common! We offer longer first visits and headphones.', kind: 'reply', context: 'My husband is terrified of the dentist, any tips?' },
    { text: 'Sports physicals are $35 and take about 20 minutes. Book online!', kind: 'reply', context: 'Do you do sports physicals?' },
    { text: 'Brush for two minutes twice a day and floss once. Your gums will thank you!' },
    { text: "We're holding you close. Take all the time you need.", kind: 'reply', context: 'Thank you for being kind to me' },
  ],
  invalid: [
    { text: 'You might want to alternate ibuprofen and Tylenol for the fever.', kind: 'reply', context: 'my 2yo has a fever of 101', span: 'You might want to', within: true },
    { text: 'Have you tried a warm compress? Should calm down in a week.', site: 'x', kind: 'reply', context: 'my eye has been twitching for 2 weeks', span: 'Have you tried', within: true },
    { text: 'take 600mg ibuprofen an hour before and you\'ll be fine', site: 'x', kind: 'reply', context: 'appt tomorrow for my IUD removal, does it hurt??', span: '600mg', within: true },
    { text: 'Sounds like contact dermatitis, try 1% hydrocortisone twice a day.', kind: 'message', context: 'itchy red rash under my watch band', span: 'Sounds like contact dermatitis' },
    { text: 'Totally normal at this stage! As long as she is feeding well, she\'s fine.', kind: 'reply', context: "Why is my newborn's poop green??", span: 'Totally normal', within: true },
    { text: 'Keep icing that ankle and stay off it for a few days!', kind: 'reply', context: 'Thanks for seeing me Tuesday!', span: 'icing that ankle', within: true },
  ],
});
