// health-details: a specific person's condition, symptom, treatment, medication, test result, pregnancy
// or recovery. Public-health education, a public figure's own public disclosure and replies that
// redirect without naming a condition are fine.
import { ruleTester } from './rule-tester';

ruleTester('health-details', {
  valid: [
    // Added with the fixes for blind8 (fifth 2026-12-03 session; cases written fresh).
    { text: 'She can book a diabetes review online or by calling (555) 201-4400.', kind: 'reply', context: 'My dad wants a check, how does he book?' },
    { text: 'Go to A&E for chest pain, a seizure, or a child who is limp and hard to wake.' },
    { text: 'Signs of diabetes in children include bedwetting in a child who was dry at night.' },
    { text: 'Fact: glaucoma often has no symptoms. A regular eye test is the best way to catch it early.' },
    { text: 'Please go to your nearest eye casualty today if your vision changes.', kind: 'reply', context: 'Sudden floaters since this morning' },
    { text: 'Whether it suits your knee is something our physios would assess in person.', kind: 'reply', context: 'Is dry needling painful?' },
    { text: 'Flu jabs are walk-in at the pharmacy until the end of November.', kind: 'reply', context: 'Think I have flu, can I still get the jab?' },
    { text: 'Thanks to striker Dev Rana, who spoke this week about living with anxiety.' },
    { text: 'A case for our trainees this month (a composite, not a real patient): a 60-year-old with high blood pressure on three medicines.' },
    { text: 'Yes, we offer mole removal with our dermatology partner, and most people heal within a week.', kind: 'reply', context: 'Do you do mole removal?' },
    { text: 'Thank you, Ada! That put a smile on the whole team\'s faces.', kind: 'reply', context: 'Friendly reception' },
    { text: 'Congratulations to our physio Ben on completing his training in acupuncture therapy!' },
    { text: 'Colds usually start slowly with a blocked nose, and you can often carry on as normal.', kind: 'reply', context: 'What is the difference between a cold and flu?' },
    { text: 'When Dame Ada Marlow shared that she has breast cancer, many women asked us about screening.' },
    { text: 'She said publicly last spring that she had a hip replacement, and lots of people asked us about joint pain.', kind: 'reply', context: 'Didn\'t Senator Marlow have hip trouble?' },
    { text: 'Any rash that does not fade under a glass needs checking straight away: call 999.', kind: 'reply', context: 'My son has a rash, what should I look for?' },
    // A clinician speaking on a topic, and a public figure's story told in public, are no staff member's health.
    { text: 'Dr. Lee is presenting on return to sport after concussion at the spring conference.' },
    // A "you" inside a condition is anyone who meets it; a group's condition is nobody's.
    { text: 'Implants are £2,100 each, and we can spread the cost if you would prefer monthly payments.', kind: 'reply', context: 'How much are implants?' },
    { text: 'Most cold sores heal by themselves within ten days, and our pharmacist is happy to talk it through.', kind: 'reply', context: 'Do cold sores need cream?' },
    { text: 'Lots of people with hay fever find spring the worst; our allergy group meets on Thursdays.', kind: 'reply', context: 'Anyone else struggling this week?' },
    { text: 'Our midwives visit every family within a week of discharge, so call (555) 201-4400 once you are home.', kind: 'reply', context: 'Do you do home visits?' },
    { text: 'If he is drowsy, confused or keeps vomiting, go to A&E now.', kind: 'reply', context: 'He bumped his head at soft play' },
    { text: 'Measles cases are rising in our state. Check your family\'s vaccine records this week.' },
    { text: 'Olympic gymnast Riley Banks spoke publicly about her scoliosis, a great reminder to get kids\' spines checked.' },
    { text: 'Our nurses can help with that! Give the nurse line a ring at 555-201-4401.', kind: 'reply', context: "my son's ear is draining, is that normal?" },
    { text: 'Strep or a cold? Strep usually brings fever and no cough. When in doubt, get tested!' },
    { text: 'We\'re so sorry you\'re not feeling well! Please give us a call so we can help.', kind: 'reply', context: "i've had a migraine for 3 days straight" },
    { text: 'Dr. Patel is teaching a free class on managing type 2 diabetes at the library.' },
    { text: 'Did you know 1 in 3 adults has high blood pressure and doesn\'t know it?', site: 'x' },
    { text: 'Allergy season tip: start your antihistamine before the pollen peaks.' },
    { text: 'Sunscreen, hats and shade: your skin will thank you this summer!' },
    { text: 'Our new physical therapist specializes in ACL rehab for high school athletes.', site: 'linkedin' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Sorry for the confusion! Please call us at (555) 201-4400 and we will sort it out.', kind: 'reply', context: 'Your website says you open at 8??' },
    // Added by the lead with the fixes for the third blind corpus (tests/corpus/holdout3.jsonl).
    { text: 'Our clinic cat Mochi had his own dental cleaning this week 🐈 Ask your vet about pet dental care!' },
    { text: 'Please call our nurse line at 555-201-4401. If her lips turn blue or she can\'t catch her breath, call 911.', kind: 'reply', context: 'my daughter is wheezing a lot tonight' },
    { text: 'Most people feel a little sore after, and you can go right back to work the same day.', kind: 'reply', context: 'how bad is recovery from a filling?' },
    { text: 'Had shingles as a kid? Ask us about the vaccine at your next visit!' },
    { text: 'Never put a little one to bed with a bottle of juice: it bathes new teeth in sugar all night.' },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Meet Biscuit, our front desk\'s therapy-dog-in-training! He loves belly rubs.' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'We\'re sorry about the trouble with your prescriptions. Please call (555) 201-4400 so we can sort it out.', kind: 'reply', context: 'Pharmacy never got my meds' },
    { text: 'Please contact the surgery directly so we can look into this.', kind: 'reply', context: 'Terrible service' },
    { text: 'The dose of acetaminophen depends on your child\'s weight, not his age.' },
    { text: 'By the time a patient walks into my office, he or she has usually tried three kinds of eye drops.' },
    { text: 'Flu shots for all children from 6 months to 18 years old this Saturday, 9 to noon!' },
    { text: 'Happy birthday to Prince Louis! This little guy has all his baby teeth now, so brush twice a day.' },
    { text: 'Our post on fevers explains when to call and when to go to the ER.', kind: 'reply', context: 'my son has a fever of 102' },
    { text: 'Hope you are doing well!', kind: 'reply', context: 'Thanks for everything' },
    { text: 'Our blog explains when to call and when to go to the ER: harborpointhealth.example/fever', kind: 'reply', context: 'my son has a fever of 102' },
    { text: 'Teaching vignette for our residents: a 58-year-old presents with sudden chest pain. What are your first three steps?' },
    { text: 'Thank you for your feedback. The surgery endeavours to offer same-day appointments to everyone who needs one.', kind: 'reply', context: 'Could not get through for days' },
    { text: 'Sorry you had trouble getting through. The surgery does not book appointments by email, so please ring us.', kind: 'reply', context: 'Emailed twice, no answer' },
    { text: 'Wishing the mayor a speedy recovery after her fall, and thanks to all the paramedics in town!' },
    { text: 'Thanks for the review! We wish you all the best in your new job.', kind: 'reply', context: 'Moving away, will miss this place.' },
    // Added with the fixes for the third blind set (cases written fresh).
    { text: 'Glad everyone\'s feeling festive, see you at the Christmas jumper day!', kind: 'reply', context: 'Love the decorations' },
    { text: 'Please call 911 now, sudden numbness on one side needs an emergency room today.', kind: 'reply', context: 'my dad has sudden numbness on one side of his face' },
    { text: 'Prescriptions are free if you are over 60, pregnant or have diabetes.', kind: 'reply', context: 'Do I have to pay for prescriptions?' },
    { text: 'Most people feel stiff for a day or two after starting new exercises; sharp pain or swelling is worth raising with your physio.', kind: 'reply', context: 'Is it normal to ache after starting physio?' },
    { text: 'The trials on infant reflux medicines are small and mixed.' },
    { text: 'Toddlers grow more slowly, so it can look as if your child is barely eating. That is normal.' },
    { text: 'Make sure that your teen has had both HPV doses before they leave for college.' },
    { text: 'The Asthma Trust has a helpful inhaler technique video.', kind: 'reply', context: 'Any good resources on inhalers?' },
    { text: 'Good luck to everyone running the charity 10k on Sunday!' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Planning a pregnancy? Take folic acid every day until you\'re 12 weeks pregnant.' },
    { text: 'When a clinician is off sick we text everyone affected as early as we can.', kind: 'reply', context: 'Nurse was off sick and nobody told me' },
    { text: 'Please speak to your GP about your baby\'s skin, as we cannot advise online.', kind: 'reply', context: 'Is this cream ok for the rash on her face?' },
  ],
  invalid: [
    { text: 'Dr. Lee is taking two weeks off for knee surgery, back on the 20th.', span: 'surgery' },
    // A staff member's own health is health information too.
    { text: 'Nurse Kim is back next week after her knee replacement, thank you for all the cards!', span: 'knee replacement' },
    // "your" still makes it theirs inside a condition.
    { text: 'If your ankle is still swollen on Monday, pop back in.', kind: 'reply', context: 'Thanks for strapping me up!', span: 'ankle' },
    { text: 'Thanks, Rosa! So glad the migraines have eased up since the new preventive.', kind: 'reply', context: 'Feeling like myself again', span: 'migraines' },
    { text: 'Congrats to our patient Jade, 12 weeks pregnant with twins!', span: 'pregnant', within: true },
    { text: 'Your A1c came back at 6.1, so right at the line.', kind: 'message', context: 'any news on my labs?', span: 'A1c' },
    { text: 'This brave little guy needed six stitches in his chin after a scooter spill.', span: 'stitches' },
    { text: 'Hope Liam\'s ear infection clears up before the big trip!', kind: 'reply', context: 'Thanks for squeezing us in today', span: 'ear infection' },
    { text: 'Mr. Ortiz had his hip replacement in June and is already walking the boardwalk.', span: 'hip replacement' },
    { text: 'glad the inhaler is helping!', site: 'x', kind: 'reply', context: 'breathing so much better this week', span: 'inhaler' },
    { text: 'Keisha is on day 4 of her chemo and says hi to everyone in the lobby!', span: 'chemo' },
    { text: 'Sorry you\'re dealing with pink eye! Call us at (555) 201-4400 and we\'ll find you a slot today.', kind: 'reply', context: 'I think I have pink eye, can I come in today?', span: 'pink eye' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Three months after my own rotator cuff repair, I finally get why patients hate the sling.', site: 'linkedin', span: 'rotator cuff repair' },
    // Added by the lead with the fixes for the third blind corpus (tests/corpus/holdout3.jsonl).
    { text: 'Thanks Imani! How\'s the shoulder doing this week?', kind: 'reply', context: 'You guys are the best ❤️', span: 'shoulder', within: true },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Our very first patient? My old neighbor, Walt Brennan! Came in with a sprained wrist on opening day.', kind: 'reply', context: 'who was your first patient ever?', span: 'wrist', within: true },
    // Added by the lead with the fixes for the fifth blind corpus (tests/corpus/holdout5.jsonl).
    { text: 'Case for colleagues: 61F, ex-smoker, came in 3/2 with a persistent cough. CT showed a nodule.', site: 'linkedin', span: 'cough', within: true },
    { text: 'So proud of Marcus, who has been sober for two years this week!', span: 'been sober', within: true },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Hope the knee is feeling better after the weekend!', kind: 'reply', context: 'Thanks for fitting me in', span: 'the knee is feeling better' },
    { text: 'So glad your son is getting stronger every week.', kind: 'reply', context: 'Best PT clinic', span: 'your son is getting stronger' },
    { text: 'Your ALT of 74 is a little high, so Dr. Lee will repeat it next month.', kind: 'message', context: 'did my bloods come back?', span: 'ALT of 74' },
    { text: 'We are thrilled the new medication is suiting you.', kind: 'reply', context: 'Feeling so much better', span: 'the new medication is suiting you' },
    { text: 'Hope the drops are kicking in!', kind: 'reply', context: 'Thanks for squeezing me in', span: 'the drops are kicking in' },
    { text: 'So glad you are doing well after the op, Ruth!', kind: 'reply', context: 'Stitches out today', span: 'you are doing well after', within: true },
    { text: 'So glad the surgery went well, Marta! Rest up this weekend.', kind: 'reply', context: 'Home already!', span: 'surgery' },
    { text: 'So glad the wrist is holding up at the climbing wall!', kind: 'reply', context: 'Back climbing already!', span: 'the wrist is holding up', within: true },
    { text: 'Thank you for trusting us, and wishing you a speedy recovery!', kind: 'reply', context: 'Knee op went fine.', span: 'a speedy recovery', within: true },
    { text: 'We are all thinking of you as you go through treatment.', kind: 'reply', context: 'Thank you to the oncology nurses.', span: 'as you go through treatment', within: true },
    // Added with the fixes for the third blind set (tests/corpus/blind3-*.jsonl; cases written fresh).
    { text: 'So glad Malik\'s feeling stronger after all that physio!', kind: 'reply', context: 'My son loved his sessions', span: 'Malik\'s feeling stronger', within: true },
    { text: 'So sorry you are still in discomfort after the extraction.', kind: 'reply', context: 'Still sore a week later', span: 'discomfort', within: true },
    { text: 'Best of luck with the knee replacement tomorrow, Dorothy!', kind: 'reply', context: 'Nervous about Thursday', span: 'knee replacement', within: true },
    { text: 'Thanks Pat! Hope the knee is behaving itself these days.', kind: 'reply', context: 'Great physio team', span: 'knee is behaving itself', within: true },
    { text: 'Nurse Jade starts maternity leave next week, we will miss her!', span: 'starts maternity leave' },
    { text: 'After six weeks of chemotherapy our receptionist Pat is back at the front desk!', span: 'chemotherapy' },
    { text: 'Meet Leo, our physio! He is back in clinic after his own knee surgery.', span: 'surgery', within: true },
    { text: 'So glad she is okay now!', kind: 'reply', context: 'My daughter swallowed a magnet last month, terrifying', span: 'she is okay now', within: true },
    { text: 'We are so glad you are in recovery.', kind: 'reply', context: 'I am in recovery from anorexia and this post helped', span: 'in recovery', within: true },
    { text: 'Sorry your recovery from the caesarean has been slow, Amy.', kind: 'reply', context: 'Still sore three weeks on', span: 'caesarean', within: true },
    { text: 'Hi Bev, I have moved your microsuction to 3pm on Friday.', kind: 'message', context: 'Can my ear appointment be later?', span: 'microsuction', within: true },
    { text: 'Room 2 has a kid who swallowed a marble and is so proud of his x-ray!', span: 'x-ray' },
    { text: 'Please book a review for him and bring his adrenaline pens along.', kind: 'reply', context: 'My son had a reaction to nuts', span: 'adrenaline pens', within: true },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Our nurse Amy is taking some time out while she has treatment for lymphoma.', span: 'lymphoma' },
    { text: 'Welcome back Dr Fenn, who returns to clinic this week after hip replacement surgery!', span: 'hip replacement', within: true },
    { text: 'A whole year smoke-free, Dan! We are so proud of you.', kind: 'reply', context: 'Quit a year ago today thanks to your clinic', span: 'A whole year smoke-free' },
    { text: 'Mrs Lowe healed up nicely and is back to her allotment.', kind: 'reply', context: 'Thanks for seeing my mum last month', span: 'healed up nicely' },
  ],
});
