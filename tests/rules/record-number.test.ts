// record-number: medical-record, account, insurance, social-security, licence, plate, claim and device
// numbers, flagged whatever else the message says. Degrees, prices, counts and "account for" are not codes.
import { ruleTester } from './rule-tester';

ruleTester('record-number', {
  valid: [
    { text: 'Our authorisation process takes about 5 days for most insurers.' },
    { text: 'Please bring the card you pay with and photo ID.' },
    { text: 'Knee flexion went from 85° to 120° in six weeks on this protocol.', site: 'linkedin' },
    { text: 'Teeth whitening is $199 this month only!' },
    { text: 'We account for every minute of your visit, so there are no surprise fees.' },
    { text: 'Bring your insurance card and a photo ID to every visit.' },
    { text: 'Always log the lot and serial numbers of every vaccine you give. Future you will thank you.', site: 'linkedin' },
    { text: 'Over 1,200 neighbors got flu shots with us this season. Thank you, Bayview!' },
    { text: 'The plate of cookies from Mrs. Hale\'s class made our whole week!' },
    { text: 'Case number 3 in our series on burnout: the front desk.', site: 'linkedin' },
    { text: 'Call 555-201-4400 or visit harborpointhealth.example to book.' },
    { text: 'Our group number for the chamber lunch is table 4, come say hi!' },
    // Added in the ninth session (from the tuning sets' remaining misses; cases written fresh).
    { text: "Our regular reg 2 clinic moves to Mondays from June.", kind: "post" },
    // Added in the twelfth session: national and hospital patient numbers, and a card's last digits.
    { text: 'Not sure of your NHS number? Reception can find it for you with your date of birth.', kind: 'post' },
    { text: 'Bring your health card and your medication list to every visit.', kind: 'post' },
    { text: 'Medicare card holders are bulk-billed 7 days a week at both our clinics.', kind: 'post' },
    // Added in the sixteenth session (from probes written for this session).
    { text: 'Your NHS number is on any letter from the hospital.', kind: 'reply', context: 'Where do I find my NHS number?' },
    // Added in the eighteenth session (a claim code with no 'number'; cases written fresh).
    { text: 'We can help you claim back the cost of your glasses.', kind: 'reply', context: 'Can I claim for glasses?' },
    // Added in the thirty-sixth session (identity cards: a bare mention, a clinic code, a promo code are no number).
    { text: 'Bring your NRIC or passport when you register.', kind: 'post' },
    { text: 'Use code S1234567 for 10% off whitening this month.', kind: 'post' },
    { text: 'Our Johor Bahru clinic is at 12-03 Jalan Harmoni, open 8am to 10pm.', kind: 'post' },
    { text: 'Hotline 1800-22-5566 is free from any Malaysian landline.', kind: 'post' },
    // Added in the thirty-eighth session ('NHI' as a word with no number after it).
    { text: "Enrolling? Bring photo ID and proof of address; we'll find your NHI for you (it's on any prescription).", kind: "post" },
  ],
  invalid: [
    { text: 'Hi Gloria, your MRN is 0093-4471 if the lab asks for it.', kind: 'message', context: 'what number do I give the lab?', span: '0093-4471' },
    { text: 'Rx #7741203 for amoxicillin is ready, Mr. Dean!', span: '7741203' },
    { text: 'We re-ran it under insurance ID WQX8812094 and it went through.', kind: 'reply', context: 'my claim got denied again', span: 'WQX8812094' },
    { text: 'Policy number 4471-229-018 was denied for your crown, but we\'re appealing.', kind: 'message', context: 'why did I get a bill for my crown?', span: '4471-229-018' },
    { text: 'Medical record number 0 0 7 7 3 4 1 is the one printed on your bill.', kind: 'reply', context: 'which number do I use?', span: '0 0 7 7 3 4 1' },
    { text: 'Can you double-check 521-44-7830 on Mr. Voss\'s intake form?', kind: 'message', span: '521-44-7830' },
    { text: 'Whoever drives the blue Subaru, plate 7RDX119, your headlights are on in our lot!', span: '7RDX119' },
    { text: 'Claim no. CLM-2025-004417 was resubmitted yesterday.', kind: 'reply', context: 'still waiting on my claim', span: 'CLM-2025-004417' },
    { text: 'Account #55\u200B21\u200B09 shows a $12 credit, so you\'re all set!', kind: 'reply', context: 'do I still owe anything?', span: '55\u200B21\u200B09' },
    { text: 'Pacemaker serial no. PM4410-22871 checked out great today, Mr. Iverson!', span: 'PM4410-22871' },
    { text: 'Got it, your member ID ending 5532 is on file now.', kind: 'message', context: 'Did you get my new insurance card?', span: '5532' },
    { text: 'Approved! Auth # 77310-B, valid for 60 days.', kind: 'message', context: 'Did the insurer approve my scan?', span: '77310-B' },
    // Added in the ninth session (from the tuning sets' remaining misses; cases written fresh).
    { text: "Would the owner of the blue hatchback, reg LD21 KPW, please move it from the ambulance bay?", kind: "post", span: "LD21 KPW" },
    // Added in the twelfth session.
    { text: 'Hi Ruth, the NHS number on the form is 485 777 3456, so the pharmacy can find the script.', kind: 'message', context: 'which number do they need?', span: '485 777 3456' },
    { text: "We found a wallet in the car park with a health card number ending in 318 — call us to collect it!", kind: 'post', span: '318' },
    { text: 'Your CHI no. 0101871234 is printed at the top of the letter.', kind: 'reply', context: 'where do I find it?', span: '0101871234' },
    // Added in the sixteenth session (from probes written for this session).
    { text: 'Hi Tom, your NHS number ends 4471 — please bring ID on Tuesday.', kind: 'message', context: 'Can you check my details?', span: '4471' },
    // Added in the eighteenth session (a claim code with no 'number'; cases written fresh).
    { text: "I've chased the insurer — claim WC-48812-MT is with their assessor.", kind: 'reply', context: 'My claim still is not sorted', span: 'WC-48812-MT' },
    // Added in the thirty-sixth session (Singapore NRIC/FIN, Malaysian MyKad and passport numbers; cases written fresh).
    { text: 'Done! The certificate for NRIC T0123456Z is attached below.', kind: 'message', context: 'can you resend my cert', span: 'T0123456Z' },
    { text: 'Found you under F1234567N, all updated now.', kind: 'message', context: 'I changed my address', span: 'F1234567N' },
    { text: 'Your date of birth and 900412-10-5521 are what we have on file.', kind: 'message', context: 'which details do you have for me?', span: '900412-10-5521' },
    { text: 'Passport no. K1234567 is on your travel vaccine letter.', kind: 'message', context: "what's on my letter?", span: 'K1234567' },
    // Added in the thirty-eighth session (New Zealand's NHI, and a number in brackets after its label).
    { text: "Sorry for the mix-up. Your NHI (ZKB1234) was linked to an old address, so you showed as unenrolled.", kind: "reply", span: "ZKB1234" },
  ],
});
