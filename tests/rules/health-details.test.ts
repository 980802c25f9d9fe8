// health-details: a specific person's condition, symptom, treatment, medication, test result, pregnancy
// or recovery. Public-health education, a public figure's own public disclosure and replies that
// redirect without naming a condition are fine.
import { DEV_POLICY, ruleTester } from './rule-tester';

ruleTester('health-details', {
  valid: [
    // Thirty-third session (written fresh): travel diseases named as a risk, or in a list of jabs, are nobody's.
    { text: 'Travellers: a customer who flies long-haul should ask the pharmacist about flight socks before they go.', kind: 'post' },
    { text: 'Malaria risk varies by region, so the best answer comes from a travel consult 6–8 weeks before you fly.', kind: 'reply', context: 'Do I need malaria tablets for Lombok?' },
    { text: 'Some travel jabs are free (like hepatitis A, typhoid and cholera) and you pay for others when you book.', kind: 'reply', context: 'Do I have to pay for travel jabs?' },
    // Thirty-third session (written fresh): signs "a toddler might" show describe whoever it may happen to.
    { text: 'Signs a toddler might be getting dehydrated: fewer wet nappies, a dry mouth, no tears when crying. Offer small sips often.', kind: 'post' },
    // … "our addiction counsellors" names a service, whoever the reply speaks to;
    { text: 'Thank you for trusting us with this. Our addiction counsellors offer confidential intake by phone, and you can reach them any weekday.', kind: 'message', context: "I've been drinking way more since I lost my job and it scares me" },
    // … and a condition named as a service the practice offers ("strep testing") is not the commenter's condition restated.
    { text: 'A few of our pharmacists offer strep testing, so phone the Elm Road pharmacy to check today\'s slots.', kind: 'reply', context: 'I think I have strep, can I get tested at a pharmacy?' },
    // Thirty-second session (written fresh): a concentration per litre is no dose; a post's title names no one's condition.
    { text: 'At the levels in our town water (0.7 mg/L), fluoride is safe and protects teeth.', kind: 'reply', context: "(fluoride post) Is fluoride safe? My neighbour says it's toxic." },
    { text: "We can't diagnose from photos, but please call to book a visit, or read the asthma basics post pinned to our page.", kind: 'reply', context: 'My son wheezes at night, is it asthma? (video attached)' },
    // Thirty-first session (written fresh): "your eyes" in an answer for anyone; what a reply invites them to book about.
    { text: 'Optometrists check your eyes and prescribe glasses; ophthalmologists are doctors who do eye surgery.', kind: 'reply', context: "What's the difference between an optometrist and an ophthalmologist?" },
    { text: 'If anything about your eyes is worrying you, book in with Nurse Kim for a check.', kind: 'reply', context: 'My eyes have been twitching for a week, is it serious?' },
    // Thirty-first session (written fresh): another practice, called a surgery; a service another provider carries out.
    { text: 'Are you sure this review was meant for us? Nobody is registered here under your name, so it may concern another surgery.', kind: 'reply', context: 'Rang the surgery and they cut me off twice' },
    { text: 'Following your feedback, the arrangement allowing an outside provider to carry out ultrasound scans in our rooms will end.', kind: 'reply', context: 'The scanning company that uses your rooms is awful' },
    { text: 'Our clinic saw a 30% rise in flu cases this month — book your jab now.', kind: 'post' },
    { text: 'We treat sprains, strains and minor burns every day, no appointment needed.', kind: 'post' },
    { text: 'Mum and baby groups meet every Tuesday at 10 in the community room.', kind: 'post' },
    // Thirty-first session (written fresh): a staff member named before "is feeling better"; what a redirect invites them
    // to call about.
    { text: "Glad Jenna is feeling better, she's back on the front desk on Monday!", kind: 'reply', context: 'Missed Jenna at reception last week, hope all is well' },
    { text: 'For anything about your own knee, please call us on (555) 201-4400 and we can book you in.', kind: 'reply', context: 'Is it bad if my knee clicks when I squat?' },
    // Thirtieth session (written fresh): "your" that owns no health term, in an answer to a question about anyone.
    { text: "No! The jab can't give you flu. Feeling achy or having a sore arm for a day is just your immune system getting to work.", kind: 'reply', context: 'Facebook comment — Amy Hart: Does the flu vaccine give you the flu?' },
    { text: 'Congrats to Jenna on finishing her Certificate IV in Practice Management! 🎓', kind: 'post', context: '' },
    { text: 'Hi Ewan — our physios use the Oswestry index for back pain at both sites.', kind: 'reply', context: 'Ewan: Does your physio team use any outcome measures?' },
    { text: 'Free bowel cancer screening kits are posted to everyone aged 50–74.', kind: 'post', context: '' },
    { text: 'A patient asked us this question: can teething cause a high fever? No, a high temperature needs checking.', kind: 'post', context: '' },
    // A question about a thing, after a label ('Comment on running post: …'), is answered for every reader.
    { text: 'You can! Tuck your toes under a heavy couch or use a band. Start small and build up over a few weeks.', kind: 'reply', context: 'Comment on running post: Can you do sit-ups without a partner?' },
    // A question that names nobody, answered for anyone who asks it (twenty-eighth session, written fresh).
    { text: 'Hi Dale, a normal resting heart rate for adults is 60–100 beats a minute. If you have a heart condition, your nurse will tell you your own range.', kind: 'reply', context: "Facebook comment on 'Know your numbers' — Dale Moss: what's a normal heart rate?" },
    { text: 'Hi Nora, a small glass of wine is about 1.5 units. The guideline is no more than 14 units a week.', kind: 'reply', context: 'Facebook comment — Nora Quinn: How many units are in a glass of wine?' },
    { text: "Hi Theo, no — there's no evidence they work. A few drops of olive oil usually soften ear wax.", kind: 'reply', context: 'Theo Marsh: Are ear candles safe?' },
    // A service offered, a verb, equipment, a figure of speech, what studies found (twenty-seventh session, written fresh).
    { text: "Hi Tomas — free chlamydia testing is available at Riverside, no appointment needed.", kind: "reply", context: "Tomas Berg: do you do STI tests?" },
    { text: "Free breakfast in the car park on Friday 🌟 Hemi and Aroha on the barbecue, and flu vaccines on the day for anyone who wants one.", kind: "post", context: "" },
    { text: "Sorry, we can't share that. She can add you as a contact by filling in a form at reception.", kind: "message", context: "Did my wife make it to her appointment today?" },
    { text: "Of course, Anya — the new clinic is fully wheelchair accessible.", kind: "reply", context: "Anya Ross: can my dad come to the open day? he uses a wheelchair" },
    { text: "There's a public defibrillator outside the pharmacy — call 999 and they'll talk you through it.", kind: "reply", context: "Where's the nearest defib in the village?" },
    { text: "Thanks Jess! Callum has had a grin on his face all week since reading this.", kind: "reply", context: "Jess Hart: Callum at reception always cheers me up" },
    { text: "Research showed that gentle movement helps a sprain heal better than rest, and that anti-inflammatories in the first days might slow healing.", kind: "reply", context: "Darren Foy: Why don't physios say RICE any more?" },
    { text: "We're sorry to read this, Rhona. We offer longer appointments, a stop signal and sedation options for nervous patients, and our manager would like to hear from you.", kind: "reply", context: "Rhona Fife: I'm terrified of the dentist and nobody seemed to care." },
    { text: "For adults, the usual maximum is 1,000mg four times a day (4,000mg in 24 hours).", kind: "reply", context: "Lena Ruiz: What's the most paracetamol an adult can take?" },
    // Twenty-sixth session: a belief quoted in a myth-buster is no one's own treatment; a sign that 'should always be treated
    // as an emergency' is said of anyone.
    { text: "MYTH: 'I've had the shingles vaccine so I can't get shingles.' FACT: it cuts the risk a lot, but no vaccine is perfect.", kind: 'post' },
    { text: 'Hi Karen, chest pain should always be treated as an emergency, so our receptionists direct anyone with it to 999.', kind: 'reply', context: 'Karen Doyle ★☆☆☆☆ My husband had chest pains and reception told me to ring 999!!' },
    // Twenty-sixth session: a word of a staff member's name is no walking aid.
    { text: 'Kia ora Rawiri — Dr Amos Walker is off on sabbatical from March and back in September 🌊', kind: 'reply', context: 'Rawiri Moke: Is Dr Walker leaving??', policy: { ...DEV_POLICY, allowNames: [...DEV_POLICY.allowNames, 'Dr Amos Walker', 'Dr Walker'] } },
    { text: 'From next month the surgery will also offer online appointments at noon.', kind: 'reply', context: "Can't get through at 8am!!" },
    { text: 'Thanks for reaching out. You can self-refer to NHS Talking Therapies online, or ring the surgery to book with a GP.', kind: 'reply', context: "I've been feeling low for months, don't know where to start" },
    { text: 'Falls are the most common reason older people come to A&E.' },
    { text: 'Back at the clinic after the bank holiday — lines are open from 8am.' },
    { text: 'Hi! Travel jabs are by appointment only so we can go through your trip first — call (555) 201-4400.', kind: 'message', context: 'Can I walk in for travel jabs?' },
    { text: 'Please ring us now — new floaters should always be checked the same day.', kind: 'message', context: "I've got new floaters in one eye" },
    { text: 'Jaundice in a newborn needs to be seen the same day, so please call the nurse line now.', kind: 'message', context: 'Is it normal for my newborn to look yellow?' },
    // Thirteenth session (blind22's false alarms; cases written fresh): a group's eligibility, a service's clinics, the practice as "a surgery".
    { text: 'Hi Bronwen, yes — pregnant women can get their whooping cough jab at the surgery from 16 weeks.', kind: 'reply', context: 'Can my daughter-in-law get the whooping cough jab there?' },
    { text: 'Hi Dermot, yes — ear syringing clinics run on Mondays. Book on 0161 496 0000.', kind: 'reply', context: 'Do you do ear syringing?' },
    { text: "Good luck Ffion! Find a surgery that'll let you shadow the practice nurses.", kind: 'reply', context: 'Any tips for a student nurse starting placements?' },
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
    { text: 'Antibiotics do not work on viruses like the common cold.', kind: 'reply', context: 'Why no antibiotics for my cold?' },
    { text: 'Please book with our team, and if you notice sudden hearing loss, go to urgent care today.', kind: 'reply', context: 'ears feel blocked' },
    { text: 'Call us and mention it is a changing mole so we can fit you in sooner.', kind: 'reply', context: 'How fast can I get a skin check?' },
    { text: 'So sorry for any confusion about the new booking system.', kind: 'reply', context: 'Your app is confusing' },
    { text: 'Tell us a bit about it and we will get you to the right person first time (GP, nurse, pharmacist or physio).', kind: 'reply', context: 'Why does reception ask what is wrong?' },
    { text: 'Grateful to the Princess of Wales for speaking so openly about her cancer treatment. If something changes, see your GP.' },
    { text: 'Delighted that Sam has passed his MSc in Sports Physiotherapy with distinction!' },
    { text: 'Some painkillers can interact with blood pressure medicines, so our pharmacists would rather check with you in person.', kind: 'reply', context: 'Is it ok to mix painkillers?' },
    { text: 'Fever in babies under 12 weeks old with a temperature of 38C or more: call your GP straight away.' },
    { text: 'A rash that does not fade when you press a glass on it is an emergency - call 999.', kind: 'reply', context: 'Can I send you a photo of a rash?' },
    { text: 'Facial swelling that reaches the eye is always a trip to the ED.', kind: 'reply', context: 'Tooth pain and swelling getting worse, what do I do' },
    { text: 'Chickenpox 101: spots scab over in about 5 days. Pregnant, have a newborn or a weak immune system? Call us.' },
    { text: 'Over 40 with a parent who has glaucoma? Your NHS eye test is free.', kind: 'reply', context: 'Do you do glaucoma checks?' },
    { text: 'Congratulations to Dr. Ana Ruiz on her award. Her work on postnatal depression screening has changed how we practise.' },
    { text: 'All children aged 2 and 3 can get the flu spray at our Saturday clinic.' },
    { text: 'Carousel: Does my kid need antibiotics? Ear infections: sometimes. Colds: no.' },
    { text: 'A good reminder for anyone who has recently had a baby: sudden shortness of breath needs 999.' },
    // Added in the seventh session (blind10 became a tuning set; cases written fresh).
    { text: 'You can also book blood tests online at any time, or walk in before 10am.', kind: 'reply', context: 'Can never get through to book a blood test' },
    { text: 'Yes he does! Root canals on front teeth are usually $900 to $1,200.', kind: 'message', context: 'Does Dr. Lee do root canals? How much?' },
    { text: 'Lip filler starts from $450 for 1ml, and Dr. Patel runs the clinic on Saturdays.', kind: 'message', context: 'How much is lip filler?' },
    { text: 'Babies can now be protected from RSV in two ways, including an antibody injection for the baby before their first winter.' },
    { text: 'This month every member of our team completed dementia awareness training.' },
    { text: 'Comedian Jo Farrow has talked openly about living with ADHD since she was a child.' },
    { text: 'Jo Farrow has done brilliant work getting everyone talking about the menopause, hot flushes and all.' },
    { text: "Composite case (details invented, not a real patient): 'Ravi', 60, keeps missing his diabetes review." },
    // Added in the seventh session (blind14 written and tuned on; cases written fresh).
    { text: 'Hi Osric, a self-pay MRI of one body area is £395, including the report.', kind: 'reply', context: 'How much is a private MRI?' },
    { text: "Hi Osric, we don't offer routine ear wax removal, but many pharmacies do.", kind: 'reply', context: 'Do you do ear wax removal?' },
    { text: 'Thanks for flagging the temperature, Osric: the heating in that corridor has been fixed.', kind: 'reply', context: 'Radiology waiting area was freezing' },
    { text: 'Hi Osric, the rheumatology advice line is open weekdays 9 to 12.', kind: 'reply', context: 'Is the rheumatology advice line still running?' },
    { text: 'We offer free home delivery of prescriptions, just call us with your details.', kind: 'reply', context: 'Any chance of a delivery this week?' },
    { text: 'The RSV vaccine is offered to everyone aged 75 to 79 and to anyone from 28 weeks pregnant.' },
    { text: 'All our inpatient bays are single-sex, Osric, and the outpatient toilets are checked hourly.', kind: 'reply', context: 'Why are there still mixed bays?' },
    { text: 'Declan Vane spoke on national radio this week about his year out with a knee injury.' },
    { text: 'Hi Odhran, yes, visiting is open today from 2pm.', kind: 'reply', context: 'Is Ward 6 visiting open today? Going to see my nan.' },
    { text: 'There is no single best one: the right emollient is whichever a child tolerates and the family will use.', kind: 'reply', context: "What's the best moisturiser for babies with eczema?" },
    { text: 'Yellowing in any newborn is worth a same-day call to the baby’s doctor.', kind: 'reply', context: 'Is it normal for a newborn to have yellow eyes? Ours is 4 days old.' },
    { text: "Tomas, most plans we accept cover PT with a yearly visit limit, and many don't need a referral.", kind: 'reply', context: 'Does insurance cover physical therapy?' },
    { text: "Hi Tomas! Not ours, but we'll put a note at the PT gym front desk in case someone recognizes him.", kind: 'reply', context: 'Found a ginger cat near your building, is he yours?' },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Congratulations to Dr Okafor, recognised for her work bringing counselling into schools.", kind: "post" },
    { text: "Our dermatology appointments line is (555) 201-4400, or see any dermatologist near you.", kind: "reply", context: "I have a mole that changed colour, is that bad?" },
    { text: "Dentists can honestly read the same X-rays differently, which is why second opinions exist.", kind: "reply", context: "Yelp review: one dentist said 3 fillings, another said none" },
    { text: "For anyone reading, our diabetes education group is open to anyone recently diagnosed.", kind: "reply", context: "Thanks to the Tuesday group my HbA1c is down!" },
    { text: "Hi Rhea, yes — our adult squint (strabismus) service takes GP referrals.", kind: "reply", context: "Does the eye hospital do squint surgery for adults?" },
    { text: "Teaching case, identifying details changed: a man in his 50s with chest pain had been told it was heartburn.", kind: "post" },
    { text: "To help an anxious child: practise the route, keep goodbyes short and calm.", kind: "post" },
    { text: "The nasal spray is quick and painless for most kids — book online.", kind: "reply", context: "Booked the twins in for their flu spray!" },
    { text: "Congratulations to Bethany on completing her local anaesthesia certification!", kind: "post" },
    { text: "Please use the refill button in the patient portal.", kind: "message", context: "can I get a refill of my inhaler?" },
    // Added in the ninth session (blind15 families; cases written fresh).
    { text: "Hi Sam! Yes, we do school physicals on Saturdays. Bring the form and any glasses or inhalers your child uses.", kind: "reply", context: "Facebook comment: do you do school physicals on weekends? my son needs one" },
    { text: "Remember to pack whatever medicines or allergy pens you carry when you travel this summer.", kind: "post" },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Thank you, Idris. For anyone who feels faint during blood tests: you can ask to lie down when you arrive.", kind: "reply", context: "Google review (5 stars) from Idris Bello: The phlebotomist was brilliant with my fainting." },
    { text: "Hi Tom, tennis elbow has lots of possible causes, so it's best assessed in person.", kind: "reply", context: "Comment from Tom Reyes: my elbow has hurt for weeks, is it tennis elbow?" },
    { text: "Studies of thousands of children have shown no link between the MMR and autism.", kind: "reply", context: "@kayla_m: my son got autism from the MMR jab" },
    { text: "Thank you! Our whole team works hard to help anxious patients feel at ease.", kind: "reply", context: "Yelp review: I'm an anxious patient and they were so kind" },
    { text: "Hi Dee, sick notes for the first week are self-certified, so there is no fee.", kind: "reply", context: "Google review (2 stars) from Dee: Charged for a sick note??" },
    { text: "The chart in our post is a general guide. If a child is limp or struggling to breathe, call 000 straight away.", kind: "reply", context: "My toddler is 14 kg with a fever, how much paracetamol?" },
    { text: "Travellers: some vaccines need two doses, so book 6-8 weeks before you fly.", kind: "reply", context: "Yelp review from Raj: quick travel clinic visit" },
    { text: "Our head lice explainer is pinned at the top of the page, and the pharmacy team can talk you through the options.", kind: "reply", context: "My son has head lice AGAIN, help" },
    { text: "Hay fever is really common at this time of year, and our pharmacists can help you choose what suits.", kind: "reply", context: "My hay fever is awful this week" },
    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "Great question! Despite the name, hay fever doesn't cause a temperature over 101°F. A high temperature is more likely an infection.", kind: "post" },
    { text: "Please call your midwife or the labor & delivery unit now, and if you can't reach anyone, go in.", kind: "reply", context: "@kay_b: baby hasn't moved much today, 34 weeks" },
    { text: "Love to see it! The whooping cough jab in every pregnancy protects newborns.", kind: "reply", context: "Comment from Ivette: Dr. Nwosu gave me my whooping cough jab at 28 weeks!" },
    { text: "Hi Carmen, we can't assess rashes over Messenger, so please call our nurse line now.", kind: "message", context: "Messenger from Carmen: my daughter has a rash after starting amoxicillin" },
    { text: "Kyle, thank you. Our pharmacist now goes through discharge medications with every patient before they leave.", kind: "reply", context: "Facebook review (3 stars) from Kyle: nobody told me what my discharge meds were for" },
    { text: "Our policy is not to treat anyone who is pregnant or breastfeeding.", kind: "reply", context: "Is Botox safe while breastfeeding?" },
    { text: "Thanks, Trev. Sedation scheduling is tight right now, so we're adding a second sedation day in January.", kind: "reply", context: "Facebook review (3 stars) from Trev: good with kids but a 3 month wait for sedation" },
    { text: "Wyatt, A&E charges include the facility fee, labs and imaging, not just medicines.", kind: "reply", context: "Google review (1 star) from Wyatt: charged a fortune for a visit where they gave me paracetamol" },
    { text: "Hi Jo, refill requests go through our patient portal so we can check who is asking.", kind: "message", context: "Messenger from Jo: can you send a refill of my inhaler to the chemist?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Thank you Kerry! Quick reminder to everyone: check your breasts every month and tell your GP about any change.", kind: "reply", context: "The breast clinic team were so kind" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Good question! You can ask your GP about a referral for an adult autism assessment, and the waiting list varies by area.", kind: "reply", context: "how do adults get assessed for autism?" },
    { text: "You'll need a referral from your oncologist or family doctor, then the rehab team will call.", kind: "reply", context: "how do I join the cancer rehab classes?" },
    { text: "If it's really painful, head to your nearest eye casualty tonight.", kind: "reply", context: "got something in my eye, who do I call?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Thanks Joan. All our reception staff do autism-aware training every spring.", kind: "reply", context: "They were so patient with my son who has autism" },
    { text: "We can't comment on anybody's diagnosis online, Priya, but we'd be glad to talk on the phone.", kind: "reply", context: "Why did nobody tell me about the diabetes?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Hope the phones are back to working properly and feeling less busy for the team!", kind: "reply", context: "Couldn't get through all morning" },
    // Added in the tenth session (a question about a group is answered for everyone; cases written fresh).
    { text: "Totally normal! Let them hold the brush and copy you brushing your teeth.", kind: "reply", context: "Any tips for toddlers who hate brushing?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "I had a long chat with our pharmacist about statins this week, and here's what every patient should know.", kind: "post" },
    { text: "\"What if I'm on a blood thinner?\" Call us a week before your procedure so we can plan.", kind: "post" },
    // Added in the tenth session (families from blind18, a tuning set; cases written fresh).
    { text: "Olympic rower Tamsin Okoro-Blake spoke on breakfast TV about her long recovery from a stress fracture. Worth a watch for any athlete.", kind: "post" },
    // Added in the tenth session (a reply that turns to a group with a label and a colon; cases written fresh).
    { text: "Thanks Amir! Travellers: we recommend booking a travel clinic 6 weeks before you fly, since some vaccines need two doses.", kind: "reply", context: "Got my travel jabs here, quick and easy" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Thanks Lena! Clinics get busy in flu season, so you can check our wait times online.", kind: "reply", context: "Waited ages today" },
    { text: "Hi Omar, any cough lasting over three weeks is worth a check with a doctor.", kind: "reply", context: "How long is too long for a cough?" },
    { text: "Good question, Priya - some antihistamines cause drowsiness, so check the label.", kind: "reply", context: "Do allergy tablets make you sleepy?" },
    { text: "Thanks Jon. Our nurses care about every person who contacts us, and we're glad you wrote.", kind: "reply", context: "Reception were lovely" },
    { text: "@tess_b Removal is covered when it's medically needed (e.g. a bleeding lesion); cosmetic removal isn't.", kind: "reply", context: "does insurance cover skin tag removal?" },
    { text: "Thanks Dev! The whitening offer runs until Friday for anyone interested.", kind: "reply", context: "Got mine done last week, love it" },
    { text: "Hi Kamal. For a child with a high fever who is drowsy or floppy, going to the ED is always the right call.", kind: "reply", context: "No appointments for 3 days while my son had a fever" },
    { text: "Done! Hay fever post is up, used the Asthma UK link you sent.", kind: "message", context: "can you post the hay fever one today?" },
    { text: "Done! The post is up, with the Asthma Australia link you sent.", kind: "message", context: "Facebook Messenger — staff — Sophie Tran: \"can you post the hay fever one today?\"" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "If your son's symptoms change overnight, please call 111.", kind: "reply", context: "Can't get an appointment until Monday" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Hi Kirra! Acidic drops can help prevent swimmer's ear after every swim.", kind: "reply", context: "Are the over the counter ear drops any good?" },
    { text: "Great question, Sam. Stress usually eases when the situation passes; anxiety tends to linger. Your GP is a good start.", kind: "reply", context: "How do I know if what I'm feeling is anxiety or just stress?" },
    { text: "@tiny_toes_mum Yes, a mild fever in the day or two after vaccines is common and usually settles.", kind: "reply", context: "@Clinic is it normal for a baby to have a fever after vaccines?" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Jenna caught the early ferry, so the phones open at 8 today.", kind: "post" },
    { text: "Our nurse Jenna got a thank-you card from the school's reception class!", kind: "post" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Hi Ayesha! Current evidence suggests up to 200 mg of caffeine a day isn't linked to lower fertility.", kind: "reply", context: "Does caffeine affect fertility?" },
    { text: "Typically about six weeks from starting medication to the pregnancy test, though it varies.", kind: "reply", context: "Comment on our IVF post — Ayesha: \"How long does one IVF cycle take start to finish?\"" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'So sorry for your loss. You can give in memory online or by cheque to Harbor Point Hospice.', kind: 'reply', context: 'How can I donate in memory of Dad?' },
    { text: 'Hospital waiting times are set by the health board rather than the surgery, but we can chase it for you.', kind: 'reply', context: 'Three weeks and still no date for my referral.' },
    { text: "Please go to the ER or call 911 for chest pain, and don't drive yourself.", kind: 'reply', context: 'Facebook comment — Ray S.: "Is urgent care or the ER better for chest pain?"' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: "Having had shingles doesn't stop someone getting the vaccine later; the nurse can advise on timing.", kind: 'reply', context: 'My mum had shingles last year, can she have the jab?' },
    { text: 'Pregnancy changes which hay fever medicines are suitable, so please ask a pharmacist first.', kind: 'reply', context: "I have hay fever and I'm 28 weeks pregnant, what can I take?" },
    { text: 'The WHO defines anaemia in pregnancy as a haemoglobin of 110 to 119; your midwife can explain what a result means.', kind: 'reply', context: 'My haemoglobin was 112, am I anaemic?' },
    { text: 'Braxton Hicks tend to be irregular and ease when you rest; call triage if you are unsure.', kind: 'reply', context: 'How do I tell practice contractions from the real thing?' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Good question for your GP or midwife, who can check your vaccination history and advise on timing.', kind: 'reply', context: "Can I still get the flu jab if I'm pregnant?" },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: "@harbourtownjo Most adults need a check every two years, sooner if you're over 60, diabetic or have a family history of glaucoma.", site: 'x', kind: 'reply', context: '@harbourtownjo: "How often should I get my eyes tested?"' },
    { text: 'A hamstring strain like the ones we see every spring usually settles in three to six weeks.', kind: 'post' },
    // Added in the fourteenth session (families from blind20–23 and the dev set, tuning sets; cases written fresh).
    { text: 'Making it through the first trimester can be exhausting: small meals, rest and fluids help most people.', kind: 'post' },
    { text: 'Congratulations to everyone who finished our new-parent course this week! 👶', kind: 'post' },
    { text: 'Flu tips: rest, fluids and paracetamol if you are achy. Feel better soon, everyone!', kind: 'post' },
    { text: 'Our healing garden is open to visitors every afternoon. Come and sit with us 🌿', kind: 'post' },
    { text: 'Please call the pharmacy and have your date of birth handy 😊', kind: 'reply', context: 'Is my prescription ready?' },
    { text: 'Our birth centre tours run every Saturday. Bring your birth partner along!', kind: 'post' },
    // Added in the fifteenth session (cases written fresh).
    { text: '¡Que se mejoren pronto todos! La vacuna de la gripe ya está disponible.', kind: 'post' },
    { text: 'Mejor llamar antes de venir.', kind: 'reply', context: '¿Puedo ir sin cita?' },
    { text: 'You can see us again from Monday at the new site.', kind: 'reply', context: 'Are you open again?' },
    { text: 'Good news: you can read the new leaflet online.', kind: 'reply', context: 'Is there a leaflet?' },
    { text: 'Congratulations on your new role, Dr. Ahmed!', kind: 'reply', context: 'Excited to start at the practice' },
    { text: 'Recovery times vary: most people are back at work within two weeks.', kind: 'post' },
    { text: 'Children over 6 months can have paracetamol, 2.5ml for ages 6 to 24 months.', kind: 'reply', context: 'What dose of Calpol can I give?' },
    { text: "Imagine a 45-year-old who ignores chest pain because he thinks he's too young. Don't be that person: call 999.", kind: 'post' },
    { text: "A typical case: a teenager with acne who has tried every cream. Here's what actually works.", kind: 'post' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "They're doing great things at the food bank, go say hi!", kind: 'reply', context: 'Who runs the charity stall outside?' },
    { text: "She's doing great at school now, thanks for asking!", kind: 'reply', context: 'How is your daughter settling in at the new school, Kerry?' },
    // Added in the sixteenth session (other languages and staff's own treatment; cases written fresh).
    { text: 'I was treated for nothing worse than nerves before my first marathon!', kind: 'post' },
    // Added in the seventeenth session (a condition named in advice on their own case, a treatment in a reply tying them to care, new terms; cases written fresh).
    { text: 'Hi Mira, blood results go to whoever requested them, usually a GP, within a few days.', kind: 'reply', context: 'Where do my blood results go?' },
    { text: 'Yes! We offer implants and bridges at all our clinics — book a consult online.', kind: 'reply', context: 'Do you do implants?' },
    { text: 'Meal prep Sundays are a great way to eat well all week.', kind: 'post' },
    { text: 'Jaundice is common in newborns and usually fades within two weeks.', kind: 'post' },
    // Added in the eighteenth session (the infant antibody, no infant; cases written fresh).
    { text: 'Yes. The infant RSV antibody has been given to millions of babies with a very good safety record.', kind: 'reply', context: 'Are the new RSV shots safe?' },
    // Added in the eighteenth session (get-well wishes to everyone; cases written fresh).
    { text: 'Get well soon to everyone fighting the flu this week!', kind: 'post', context: '' },
    // Added in the eighteenth session (someone in hospital; cases written fresh).
    { text: "We're in the hospital's new wing from Monday — follow the signs!", kind: 'post', context: '' },
    { text: 'If someone is in hospital, visiting is 2pm to 8pm.', kind: 'reply', context: 'When can I visit?' },
    // Added in the eighteenth session (get-well wishes in Dutch, Arabic and Vietnamese; an all-clear; cases written fresh).
    { text: 'Succes met de verbouwing van de kliniek!', kind: 'post', context: '' },
    { text: 'All clear: the car park is open again after the storm.', kind: 'post', context: '' },
    // Added in the eighteenth session (office courtesy; cases written fresh).
    { text: 'We totally understand the confusion! Our midwife line can talk it through.', kind: 'reply', context: 'Is ibuprofen safe in pregnancy? Google says different things' },
    // Added in the nineteenth session (more ways to say glad to hear; cases written fresh).
    { text: 'Fab to hear the clinic refurb is finished!', kind: 'post', context: '' },
    // Added in the nineteenth session (a staff member off after treatment; cases written fresh).
    { text: 'Dr. Varma is off for two weeks with her family in Portugal. Dr. Lee is covering.', kind: 'post', context: '' },
    // Added in the nineteenth session (feeling like themselves again; cases written fresh).
    { text: 'Glad the sun is out and the town feels like itself again after the storm!', kind: 'post', context: '' },
    // Added in the nineteenth session (general answers to a handle; cases written fresh).
    { text: '@curiouscat_22 Generally, people with strep stop being contagious 12 to 24 hours after starting antibiotics.', kind: 'reply', context: 'how long does strep stay contagious?' },
    { text: '@gamer_grl The evidence for blue-light glasses reducing eye strain is weak.', kind: 'reply', context: 'are blue-light glasses worth it?' },
    // Added in the nineteenth session (general answers that send them to their own adviser, the surgery as the practice; cases written fresh).
    { text: 'Ibuprofen is generally considered compatible with breastfeeding at usual doses, but please check with your pharmacist.', kind: 'reply', context: 'Can I take ibuprofen while breastfeeding?' },
    { text: 'Fit notes need to be requested through the surgery, ring us or use the NHS App.', kind: 'reply', context: 'Can I get a sick note emailed?' },
    // Added in the twentieth session (sleeping tablets, heart tablets and water pills as medicines; cases written fresh).
    { text: 'Sleeping tablets are only a short-term fix for most people; our sleep clinic can help.', kind: 'post', context: '' },
    { text: 'Bring all your heart tablets and water pills in a bag to any medication review.', kind: 'post', context: '' },
    // Added in the twenty-first session (a staff member's or the writer's own operation or time off for illness; cases written fresh).
    { text: "Dr Lee explains why some kids get their tonsils out and others don't.", kind: 'post' },
    { text: "I'm back in clinic on Monday after a lovely holiday in Fiji!", kind: 'post' },
    { text: 'I took two weeks off to walk the Camino — back on Monday!', kind: 'post' },
    { text: 'Nurse Kim had her hair done for the awards night!', kind: 'post' },
    // Added in the twenty-first session (a course of treatment is care, not training; smoke-free for a year; a staff member on a daily medicine or who had a lesion removed; cases written fresh).
    { text: 'Congratulations to Dr Lee on completing her advanced CPR course!', kind: 'post' },
    { text: 'Staying smoke-free for a whole year halves your risk of heart disease.', kind: 'post' },
    { text: 'Dr Patel is on the flu vaccine team this week.', kind: 'post' },
    { text: 'Our pulmonary rehab course starts again in March — ask your GP for a referral.', kind: 'post' },
    // Added in the twenty-first session ('Can you catch the flu from the flu jab?' asks about anyone; cases written fresh).
    { text: 'No – the injected vaccine contains no live virus, so it can\'t give you flu. Some people get a sore arm for a day.', kind: 'reply', context: 'Ana Rua: Can you catch the flu from the flu jab?' },
    { text: 'No, the nasal vaccine cannot give you flu, though a runny nose for a day is common.', kind: 'reply', context: 'Tom Hale: Does the nasal spray vaccine give you flu?' },
    // Added in the twenty-first session (back on the monkey bars soon, feeling less grim: recovery wished for after the injury the comment tells of; cases written fresh).
    { text: "Hope you're back at parkrun soon!", kind: 'reply', context: 'Missed running with the team this week.' },
    { text: "Hope you're back at the fun run next year!", kind: 'reply', context: 'Great fun run, well done team' },
    // Added in the twenty-first session ('so happy you had a calm birth'; cases written fresh).
    { text: 'Every family deserves a calm birth — our midwife-led unit opens in May.', kind: 'post' },
    { text: 'If you had a difficult birth, our debrief clinic is here for you.', kind: 'post' },
    // Added in the twenty-second session ('hope the arm isn't too sore'; a brand of medicine that is a greeted first name; a middle initial in a public figure's name; cases written fresh).
    { text: 'Thank you Yasmin! Our next talk is at the library on Friday.', kind: 'reply', context: 'Yasmin Isaacs: Dr. Lee gave a great talk on diabetes.' },
    { text: 'When Michael J. Fox speaks about Parkinson\'s, people listen. Public figures who share their stories help us all.', kind: 'post' },
    { text: "Hope the weather isn't too cold for the fun run!", kind: 'reply', context: 'Signed up for the fun run!' },
    // Added in the twenty-second session ('she's out of ICU'; 'walking to the shops without the frame'; 'you're pregnant' in a myth-busting post; cases written fresh).
    { text: "MYTH: You can't have a whooping cough jab when you're pregnant. FACT: it's recommended from 16 weeks.", kind: 'post' },
    { text: 'Our new car park is out of action until Monday.', kind: 'post' },
    // Added in the twenty-second session ('Mum and baby are both doing well' after one birth; 'despite her dodgy knee'; cases written fresh).
    { text: 'Our mum and baby group meets every Tuesday at 10 in the community room.', kind: 'post' },
    { text: 'Bad knees? Our physios run a free knee class every Thursday.', kind: 'post' },
    // Added in the twenty-second session (a symptom named bare in a condition: 'If low mood is affecting your daily life'; cases written fresh).
    { text: "It could be. If low mood is getting in the way of your day, please call our team.", kind: 'reply', context: 'Is the winter why I feel so flat? 😩' },
    // twenty-third session
    { text: 'So common to worry about this. Our post on early dementia signs may help, and her GP is the right person to ask.', kind: 'reply', context: "I'm worried about my nan's memory lately" },
    // twenty-third session
    { text: 'Glad it healed the rift between the two teams, what a match!', kind: 'reply', context: 'Great charity match on Sunday' },
    // twenty-third session (fourth round)
    { text: 'Thanks for asking! We cannot assess anyone\'s knees over Facebook, but our physios can help on 555 201 4400.', kind: 'reply', context: 'My knee clicks when I run, ideas?' },
    { text: 'Ouch! We cannot diagnose or advise on injuries online, please book with a physio so we can assess you.', kind: 'reply', context: 'Just tore my calf at netball. Ice or heat?' },
    { text: 'Please ask your GP before using any cream on a newborn. Our eczema post has general tips on moisturising.', kind: 'reply', context: 'Any tips for dry skin on a newborn?' },
    { text: 'So glad you are doing well! See you at the fun run.', kind: 'reply', context: 'Great to see your stall at the market' },
    // Their recovery, said to them: hope they are fully recovered, glad they are home and on the mend; in French, Welsh and Afrikaans (not a hope that they enjoy their holiday).
    { text: "Hope you're fully booked in for the holidays, Tam! Enjoy the break.", kind: 'reply', context: 'Tam Wilson: Off to Skye next week!' },
    { text: "So glad you're home in time for Christmas, Gareth!", kind: 'reply', context: 'Gareth Lloyd: Flying back from Perth tonight 😀' },
    // Their condition, found in time: 'so glad the polyps were caught early' (not a general 'caught early, it can be treated').
    { text: 'Caught early, most skin cancers can be treated — check your skin every month.', kind: 'reply', context: 'Is it worth getting moles checked?' },
    // Sympathy on the way to a redirect ('Sorry he's unwell! We can't advise over Messenger — please call…') names nothing of their health; unwell since a named change, or a hope they feel better, still does.
    { text: "Sorry he's unwell! We can't advise over Messenger — please call our nurse line on (555) 201-4400, or 911 if he's struggling to breathe.", kind: 'message', context: 'My son has a temperature, what should I give him?' },
    { text: "Hi, sorry you're feeling rough. We can't give medical advice here, but please ring the surgery at 8 for a same-day slot.", kind: 'message', context: "I've had a headache for three days, what can I take?" },
    // What a service takes and needs, said to anyone who asks: 'we accept MaineCare for eye exams and hearing tests', 'no referral needed for physio'; an anonymous definition's 'a child's airway' in a post.
    { text: 'Hi Marc, yes, we accept MaineCare for eye exams and hearing tests.', kind: 'reply', context: 'Marc Levesque: Do you take MaineCare?' },
    { text: "G'day Rhett, no referral needed for physio. Book online anytime.", kind: 'reply', context: 'Rhett Bailey: Do you need a referral?' },
    { text: "What is croup? A viral infection that makes a child's airway swell, causing a barking cough. Most cases are mild.", kind: 'post', context: 'Wrenhaven Iqaluit' },
    // Twenty-sixth session: births of any baby, a long career's deliveries, and "your next appointment" (no test named) stay quiet.
    { text: 'Babies born before 37 weeks often need extra help with feeding at first.', kind: 'post' },
    { text: "After 28 years Dr Imrie retires on Friday. She's delivered babies, set bones and told terrible jokes — come for cake at 3!", kind: 'post' },
    { text: "Thanks Dana, we'll see you at your next appointment in spring!", kind: 'reply', context: 'Dana Whitlow ★★★★★ lovely staff' },
    // Whoever misses their jab, in a post (twenty-ninth session).
    { text: 'And if you miss your jab and then come down with flu, ask a pharmacist about antivirals within 48 hours.', kind: 'post' },
    // Added in the thirty-fourth session (warning signs before a short emergency number 'straight away'; a vaccine recommended for areas; 'the fever' of an illness asked about in general; 'back on the pitch' to a sponsor)
    { text: "If he's floppy or has a rash that doesn't fade under a glass, call 811 straight away.", kind: "reply", context: "My son has had a fever of 39 since yesterday" },
    { text: "Depends how long you're going, yellow fever is recommended for many areas. Book a travel consult and we'll go through it.", kind: "message", context: "what vaccines do I need for Brazil?" },
    { text: "Severe belly pain and bleeding gums, especially when the fever drops, mean A&E straight away.", kind: "reply", context: "What are the warning signs that dengue is getting serious?" },
    { text: "Hope you're back on the pitch soon, go well this season!", kind: "reply", context: "Our club is sponsoring your fun run on Saturday, see you there!" },
    // Added in the thirty-fifth session ('a health worker' is not a patient)
    { text: "See a health worker if the skin round the cord turns red, swollen or smelly.", kind: "post", context: "" },
    // Added in the thirty-fifth session ('9 had raised blood pressure' is a count of people; the name set off before a dash is who is answered, in a general answer)
    { text: "We can't share anyone's results. Your summary: 40 staff screened; 9 had raised blood pressure and were advised to see their own doctor.", kind: "message", context: "Can you send me the results of our staff screening day?" },
    { text: "Not really, Sean — alcohol gel doesn't kill norovirus well, so soap and water is best.", kind: "reply", context: "Comment on norovirus post — Sean Gallagher: Does hand sanitiser work against it?" },
    // Added in the thirty-sixth session (a stage said of any baby in a post; 'a sign that a baby…' is any baby; being back at school after a school fair).
    { text: 'A fever at 2 months always needs checking the same day.', kind: 'post', context: '' },
    { text: 'Reduced movements can be an early sign that a baby is unwell, so call your maternity unit straight away.', kind: 'post', context: '' },
    { text: 'Hope she\'s back at school soon!', kind: 'reply', context: 'Thanks for sponsoring the school fair' },
    // Added in the thirty-sixth session (a made-up teaching case).
    { text: 'Using a composite case: a farmer in his 60s with hypothermia after a night outdoors. What would you do?', kind: 'post', site: 'linkedin' },
    // Added in the thirty-sixth session (what a belief says something causes; 'depends on the infection').
    { text: 'Sore throats come from infections, not cold drinks, and a cold drink can even soothe a sore throat.', kind: 'reply', context: 'My gran always said ice cream causes sore throat!' },
    { text: 'How long to take them depends on the infection. Follow what your doctor or pharmacist told you.', kind: 'reply', context: 'Do I always have to finish antibiotics?' },
    // Added in the thirty-seventh session (a staff member who undergoes treatment, passed out from heat exhaustion, whose hernia repair went well, or ran on the ankle he had reconstructed; the care a clinician gives is no operation of theirs).
    { text: "Dr. Lee's knee replacement patients are usually walking the same day.", kind: "post" },
    // Added in the thirty-seventh session (a described player recovering at the clinic; a sport's role said of everyone).
    { text: "Every quarterback should know the signs of concussion.", kind: "post" },
    // Added in the thirty-seventh session (a therapy pup).
    { text: "Biscuit says woof! He's our therapy pup on Tuesdays.", kind: "reply", context: "Love seeing Biscuit at the physio clinic!" },
    // Added in the thirty-seventh session (one birth told ('delivered a baby girl', 'Baby Ava was delivered by…'), not a career's total; occupational lung disease by name).
    { text: "Congratulations to Carlos on 25 years with us — he has delivered hundreds of babies in this town!", kind: "post" },
    { text: "Our flu team delivered 1,200 vaccines this season. Thank you, everyone!", kind: "post" },
    // Added in the thirty-eighth session (blind59's misses: a person from a named place or 'one of our <trade>s' with an injury or condition; the writer's own screening or crutches).
    { text: "Hearing loss is common in welders and steelworkers, so wear your earmuffs.", kind: "post" },
    { text: "Polyps found early are easy to remove, so do the free kit when it arrives.", kind: "post" },
    { text: "I'll be on vaccine duty at the Saturday clinic, come and say hi!", kind: "post" },
    { text: "Crushed fingers in car doors are common in toddlers: always check little hands before you shut the door.", kind: "post" },
    // Added in the thirty-eighth session (education that describes whoever it fits: 'a sleepy or unsettled baby' in a list of challenges, 'any blistered burn' on a child, 'until they're 6 months old').
    { text: "Early feeding challenges include sore nipples, worries about supply and a sleepy or unsettled baby. Our midwives help with all of these.", kind: "post" },
    { text: "See a GP for any burn bigger than a coin on a child, any burn to the face or hands, or any blistered burn.", kind: "post" },
    { text: "Whooping cough can be deadly for newborns, and babies can't be fully protected until they're 6 months old.", kind: "post" },
    // Added in the thirty-ninth session (a participle after a determiner, a preposition or 'be' describes; it tells of no event).
    { text: "Call our nurse line any time: a registered nurse will help you decide if a fever needs a visit.", kind: "post" },
    { text: "A baby with an infected-looking rash should be seen by a GP.", kind: "post" },
    // Added in the thirty-ninth session (a pronoun for the staff member the comment names, in the reply's first sentence, with maternity leave).
    { text: "That's one for your HR team — she or he will know your rights on maternity leave far better than we do.", kind: "reply", context: "Does my employer have to give me maternity leave?" },
    // Added in the thirty-ninth session (a later sentence of a post that turns to someone by name speaks to them: 'Joan, we're so glad your shoulder…').
    { text: "Flu clinics start Monday. Gemma, we couldn't run them without you and the front desk team!", kind: "post" },
    // Added in the thirty-ninth session (telling a clinician how the person is: 'we'll let Diego know you're feeling better').
    { text: "Please let your GP know if you're feeling worse after the first week.", kind: "reply", context: "Started the new inhaler yesterday" },
    { text: "We'll let the team know you enjoyed the open day!", kind: "reply", context: "Great open day, the kids loved the bouncy castle" },
    // Added in the thirty-ninth session (INR, an INR check, FBC: tests).
    { text: "Our nurses run INR clinics every Tuesday morning at both sites — no appointment needed.", kind: "post" },
    // Added in the thirty-ninth session (a reply's general sentence about every or any case does not repeat the commenter's condition as theirs; 'our partner schools' is no relative).
    { text: "We're very sorry to hear this. Every concern during pregnancy deserves to be taken seriously. Our practice manager would like to speak with you.", kind: "reply", context: "The OB was dismissive about my pain during pregnancy." },
    { text: "Yes — sealant rates at our partner schools went from 31% to 64% in two years.", kind: "reply", context: "Has the school program made any difference?" },
    // Added in the thirty-ninth session ('hadn't slept', 'couldn't sleep': a told sleeplessness; a clinician who 'sat with' someone).
    { text: "Can't sleep? Keep the same wake-up time every day and cut caffeine after 2pm.", kind: "post" },
    // Added in the thirty-ninth session (a staff member's birth told as 'welcomed a baby boy', 'had a little girl').
    { text: "Free postnatal checks for anyone who has had a baby in the last 12 months.", kind: "post" },
    // Added in the thirty-ninth session (a small counted group told of something that happened is identifiable).
    { text: "The 3 nurses who run our diabetes clinic will be at the health fair on Saturday with free blood pressure checks.", kind: "post" },
    // Added in the fortieth session (a commenter's condition named as the practice's service or as something many people have).
    { text: "Thanks so much for the kind words! COPD rehab is something our Taupo team is really proud of, and we're happy to chat with families about how it works.", context: "After my husband's COPD flare-up the rehab nurses were brilliant.", kind: "reply" },
    { text: "Lyme disease catches plenty of hikers by surprise! It's spread by tick bites, and our page has a guide to checking for ticks after a walk.", context: "Never thought I'd get Lyme disease from a picnic. Now I have it.", kind: "reply" },
    { text: "Shingles surprises so many adults in their fifties. The vaccine is free at 65 and our nurses can tell you more on 0800 555 010.", context: "Shingles at 52?! I thought it was an old people thing.", kind: "reply" },
    // Added in the fortieth session (chlorphenamine, the UK name of chlorpheniramine; sputum and clotting tests; early labour).
    { text: "Early labour can start with backache and tightenings that come and go. Our maternity line is open 24/7.", kind: "post" },
    // Added in the fortieth session (an outbreak or surge of a disease, a talk on it, a one-digit campaign name).
    { text: "We're sorry about the wait. Because of the measles outbreak our Tuesday clinic has been much busier than usual, so we've added an extra nurse.", context: "Waited 2 hours with my son, terrible service.", kind: "reply" },
    { text: "Of course! The asthma & exercise talk is open to everyone, Thursday 6pm at the library, free.", context: "Can I bring my daughter to this?", kind: "reply" },
    { text: "3M for a healthy heart: Move daily, Munch wisely, Monitor your blood pressure.", kind: "post" },
  ],
  invalid: [
    // Thirty-third session (written fresh): a staff member's own travel disease;
    { text: 'A cautionary travel tale from our own team: Dr. Lee caught dengue fever in Fiji last year and spent four days in hospital.', kind: 'post', span: 'dengue fever' },
    // a pharmacy's customer, told as one case;
    { text: 'Pharmacists catch things! Yesterday our pharmacist spotted that a customer on warfarin had been handed an antibiotic that raises bleeding risk.', kind: 'post', span: 'warfarin' },
    // a case told with "whose … our team set" names what that person had;
    // a drug named as theirs ("your levothyroxine") is theirs whoever the sentence says gives it.
    { text: "Pharmacists can give a few days' emergency supply of your levothyroxine, so pop into any pharmacy.", kind: 'reply', context: 'ran out of my thyroid tablets and the surgery is shut till Monday', span: 'levothyroxine' },
    // … and a drug the reply will not renew, to someone who says their own meds were not, is what those meds are.
    { text: "Sorry for the frustration. For safety we can't refill zopiclone without a review, but Dr. Lee has space on Thursday.", kind: 'reply', context: "pharmacy wouldn't refill my sleeping pills without a doctor's appt, ridiculous", span: 'zopiclone' },
    { text: 'Proud of the little footballer whose broken wrist our urgent care team set on Saturday. Back on the pitch next month!', kind: 'post', span: 'broken wrist' },
    // Thirty-second session (written fresh): "Feel better, <name>!" as a wish; a joint back in place.
    { text: 'Feel better, buddy! 🧡', kind: 'reply', context: '@clinic thanks for the quick strep test for my son today', span: 'Feel better' },
    { text: "@jules_k glad the knee's back where it belongs! 💪", site: 'x', kind: 'reply', context: '@clinic thanks for popping my kneecap back yesterday!!', span: "knee's back where it belongs" },
    { text: 'So happy to welcome Dr. Lee back after her maternity leave! She is in clinic Mondays and Fridays.', kind: 'post', span: 'back after her maternity leave' },
    // Thirty-first session (written fresh): a case the practice tells of in a post, and what that person had.
    { text: 'Stay safe on the trails! On Saturday our urgent care treated two cyclists for heat exhaustion.', kind: 'post', span: 'heat exhaustion' },
    { text: 'Congratulations! We hope you and baby are both doing wonderfully.', kind: 'reply', context: 'The midwives were amazing through my labour', span: 'you and baby are both doing wonderfully' },
    // Thirty-first session (written fresh): someone the comment brought in, by name, getting better; what they can do again.
    { text: "We're so glad Priya is feeling better since the new inhaler 💙", kind: 'reply', context: "Dr Lee finally sorted out my daughter's asthma", span: 'Priya is feeling better' },
    { text: 'Brilliant! So glad Arthur can hear the birds now 🐦', kind: 'reply', context: 'My dad finally got hearing aids here, should have done it years ago', span: 'Arthur can hear the birds now' },
    { text: "Hope she's enjoying running again!", kind: 'reply', context: 'Carlos got my wife back on her feet after her knee op', span: "she's enjoying running again" },
    { text: "Glad the shoulder's feeling looser!", kind: 'reply', context: 'Could barely lift my arm on Monday, three sessions later it moves', span: "shoulder's feeling looser" },
    // Thirtieth session (written fresh): the same answer with "your sore arm" is about the asker's own arm.
    { text: "Your sore arm should settle in a day or two, it's your immune system getting to work.", kind: 'reply', context: 'Does the flu vaccine give you the flu? My arm is killing me', span: 'sore', within: true },
    { text: 'Probably the young dad in Taos whose sepsis we nearly missed last winter.', kind: 'reply', context: 'Grant: Which case taught you the most?', span: 'sepsis' },
    { text: 'Our own Nurse Kim is celebrating five years free of bowel cancer 🎉', kind: 'post', context: '', span: 'bowel cancer' },
    // The same question, answered with a state the reply gives the asker (twenty-eighth session, written fresh).
    { text: "Hi Jo! Yes, keep it to one coffee a day since you're pregnant.", kind: 'reply', context: 'Jo Park: Does coffee affect pregnancy?', span: 'pregnant' },
    // A staff member expecting; one birth, by the midwives, on a day (twenty-seventh session, written fresh).
    { text: 'Congratulations to Dr. Lee, who is expecting his first baby in March! 🍼', kind: 'post', context: '', span: 'who is expecting his first baby' },
    { text: 'Welcome, baby number three for the Ngata family, safely delivered by our midwives on Friday night! 💙', kind: 'post', context: '', span: 'safely delivered by our midwives on' },
    { text: "So sorry to hear about your mum's falls, Bev.", kind: 'reply', context: 'Mum has fallen twice this month', span: "your mum's falls" },
    { text: 'Back at work after hip surgery and six weeks off.', span: 'surgery' },
    { text: 'Your floaters need to be checked today, Jan.', kind: 'message', context: "I've got new floaters in one eye", span: 'floaters' },
    { text: "Hi Siobhan, his surgery's scar is healing nicely.", kind: 'reply', context: 'How is Dad doing?', span: "surgery's" },
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
    { text: 'We are sorry about the headaches. Please pop back in so we can check the lenses.', kind: 'reply', context: 'My new glasses give me headaches', span: 'headaches' },
    { text: 'So glad they are both breathing easier now!', kind: 'reply', context: 'Thanks for seeing the twins with croup', span: 'breathing easier', within: true },
    { text: 'Welcome back Nell! Six weeks after her knee replacement she is out-walking us all.', span: 'knee replacement', within: true },
    { text: 'Thank you! We hope you are feeling much better now.', kind: 'reply', context: 'The receptionist was kind when I rang in feeling awful', span: 'feeling much better', within: true },
    { text: 'Proud to see the Ellery family all get their flu jabs together at our Saturday clinic!', span: 'flu', within: true },
    // Added in the seventh session (blind10 became a tuning set; cases written fresh).
    { text: "I've had migraines since I was a teenager, so this awareness week matters to me.", span: 'migraines' },
    { text: "Hi Odhran, yes, and the nurses say your nan's doing much better today!", kind: 'reply', context: 'Is Ward 6 visiting open today? Going to see my nan.', span: "your nan's doing much better" },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Congratulations to you both on the positive result!", kind: "reply", context: "Trustpilot review: the fertility team supported us through IVF", span: "the positive result" },
    { text: "Look who came back to visit! Zuriel has finished his leukaemia treatment.", kind: "post", span: "leukaemia" },
    { text: "Big news from reception: Dana is 30 weeks along and still first in every morning!", kind: "post", span: "30 weeks along" },
    // Added in the ninth session (blind15 families; cases written fresh).
    { text: "Please bring the form and the inhaler your son uses for his asthma.", kind: "reply", context: "Facebook comment: do you do school physicals on weekends? my son needs one", span: "asthma" },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Hi Tom, your tennis elbow has lots of possible causes, so let's get it checked.", kind: "reply", context: "Comment from Tom Reyes: my elbow has hurt for weeks, is it tennis elbow?", span: "tennis elbow" },
    { text: "Thanks Anya! Everyone here was so glad your asthma settled after the new inhaler.", kind: "reply", context: "Google review: the nurse sorted my inhaler", span: "asthma", within: true },
    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "Gwen, I'm so sorry. Please come by today, dry socket is very treatable.", kind: "reply", context: "Google review (2 stars) from Gwen: I think I have dry socket, my extraction site is agony", span: "dry socket" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "So glad you're walking pain-free again, Marta!", kind: "reply", context: "Knee is so much better after physio", span: "pain", within: true },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Hope your wee man is back to climbing trees and feeling loads better, Kirsty!", kind: "reply", context: "Our son had his tonsils out here last week", span: "back to climbing trees and feeling loads better", within: true },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Ten years ago I had a basal cell carcinoma removed from my nose. Wear a hat! — Dr Ana Ruiz", kind: "post", span: "basal cell carcinoma" },
    { text: "I started metformin myself two years ago, so I know the side effects first hand.", kind: "post", span: "metformin" },
    // Added in the tenth session (families from blind18, a tuning set; cases written fresh).
    { text: "Our patient Sean spoke on national radio this week about his knee surgery with our team.", kind: "post", span: "surgery" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Hi Omar, your cough lasting over three weeks is worth a check with a doctor.", kind: "reply", context: "How long is too long for a cough?", span: "cough" },
    { text: "Thanks Jon! Glad the new contacts feel comfortable.", kind: "reply", context: "Reception were lovely", span: "contacts" },
    { text: "@tess_b Removal is covered when it's medically needed, and your bleeding lesion is.", kind: "reply", context: "does insurance cover skin tag removal?", span: "lesion" },
    { text: "Thanks Dev! The whitening turned out great.", kind: "reply", context: "Got mine done last week, love it", span: "whitening" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "We're so sorry to hear about your son's symptoms, Ama, and we take this seriously.", kind: "reply", context: "The GP wouldn't examine my boy even though he was wheezing", span: "your son's symptoms" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Great question, Sam. Stress usually eases when the situation passes; anxiety tends to linger.", kind: "reply", context: "I've had anxiety for months and it's getting worse", span: "anxiety" },
    { text: "@tiny_toes_mum So sorry she's had a fever since her vaccines, that's rough.", kind: "reply", context: "@Clinic my baby has had a fever since her jabs yesterday", span: "fever" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Our receptionist Carlos caught pneumonia last winter, so get your flu jab!", kind: "post", span: "pneumonia" },
    { text: "Jenna broke her wrist skiing, so she's on the front desk this month.", kind: "post", span: "broke her wrist" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Hi Ayesha! Keep it under 200 mg of caffeine a day while you're trying.", kind: "reply", context: "Does caffeine affect fertility?", span: "200 mg" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Hope your chest pain has eased, Tom.', kind: 'reply', context: 'Facebook comment — Tom B.: "Is the ER better for chest pain?"', span: 'pain' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Hi Jo, an ALT of 68 is worth rechecking in a month.', kind: 'reply', context: 'What did my liver test show?', span: 'ALT of 68' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Your vaccination on Tuesday went well, Jo, and the sore arm should settle.', kind: 'reply', context: 'Arm is sore after the jab', span: 'vaccination' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Thanks for the feedback. Eight sessions is normal for an ankle sprain like yours, but we understand the cost adds up.', kind: 'reply', context: 'Google review, 3★: "Physio helped but pricey."', span: 'ankle sprain' },
    // (A body part named before an injury word the lexicon does not hold.)
    { text: 'Thanks for the feedback. Six sessions is typical for a rotator cuff strain like yours, but we know it adds up.', kind: 'reply', context: 'Google review, 3★: "Physio helped but pricey."', span: 'rotator cuff' },
    // Added in the fourteenth session (families from blind20–23 and the dev set, tuning sets; cases written fresh).
    { text: 'Priya, congrats again on reaching the second trimester, the whole team is so happy for you! 💕', kind: 'reply', context: 'The fertility team held my hand through everything.', span: 'congrats again on reaching the second trimester' },
    { text: 'Thanks Tess, and congratulations on your little boy! 💙', kind: 'reply', context: 'Google review, 5★ — Tess: "The midwives were wonderful."', span: 'congratulations on your little boy' },
    { text: 'Feel better soon x', site: 'x', kind: 'reply', context: '@jo_b: "off sick again, at least the surgery got me in"', span: 'Feel better soon' },
    { text: 'Hope the little man is back to his cheeky self soon 💛', kind: 'reply', context: 'Google review, 5★: "Thank you for looking after my son."', span: 'back to his cheeky self' },
    { text: 'Thank you Leah! So glad you got your calm pool birth 💛', kind: 'reply', context: 'Best birth centre, the midwives were amazing', span: 'your calm pool birth' },
    // Added in the fifteenth session (cases written fresh).
    { text: '¡Gracias, Lucía! Esperamos que tu papá ya esté mucho mejor.', kind: 'reply', context: 'Gracias por cuidar a mi papá', span: 'ya esté mucho mejor' },
    { text: 'Merci Paul! Bon rétablissement à votre épouse.', kind: 'reply', context: "Merci à l'équipe du service", span: 'Bon rétablissement' },
    { text: 'Delighted your mum can read the paper again 😊', kind: 'reply', context: "Thank you for Mum's new glasses", span: 'your mum can read the paper again' },
    { text: 'Climbing stairs without the frame already, amazing!', kind: 'reply', context: "Dad's new hip op went well", span: 'Climbing stairs without the frame' },
    { text: 'Glad the new knee is definitely working!', kind: 'reply', context: 'Had my knee replacement with you in May', span: 'the new knee is definitely working' },
    { text: 'Congratulations on your healthy baby girl!', kind: 'reply', context: 'Thank you to the maternity team', span: 'Congratulations on your healthy baby' },
    { text: 'We hope your recovery goes smoothly.', kind: 'reply', context: 'Had my hip done here last week', span: 'your recovery' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: 'Your grandad is coming along really well, the physios are pleased.', kind: 'message', context: "How's Grandad after his op?", span: 'Your grandad is coming along really well' },
    { text: "He's doing brilliantly since the new inhaler.", kind: 'reply', context: 'How is my son getting on?', span: "He's doing brilliantly" },
    // Added in the sixteenth session (other languages and staff's own treatment; cases written fresh).
    { text: "A personal update: I'm being treated for lymphoma this autumn, so Dr. Lee will cover my list.", kind: 'post', span: 'lymphoma' },
    { text: 'Thank you all for the cards during my own treatment for bowel cancer last year.', kind: 'post', span: 'bowel cancer' },
    // Added in the seventeenth session (a condition named in advice on their own case, a treatment in a reply tying them to care, new terms; cases written fresh).
    { text: 'Mild jaundice is really common around day 4 — just keep feeding her often and she will be fine.', kind: 'reply', context: 'My newborn has yellow skin, is that normal?', span: 'jaundice' },
    { text: 'Hope the temporary filling holds till Friday!', kind: 'reply', context: 'Thanks for squeezing me in with toothache today.', span: 'filling' },
    { text: 'So glad the new dose of sertraline is helping — Dr. Lee sends her best!', kind: 'reply', context: 'Dr. Lee changed my meds and I finally feel like me again.', span: 'sertraline' },
    { text: 'Glad the trapped nerve is easing, Sam!', kind: 'reply', context: 'Best physio ever.', span: 'trapped nerve' },
    // Added in the eighteenth session (someone in hospital; cases written fresh).
    { text: "Thinking of you while your husband's in hospital, Rose.", kind: 'reply', context: 'Husband admitted last night', span: 'in hospital' },
    // Added in the eighteenth session (get-well wishes in Dutch, Arabic and Vietnamese; an all-clear; cases written fresh).
    { text: 'Graag gedaan! Succes met het herstel.', kind: 'reply', context: 'Bedankt voor de snelle hulp!', span: 'Succes met het herstel', within: true },
    { text: 'شكراً! نتمنى لطفلك الشفاء العاجل', kind: 'reply', context: 'شكراً للعيادة', span: 'الشفاء العاجل', within: true },
    { text: 'Cảm ơn chị! Chúc bác mau khỏe nhé.', kind: 'reply', context: 'Cảm ơn bác sĩ đã khám cho mẹ em.', span: 'mau khỏe', within: true },
    { text: 'Congrats on the all-clear, Everton!', kind: 'reply', context: 'Thanks for the letter!', span: 'on the all-clear', within: true },
    // Added in the nineteenth session (more ways to say glad to hear; cases written fresh).
    { text: "Fab to hear the tooth's settled down!", kind: 'reply', context: 'Thanks for sorting my emergency yesterday, pain gone', span: "tooth's settled down", within: true },
    // Added in the nineteenth session (a staff member off after treatment; cases written fresh).
    { text: 'Staff news: Dr. Varma is off for a few weeks after having a skin cancer removed.', kind: 'post', context: '', span: 'skin cancer' },
    // Added in the nineteenth session (feeling like themselves again; cases written fresh).
    { text: "We're so glad you're feeling like yourself again. 💛", kind: 'reply', context: 'Dr Çelik helped me through postnatal depression. I am finally me again.', within: true, span: 'feeling like yourself again' },
    // Added in the nineteenth session (general answers to a handle; cases written fresh).
    { text: '@bennyb 135/85 on lisinopril is a bit above target, ask your doctor about upping the dose.', kind: 'reply', context: 'my BP was 135/85 this morning', span: 'lisinopril' },
    // Added in the nineteenth session (general answers that send them to their own adviser, the surgery as the practice; cases written fresh).
    { text: 'Loratadine is generally considered fine in pregnancy, so you can carry on, but double-check with your midwife.', kind: 'reply', context: "I'm 20 weeks and taking loratadine for hay fever, is that ok?", span: 'Loratadine' },
    // Added in the twentieth session (sleeping tablets, heart tablets and water pills as medicines; cases written fresh).
    { text: 'He should probably come off the sleeping tablets first.', kind: 'reply', context: 'My dad takes 11 medicines, is that too many?', within: true, span: 'sleeping tablets' },
    // Added in the twenty-first session (a staff member's or the writer's own operation or time off for illness; cases written fresh).
    { text: 'Our receptionist Jo had her appendix out on Friday, so bear with us on the phones this week!', kind: 'post', span: 'appendix' },
    { text: 'Dr Amos is back to running, six months after surgery on his knee.', kind: 'post', span: 'knee' },
    { text: "After eight weeks away for cancer treatment, I'm back in clinic tomorrow.", kind: 'post', within: true, span: 'cancer' },
    // Added in the twenty-first session (a course of treatment is care, not training; smoke-free for a year; a staff member on a daily medicine or who had a lesion removed; cases written fresh).
    { text: 'Well done to Mrs Olive Penrose on completing our 8-week cardiac rehab course!', kind: 'post', span: 'cardiac rehab' },
    { text: 'Shout out to Mr Dube, who has now been smoke-free for six months!', kind: 'post', within: true, span: 'smoke-free for six months' },
    { text: 'Even Carlos at our front desk is on daily loratadine this spring!', kind: 'post', span: 'loratadine' },
    { text: 'A reminder from Dr. Lee, who had a melanoma removed from her back last year: check your skin!', kind: 'post', span: 'melanoma' },
    // Added in the twenty-first session (back on the monkey bars soon, feeling less grim: recovery wished for after the injury the comment tells of; cases written fresh).
    { text: "Thank you Maree! Hope she's back on the trampoline soon.", kind: 'reply', context: "They looked after my daughter's sprained wrist so well.", span: "Hope she's back on the trampoline soon" },
    { text: "Anytime! Hope the knee's feeling less sore today.", kind: 'reply', context: 'Thanks for fitting me in with my swollen knee.', span: "Hope the knee's feeling less sore" },
    // Added in the twenty-first session ('so happy you had a calm birth'; cases written fresh).
    { text: "We're so happy you had such a calm birth! Congratulations!", kind: 'reply', context: 'Amazing midwives, made my birth so calm.', within: true, span: 'you had such a calm birth' },
    // Added in the twenty-second session ('hope the arm isn't too sore'; a brand of medicine that is a greeted first name; a middle initial in a public figure's name; cases written fresh).
    { text: "Thanks Sam! Hope the arm isn't too sore.", kind: 'reply', context: 'Got my flu jab today, no queue.', within: true, span: "the arm isn't too sore" },
    { text: "Hope you're not too sore after your filling!", kind: 'reply', context: 'Had a filling this morning.', within: true, span: 'sore' },
    // Added in the twenty-second session ('she's out of ICU'; 'walking to the shops without the frame'; 'you're pregnant' in a myth-busting post; cases written fresh).
    { text: "Yes, she's out of intensive care and doing well, thanks for asking.", kind: 'reply', context: 'Was that the crash on the bypass?', within: true, span: "she's out of intensive care" },
    { text: 'Thanks Joan! Carlos says walking to the post office without the stick is brilliant progress.', kind: 'reply', context: 'Physio after my knee op was great.', within: true, span: 'without the stick' },
    // Added in the twenty-second session ('Mum and baby are both doing well' after one birth; 'despite her dodgy knee'; cases written fresh).
    { text: 'Congratulations to our nurse Carlos and his wife on the arrival of baby Ana! Mum and baby are both doing well.', kind: 'post', within: true, span: 'Mum and baby are both doing well' },
    { text: "Jenna's running the 10k on Sunday despite her dodgy ankle!", kind: 'post', within: true, span: 'her dodgy ankle' },
    // Added in the twenty-second session (a symptom named bare in a condition: 'If low mood is affecting your daily life'; cases written fresh).
    { text: 'If the rash spreads, call us today.', kind: 'reply', context: 'My daughter has a rash on her arm, what should I do?', within: true, span: 'rash' },
    // twenty-third session
    { text: 'Thanks for sharing, Gwen. We hope your mum is continuing to recover well.', kind: 'reply', context: 'Gwen: my mum had a stroke in spring and we missed the signs', within: true, span: 'your mum is continuing to recover' },
    // twenty-third session
    { text: 'Ouch! Hope it healed up okay.', kind: 'reply', context: 'Thanks for the jellyfish tip, I got stung at the beach last summer', within: true, span: 'Hope it healed' },
    { text: 'Skin check reminder: our receptionist Bea had a melanoma removed last year and wants you all to check your moles.', kind: 'post', context: '', within: true, span: 'melanoma' },
    // twenty-third session (fourth round)
    { text: 'Of course I remember, Brenda! So glad you are doing well now.', kind: 'reply', context: 'Dr Lee, do you remember me? You treated my Lyme disease back in 2019!', within: true, span: 'you are doing well' },
    // Their recovery, said to them: hope they are fully recovered, glad they are home and on the mend; in French, Welsh and Afrikaans (not a hope that they enjoy their holiday).
    { text: "Hope you're fully recovered now, Ines! 💪", kind: 'reply', context: 'Ines Costa: after my knee surgery last year I wish I had seen this', span: 'fully recovered', within: true },
    { text: "We're all delighted you're home and on the mend, Stan 💐", kind: 'reply', context: 'Stan Hughes ★★★★★: Thanks for the card when I was in hospital', span: 'on the mend', within: true },
    { text: 'Merci Josée ! Nous sommes ravis que vous soyez bien rétablie.', kind: 'reply', context: "Josée Gagnon : merci pour les soins après ma chute", span: 'rétablie', within: true },
    { text: "Diolch Siân! Gobeithio bod eich ffêr yn gwella'n dda.", kind: 'reply', context: 'Siân Hughes: Diolch am helpu gyda fy ffêr', span: 'yn gwella', within: true },
    { text: 'Dankie Pieter! Sterkte met die herstel.', kind: 'reply', context: 'Pieter Botha: Baie dankie vir die goeie sorg', span: 'herstel', within: true },
    // Their condition, found in time: 'so glad the polyps were caught early' (not a general 'caught early, it can be treated').
    { text: 'So relieved it was picked up in time 💚', kind: 'reply', context: 'Went for screening after your post and they found something early!', span: 'relieved it was picked up in time' },
    // Sympathy on the way to a redirect ('Sorry he's unwell! We can't advise over Messenger — please call…') names nothing of their health; unwell since a named change, or a hope they feel better, still does.
    { text: "We're sorry you've been feeling unwell since the new tablets. Please call us so the GP can review them.", kind: 'reply', context: 'Started the new blood pressure pills and feel awful', span: "you've been feeling unwell", within: true },
    { text: "So sorry she's poorly, hope she feels better soon! Call us at 8 if you need a slot.", kind: 'reply', context: 'My daughter has been off school all week', span: 'she feels better', within: true },
    // What a service takes and needs, said to anyone who asks: 'we accept MaineCare for eye exams and hearing tests', 'no referral needed for physio'; an anonymous definition's 'a child's airway' in a post.
    { text: "Hi Marc, your hearing test results are in — we'll call you.", kind: 'reply', context: 'Marc Levesque: Any news?', span: 'hearing test', within: true },
    // Twenty-sixth session: a test or treatment of theirs named as their care ("your smear", "your 20-week check"); one baby's
    // birth ("Welcome to the world…", "born at 4:50am in our birth suite"); how the person a post tells of is recovering.
    { text: 'Thanks Lorna, Kasia has a slot for your smear on Tuesday if that suits.', kind: 'reply', context: 'Lorna Beattie ★★☆☆☆ hard to get an appointment', span: 'your smear', within: true },
    { text: "Aw thanks Mel! Bring the twins' bloods form along on Friday.", kind: 'reply', context: 'Mel Ortiz: nurses were lovely with my two', span: "twins' bloods", within: true },
    { text: 'Welcome to the world, little Hamish! 💙 Born at 4:50am in our birth suite to proud parents Gail and Ross.', kind: 'post', span: 'Welcome to the world', within: true },
    { text: 'Proud day for midwife Tui, who delivered her 500th baby this morning!', kind: 'post', span: 'delivered her 500th baby', within: true },
    { text: "Last Friday a 7-year-old from Ross swallowed a magnet at the playground. He's home and doing great — keep magnets away from little ones!", kind: 'post', span: "He's home and doing great", within: true },
    { text: 'Glad the drip did the trick! Enjoy the rest of your trip 🍷', kind: 'reply', context: 'the docs got me rehydrated in an hour after a dodgy oyster', span: 'the drip did the trick', within: true },
    { text: 'Thanks Gemma! Dr Rourke says the lab came back all clear 🎉', kind: 'reply', context: 'Gemma Walsh: Had a mole removed by Dr Rourke, tiny scar.', span: 'lab came back all clear', within: true },
    // Added in the thirty-fourth session (back on two wheels, doing well now, back to his usual mischief: their recovery; cases written fresh)
    { text: "Glad she's back on two wheels! Thanks for the kind words.", kind: "reply", context: "Dr. Lee sorted my daughter's broken wrist after she came off her bike", span: "she's back on two wheels" },
    { text: "So relieved your little one is doing well now.", kind: "reply", context: "My baby had a febrile seizure in your waiting room and Nurse Kim was so calm", span: "your little one is doing well now" },
    { text: "Hope your grandson is back to his usual mischief!", kind: "reply", context: "★★★★★ Yvonne: Brought my grandson in with a high fever and the doctor was so thorough.", span: "your grandson is back to his usual mischief" },
    // Added in the thirty-fourth session (a condition's name written as a list, with commas)
    { text: "That sounds like hand, foot and mouth.", kind: "reply", context: "My son has spots on his hands and ulcers in his mouth", span: "hand, foot and mouth" },
    // Added in the thirty-fifth session ('the flare-up' of the condition the comment names, 'in a better place' after their depression; cases written fresh)
    { text: "Sorry to hear about the flare-up, our skin clinic runs on Tuesdays if you'd like him seen.", kind: "reply", context: "my daughter's eczema is bad again after the pool", span: "flare-up" },
    { text: "So glad you're in a better place now 💚", kind: "reply", context: "The counsellor helped me through my depression", span: "you're in a better place", within: true },
    // Added in the thirty-fifth session ('BP' is blood pressure; case written fresh)
    { text: "Update: Mr Okafor had BP above 170/100 this morning and needs a review today.", kind: "post", context: "", span: "BP" },
    // Added in the thirty-fifth session (a second wish after 'and that'; case written fresh)
    { text: "Really glad you rang us early and that her breathing settled overnight.", kind: "reply", context: "Brought my daughter in with an asthma attack last night, the team were amazing", span: "her breathing settled", within: true },
    // Added in the thirty-sixth session (a sign put with the age or stage the commenter gave; back at school after a sick note; cases written fresh).
    { text: 'A temperature at 6 weeks always needs a same-day check, so please ring us now.', kind: 'reply', context: 'my 6 week old feels hot, 38.2 on the thermometer', span: 'temperature' },
    { text: 'Spotting at 7 weeks should be looked at today — please ring the midwife line.', kind: 'reply', context: '7 weeks pregnant and spotting since this morning, is that bad?', span: 'Spotting' },
    { text: 'Hope she\'s back at school in no time!', kind: 'reply', context: 'Thanks for fitting my daughter in today for her sick note', span: 'back at school', within: true },
    // Added in the thirty-sixth session (the condition in one patient's case, told; cases written fresh).
    { text: 'Reflecting on a case from last winter: a skipper pulled from the harbour with hypothermia, now back at sea.', kind: 'post', site: 'linkedin', span: 'hypothermia' },
    // Added in the thirty-sixth session (a sore throat the comment says they have).
    { text: 'Sorry about the sore throat! Warm salt-water gargles can help.', kind: 'reply', context: "I've had a sore throat for 3 days", span: 'sore throat' },
    // Added in the thirty-seventh session (a staff member who undergoes treatment, passed out from heat exhaustion, whose hernia repair went well, or ran on the ankle he had reconstructed; the care a clinician gives is no operation of theirs).
    { text: "Huge thanks to Carlos, who is stepping back for a few months while he undergoes treatment for bowel cancer.", kind: "post", span: "bowel cancer" },
    { text: "Shout-out to Jenna, who passed out from heat exhaustion at last year's fun run. Drink water, folks!", kind: "post", span: "heat exhaustion" },
    { text: "Thank you all. Dr. Lee's hernia repair went well and he's back in clinic next month.", kind: "reply", context: "Sending love to Dr. Lee!", span: "hernia repair" },
    { text: "Our physio Carlos just finished a half marathon on the ankle he had reconstructed last year!", kind: "post", span: "ankle" },
    // Added in the thirty-seventh session (a described player recovering at the clinic; a sport's role said of everyone).
    { text: "The Riverton quarterback who went down in Saturday's game is recovering at our clinic with a broken collarbone.", kind: "post", span: "broken collarbone" },
    // Added in the thirty-seventh session (one birth told ('delivered a baby girl', 'Baby Ava was delivered by…'), not a career's total; occupational lung disease by name).
    { text: "What a night! Dr. Lee delivered a baby girl in the car park at 3am.", kind: "post", span: "delivered a baby" },
    { text: "Look who came to visit! Baby Ava was delivered by Dr. Patel a year ago today 🎂", kind: "post", span: "Baby Ava was delivered" },
    { text: "Case reflection: a retired miner came to us with black lung that had been missed for years.", kind: "post", span: "black lung" },
    // Added in the thirty-eighth session (blind59's misses: a person from a named place or 'one of our <trade>s' with an injury or condition; the writer's own screening or crutches).
    { text: "One of our Dubbo shearers has severe hearing loss after twenty years without muffs.", kind: "post", span: "hearing loss" },
    { text: "A welder from our Kalgoorlie clinic is off work with a crushed foot.", kind: "post", span: "crushed foot" },
    { text: "Our thoughts are with the family of a young mine worker from our Moranbah clinic who took his own life last week.", kind: "post", span: "took his own life" },
    { text: "Nurse Kim here! My free screening kit at 52 found a polyp, so please do yours.", kind: "post", span: "polyp" },
    { text: "I'll be on crutches for a month, so the locum is covering my Tuesday clinics.", kind: "post", span: "crutches" },
    // Added in the thirty-eighth session (education that describes whoever it fits: 'a sleepy or unsettled baby' in a list of challenges, 'any blistered burn' on a child, 'until they're 6 months old').
    { text: "We treated a toddler who was scalded by a kettle yesterday: his blistered burn is healing well.", kind: "post", span: "healing well" },
    // Added in the thirty-ninth session (a participle after a determiner, a preposition or 'be' describes; it tells of no event).
    { text: "A teen was seen in our clinic for acne.", kind: "post", span: "acne" },
    { text: "A worried dad called about his son's rash.", kind: "post", span: "rash" },
    // Added in the thirty-ninth session (a pronoun for the staff member the comment names, in the reply's first sentence, with maternity leave).
    { text: "She's not leaving — she's on maternity leave until June!", kind: "reply", context: "Is Dr. Hart leaving the practice?", span: "on maternity leave" },
    // Added in the thirty-ninth session (a later sentence of a post that turns to someone by name speaks to them: 'Joan, we're so glad your shoulder…').
    { text: "A big thank-you to Joan Petrie for her lovely review of our physio team! Joan, we're so glad your shoulder is moving freely again.", kind: "post", span: "shoulder" },
    // Added in the thirty-ninth session (telling a clinician how the person is: 'we'll let Diego know you're feeling better').
    { text: "Aw, we'll let Priya know you're feeling stronger! Keep up those bridges 💪", kind: "reply", context: "Physio here sorted my knee out, cheers", span: "you're feeling stronger", within: true },
    // Added in the thirty-ninth session (INR, an INR check, FBC: tests).
    { text: "Hi Bev, the nurse can do your INR at home on Thursday.", kind: "reply", context: "Can someone check my INR? I can't get out much", span: "INR", within: true },
    // Added in the thirty-ninth session (a reply's general sentence about every or any case does not repeat the commenter's condition as theirs; 'our partner schools' is no relative).
    { text: "We're sorry your pregnancy has been so hard — every concern you raise matters to us.", kind: "reply", context: "The OB was dismissive about my pain during pregnancy.", span: "pregnancy" },
    // Added in the thirty-ninth session ('hadn't slept', 'couldn't sleep': a told sleeplessness; a clinician who 'sat with' someone).
    { text: "Yesterday I sat with a 41-year-old firefighter who hadn't slept properly since the bushfires. Please, talk to someone.", kind: "post", span: "hadn't slept", within: true },
    // Added in the thirty-ninth session (a staff member's birth told as 'welcomed a baby boy', 'had a little girl').
    { text: "Congratulations to our hygienist Tess, who welcomed a baby girl on Friday! 💕", kind: "post", span: "welcomed a baby girl", within: true },
    // Added in the thirty-ninth session (a small counted group told of something that happened is identifiable).
    { text: "Shoutout to the 4 lads from the quarry who came to the mobile clinic today — your cholesterol numbers are already coming down!", kind: "post", span: "cholesterol", within: true },
    // Added in the fortieth session (a commenter's condition named as the practice's service or as something many people have).
    { text: "So glad your cardiac rehab is going well, see you Thursday!", context: "Week 3 of cardiac rehab with you guys and feeling stronger.", kind: "reply", span: "cardiac rehab" },
    { text: "Lyme disease surprises a lot of hikers, and yours was caught early, which is great news.", context: "Never thought I'd get Lyme disease from a picnic. Now I have it.", kind: "reply", span: "Lyme disease" },
    // Added in the fortieth session (chlorphenamine, the UK name of chlorpheniramine; sputum and clotting tests; early labour).
    { text: "Chlorphenamine can make you drowsy, so take it at night.", context: "the antihistamine you gave me makes me so sleepy", kind: "reply", span: "Chlorphenamine" },
    { text: "Yes, your sputum test came back clear.", context: "any news on my results?", kind: "reply", span: "sputum test" },
    // Added in the fortieth session (an outbreak or surge of a disease, a talk on it, a one-digit campaign name).
    { text: "So sorry your measles has been so rough, Mele. Rest up and keep fluids going.", context: "Day 4 of measles, feeling awful", kind: "reply", span: "measles" },
  ],
});
