// medical-advice: individual clinical guidance in public (a diagnosis or guess, a dose, what to take or
// stop, home treatment, whether they need a test), including gentle and question forms. Redirects to the
// office, the nurse line or 911, general information and logistics answers are fine.
import { ruleTester } from './rule-tester';

ruleTester('medical-advice', {
  valid: [
    // Thirty-second session (written fresh): a redirect to their own clinician ("worth asking them"), a sick visit
    // (an appointment, not a symptom), the practice's sites that "can help", what the usual advice is for everyone.
    { text: "We can't comment on anyone's individual care, but your dentist may have had good reasons, so it's worth asking them.", kind: 'reply', context: '(antibiotics post) my dentist gave me antibiotics for a toothache. was that right?' },
    { text: "That's much too long for a sick visit. We've added same-day slots at every site.", kind: 'reply', context: '2 weeks to get a sick visit?? come on' },
    { text: "Yes, it's licensed up to age 45; after 26 it's a conversation with your clinician. Any of our family medicine sites can help.", kind: 'message', context: 'DM: Can I get the HPV jab at 35?' },
    { text: 'The usual advice is no hot baths or saunas for 48 hours after filler. Your injector will go through aftercare with you.', kind: 'reply', context: 'How long after filler should I wait to use the sauna?' },
    // Thirty-first session (written fresh): what the service needs, not what their case needs.
    { text: "Hi! You'll need a referral from your GP first, then our team will be in touch.", kind: 'message', context: 'How do I join your pulmonary rehab class?' },
    // Thirtieth session (written fresh): a question that names nobody is answered for everyone; "is it true…?" asks of a claim.
    { text: 'Hi Mo, a cough after a cold can hang around for 3 weeks or so. See a GP if it lasts longer.', kind: 'reply', context: 'Mo Aziz: How long does a cough usually last after a cold?' },
    { text: "Yes — after anything acidic it's best to wait about 30 minutes before brushing. Rinse with water instead.", kind: 'reply', context: "Facebook comment — Tom Reid: Is it true you shouldn't brush right after orange juice?" },
    { text: 'Best to leave it with reception and we will sort it out for you.', kind: 'reply', context: 'Can I drop off my repeat prescription form on Saturday?' },
    { text: "Great question, Bob. When you're working outside, reapply sunscreen every 2 hours and keep a hat on.", kind: 'reply', context: 'Bob Tait: How often should outdoor workers put sunscreen on in this heat?' },
    { text: "Maria, please call 999 right now. Don't drive yourself in.", kind: 'message', context: "I've had crushing chest pain for 20 minutes, what do I do?" },
    // A new phone, a general post (twenty-eighth session, written fresh).
    { text: "Please don't ignore it, book in with your GP this week.", kind: 'reply', context: 'I found a lump, is that bad?' },
    { text: 'Sounds like it might be time for a new phone, Bev! 😂', kind: 'reply', context: 'Bev: I keep dropping my phone in the bath lol' },
    { text: "If your blood pressure is higher than we'd like, we'll talk through the options with you.", kind: 'post', context: '' },
    // A greeting and a thanks, and the most anyone may take, asked of anyone (twenty-seventh session, written fresh).
    { text: "For adults, the usual maximum is 1,000mg four times a day (4,000mg in 24 hours).", kind: "reply", context: "Lena Ruiz: What's the most paracetamol an adult can take?" },
    { text: "Thanks for sharing, Dev. Heatstroke can creep up fast, so keep spreading the word! ☀️", kind: "reply", context: "Dev Mistry: my brother nearly collapsed on a hike last summer" },
    { text: "Stay cool, Ana! Our heatwave checklist is pinned at the top of the page. If anyone shows signs of heatstroke, call 999.", kind: "reply", context: "Ana Reyes: this heat is killing me and my old dad" },
    { text: 'Not too late — flu jabs are available until March for everyone eligible.', kind: 'reply', context: 'Is it too late to get a flu jab this year?' },
    { text: "It's worth doing a first aid course — ours run monthly.", kind: 'reply', context: 'Any tips for new parents?' },
    { text: "That's so tough, and so common with toddlers. Our parenting group meets on Thursdays.", kind: 'reply', context: "My 2yo screams every bedtime, I'm exhausted" },
    { text: "After 7 days you'll need a fit note from a GP or pharmacist.", kind: 'reply', context: 'Can I get a sick note without seeing a doctor?' },
    // Thirteenth session (cases written fresh): advice asked for a group, and encouragement for anyone.
    { text: 'Stay in the shade at midday, drink water often and check on older neighbours.', site: 'x', kind: 'reply', context: '@clinic any advice for folks with the heatwave coming?' },
    { text: "It's never too late to start flossing — our hygienists can show you how: (555) 201-4400.", kind: 'reply', context: 'Is it too late for me to start flossing at 50?' },
    // Added with the fixes for blind8 (fifth 2026-12-03 session; cases written fresh).
    { text: 'Yes, you can book online any time, or call us on (555) 201-4400.', kind: 'reply', context: 'Can I take my son in for his asthma review without calling first?' },
    { text: 'We are sorry. Our leaflet says most people do not need antibiotics for a cold.', kind: 'reply', context: 'Why did the GP refuse me antibiotics?' },
    { text: 'Online booking is the best option for most routine appointments.', kind: 'reply', context: 'What is the quickest way to book?' },
    { text: 'Please give our physio clinic a call on (555) 201-4400 today.', kind: 'reply', context: 'Is it normal for my knee to click?' },
    { text: 'Thank you! Give your dad our very best.', kind: 'reply', context: 'My dad had his knee done with you last month, he is walking great' },
    { text: 'Remember, if in doubt, call 999.', kind: 'reply', context: 'My son has a nut allergy and I am always worried' },
    { text: 'I would really like to apologise and make sure the follow-up is sorted.', kind: 'reply', context: 'My mother\'s scan result was missed' },
    { text: 'Call 999 now. Stay with her until help arrives.', kind: 'reply', context: 'my nan has collapsed and is not breathing properly' },
    // A question about a thing, asked of nobody's case, is answered for every reader.
    { text: 'Any brand with 400 micrograms of folic acid works, and own brands are just as good.', kind: 'reply', context: 'Does folic acid have to be a particular brand?' },
    { text: 'Soap and water, then a bleach-based cleaner: gel does not kill norovirus.', kind: 'reply', context: 'Does hand gel kill norovirus?' },
    { text: 'Our pharmacists can look at minor infections too, so pop in and ask.', kind: 'reply', context: 'Do I need a GP for antibiotics?' },
    { text: 'Most dentists advise no straws for 24 hours after an extraction so the clot can settle.', kind: 'reply', context: 'How long after a tooth is pulled should you avoid straws?' },
    // A statistic, a treatment's name, and a group are not a guess at their condition.
    { text: 'Yes, about 1 in 5 new mums. It can look like tiredness, irritability or not sleeping even when the baby does.', kind: 'reply', context: 'Is postnatal depression common?' },
    { text: 'It is a very effective eczema treatment, and your GP will explain the side effects.', kind: 'reply', context: 'Is this cream any good?' },
    // Sending them to the practice or the ER, even after a question about their own health, is a redirect.
    { text: 'Please give us a ring on (555) 201-4400 and the nurse will call you back.', kind: 'reply', context: 'My inhaler is nearly empty, what should I do?' },
    { text: 'Please take her straight to the ER.', kind: 'reply', context: 'My daughter swallowed a magnet, what do I do?' },
    // A caution to ask first, and a statement about most people, are no one's advice.
    { text: 'Please never come off an antidepressant without talking to your prescriber first.', kind: 'reply', context: 'can I just stop my sertraline?' },
    { text: 'Most adults with a chest cold recover within three weeks without antibiotics.', kind: 'reply', context: 'how long does a chest cold last?' },
    { text: 'Please call 911 right away if he\'s struggling to breathe. Otherwise call our nurse line at 555-201-4401 now.', kind: 'reply', context: 'my kid swallowed a coin, what do I do??' },
    { text: 'It really depends on his weight! Our nurse line (555-201-4401) can tell you the right amount in two minutes.', kind: 'reply', context: 'how much Tylenol can I give my 3 year old?' },
    { text: 'Current CDC guidance says everyone 6 months and older should get a flu shot every fall. Book yours online!' },
    { text: 'We do! TB skin tests are Monday to Thursday, and the read is 2 days later.', kind: 'reply', context: 'Do you do TB tests for work?' },
    { text: 'We open at 9! Walk-ins welcome until noon.', kind: 'reply', context: 'What time do you open Saturday?' },
    { text: 'Floss once a day and brush for two full minutes. Your gums will thank you!' },
    { text: 'This needs a doctor right now: call 911 and stay with him until help arrives.', site: 'x', kind: 'reply', context: "my dad's BP is 190/115 and he has a terrible headache" },
    { text: 'We\'re thinking of you. Our door is always open if you need anything.', kind: 'reply', context: 'rough week after my diagnosis' },
    { text: 'Please don\'t send photos here! Call us at (555) 201-4400 and we\'ll get her in today.', kind: 'reply', context: "my daughter's rash is spreading, can I DM you pics?" },
    { text: 'Great question! We can\'t weigh in on your meds online, but your pharmacist or Dr. Lee can.', kind: 'reply', context: 'can I take melatonin with my blood pressure pills?' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Once a day, whenever it fits your routine, is what we tell everyone about flossing.', kind: 'reply', context: 'how often should I floss honestly' },
    { text: 'Stay tuned for a few days, we will post the new hours soon!', kind: 'reply', context: 'are you open on the holiday?' },
    { text: 'Thanks for asking! Our pharmacy hours are 9 to 6 for now, longer after the holidays.', kind: 'reply', context: 'when does the pharmacy close?' },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Yes! We offer 0% financing on aligners, and most people pay it off within a year. Call (555) 201-4400.', kind: 'reply', context: 'do you do payment plans for invisalign?' },
    { text: 'We carry in-office and take-home kits, so pick whichever suits your schedule!', kind: 'reply', context: 'which whitening do you have?' },
    { text: 'That\'s a question for someone who has your full medication list: please call our nurse line.', kind: 'reply', context: 'can I take melatonin with my meds?' },
    // Added by the lead with the fixes for the fifth blind corpus (tests/corpus/holdout5.jsonl).
    { text: 'general rule: give fluoride varnish time to set, skip hot drinks for 30 min after any visit', kind: 'reply', site: 'x', context: 'why cant I drink coffee after?' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'General practice is seeing 20% more appointments with 3.5% less funding than before.', kind: 'reply', context: 'Why can\'t I get an appointment for my back pain?' },
    { text: 'You should not have been kept waiting, and we have spoken to the team about it.', kind: 'reply', context: 'Waited an hour with a migraine' },
    { text: 'We will look into your complaint, try to explain what happened, and aim to improve.', kind: 'reply', context: 'They ignored my chest infection' },
    { text: 'After the first birthday it\'s fine!', kind: 'reply', context: 'Is honey safe for babies?' },
    { text: 'We take any breathing problems in children very seriously, so please call us today.', kind: 'reply', context: 'my daughter is wheezing' },
    { text: 'Crowding is common in kids whose adult teeth come in early, and most of it settles as the jaw grows.' },
    { text: 'Ask us about aligners at your next visit, we can tell you if they suit you.', kind: 'reply', context: 'Do you do invisible braces?' },
    { text: 'Keep up the great work, team! Flu clinic numbers are up on last year.' },
    { text: 'For most colds the advice is plenty of fluids and rest, and ask a pharmacist if you are unsure.', kind: 'reply', context: 'what helps a cold?' },
    // Added with the fixes for the third blind set (cases written fresh).
    { text: 'I would try the new bakery on Main Street first, their rolls are great!', kind: 'reply', context: 'Hurt my back carrying shopping, where is good for lunch near you lol' },
    { text: 'Honestly any soft brush works, what matters is brushing twice a day for two minutes.', kind: 'reply', context: 'Which toothbrush is best?' },
    { text: 'Please bring all your medicines to your review so the pharmacist can check they are fine together.', kind: 'reply', context: 'What happens at a medication review?' },
    { text: 'Everyone is different, so we would recommend a proper assessment, please book online.', kind: 'reply', context: 'Will physio fix my back?' },
    { text: 'Cool the burn under running water for 20 minutes and cover it loosely; the NHS guidance is at nhs.uk/conditions/burns-and-scalds.', kind: 'reply', context: 'What should you do if you burn yourself cooking?' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Usually there is no need to do anything; most children grow out of it.', kind: 'reply', context: 'My son grinds his teeth, do I need to take him to the dentist?' },
    { text: 'No need to be registered - the clinic is open to everyone.', kind: 'reply', context: 'Do I need to be registered to use the sexual health clinic?' },
    { text: 'Totally normal to feel nervous! Our nurses will talk you through it.', kind: 'reply', context: 'any tips for nerves before my op?' },
    { text: 'Rest, fluids and paracetamol help most people with a cold.', kind: 'reply', context: 'Why won\'t my GP give me antibiotics for a cold?' },
    { text: 'Sorry to hear that - please give the Harbour Rd team a ring so a dentist can talk it through.', kind: 'reply', context: 'my filling feels rough' },
    { text: 'Yes, one birth partner can stay overnight; they will need to bring their own snacks.', kind: 'reply', context: 'Can my partner stay on the postnatal ward?' },
    { text: 'With most antibiotics a moderate drink is fine, but avoid alcohol with metronidazole.', kind: 'reply', context: 'Can I drink alcohol on antibiotics?' },
    { text: 'A spot that is new, changing or bleeding is a good reason for a skin check - book online.', kind: 'reply', context: 'Do you do mole checks?' },
    { text: 'Is it safe to fly in pregnancy? For most people, yes - check with your airline.' },
    { text: 'Best to book online - it is quicker than the phones.', kind: 'reply', context: 'Can I book a flu jab by phone?' },
    // Added in the seventh session (blind10 became a tuning set; cases written fresh).
    { text: 'Such a common worry! Used as directed, topical steroids rarely cause thinning. Your pharmacist can show you how much to use.', kind: 'reply', context: 'Do steroid creams thin the skin? Worried about using them on my kids' },
    { text: 'Lip filler starts from $450 for 1ml, and Dr. Patel runs the clinic on Saturdays.', kind: 'message', context: 'How much is lip filler?' },
    { text: "Don't forget our flu clinic is on Saturday, no booking needed!", kind: 'reply', context: 'When is the flu clinic?' },
    { text: 'Dr. Patel says the new car park opens next week!', kind: 'reply', context: 'Thanks to Dr. Patel for my knee injection' },
    { text: 'One companion is welcome on the day unit. In winter we may ask companions to wear a mask.', kind: 'reply', context: 'Can someone come with me to my infusion?' },
    { text: 'Around 11 is when many states require Tdap, and it is also the age the HPV series usually starts.', kind: 'reply', context: 'Does my 11 year old need shots this year?' },
    { text: 'Yellowing in any newborn is worth a same-day call to the baby’s doctor.', kind: 'reply', context: 'Is it normal for a newborn to have yellow eyes? Ours is 4 days old.' },
    { text: 'Totally understandable to be nervous! Sleep apnea is one of the things our surgeons review at every pre-sedation consult.', kind: 'reply', context: 'So nervous about my wisdom teeth surgery next week' },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Please head to the nearest A&E now, even though he seems fine, and call 999 if he struggles to breathe.", kind: "reply", context: "My 4 year old swallowed a button battery but he seems totally fine, do I need to worry?" },
    { text: "Good idea to plan ahead! It is worth asking your pharmacist before the bank holiday.", kind: "reply", context: "My mum is on insulin and we are travelling for a week, any tips?" },
    { text: "We can't take repeat requests over Messenger, please ring (555) 201-4400. Stay safe out there!", kind: "message", context: "can you sort my dad's inhaler refill before the storm?" },
    { text: "For the right cream for one particular child, a pharmacist or GP is your best bet.", kind: "reply", context: "My son's eczema has flared again, which cream is best?" },
    { text: "Please use the repeat button in the patient portal or call (555) 201-4400.", kind: "message", context: "can I get a refill of my inhaler?" },
    { text: "We're so sorry. The toilets are now checked every hour and restocked.", kind: "reply", context: "Google review: the toilets in outpatients had no soap yesterday, my knee clinic was a mess" },
    { text: "Sorry to hear that! If you can't put weight on it, please get it seen at urgent care or by your GP.", kind: "reply", context: "rolled my ankle at netball, it's swollen and purple, walk on it or rest?" },
    { text: "Bedwetting is really common and never a child's fault. Our family resources are linked in the post.", kind: "reply", context: "My 7yo still wets most nights, I'm at the end of my rope" },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Our weight clinic, run by dietitian Ana, helps people find a plan that suits them.", kind: "reply", context: "How do I lose weight after having my baby?" },
    { text: "Ringing that lasts this long is worth a proper hearing check, so call us to book.", kind: "reply", context: "My ears have been ringing for 3 weeks after a gig, will it stop?" },
    { text: "Signs parents spot first: pens that look like highlighters, a sweet smell, and more coughing than usual.", kind: "reply", context: "How would I know if my teen is vaping?" },
    // Added in the ninth session (from the tuning sets' remaining misses; cases written fresh).
    { text: "Our dietitian's guide says porridge and brown rice are fine for most people with type 2.", kind: "reply", context: "Can I still eat carbs with type 2?" },
    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "Call 911 right now. Stay with him and keep him on his side.", kind: "reply", context: "My brother is passed out and breathing weird, what do I do" },
    { text: "It's a common question. These are medicines that steady brain chemistry, cut overdose deaths by half, and help people rebuild their lives.", kind: "reply", context: "Is methadone just swapping one drug for another?" },
    { text: "Thanks for sharing, Nia. Anytime a child is in the yellow zone often, it's a good reason to check in with their asthma provider.", kind: "reply", context: "Comment from Nia: my daughter is in the yellow zone a lot lately" },
    { text: "Best not to guess from here, so our physios would like to see you in person.", kind: "reply", context: "I put my back out moving a sofa, what should I do?" },
    // Added in the tenth session (one list of emergency numbers for every rule; cases written fresh).
    { text: "Call 000 now. Keep her still and stay on the line with them until the ambos arrive.", kind: "reply", context: "my daughter fell off the trampoline and can't move her neck" },
    // Added in the tenth session (helplines of the countries the product serves; cases written fresh).
    { text: "So sorry you're feeling rotten, Kyle. For advice tonight, call healthdirect on 1800 022 222.", kind: "reply", context: "terrible cough and fever since Tuesday, what should I take?" },
    { text: "Hi Jess, we can't advise on this over Facebook, but you can ring HealthLink BC at 811 any time, day or night.", kind: "reply", context: "my son has a rash after his new antibiotic, should I stop it?" },
    // Added in the tenth session (helplines of the countries the product serves; cases written fresh).
    { text: "Try healthdirect on 1800 022 222, they're open all night.", kind: "reply", context: "fever and a sore ear, what should I do?" },
    { text: "Use Nurse-On-Call on 1300 60 60 24 for advice after hours.", kind: "reply", context: "my son's asthma is playing up tonight, what should we do?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Great question! Kids over 6 months can use SPF 50+, reapplied every two hours and after swimming.", kind: "reply", context: "What sunscreen should kids use at the beach?" },
    { text: "Hi Sean, it's worth a read of the HSE's page on bowel screening too.", kind: "reply", context: "Do men need bowel screening at 60?" },
    { text: "Please take her to the nearest emergency department now, or ring 000.", kind: "message", context: "my daughter's lips are swelling after a bee sting" },
    // Added in the tenth session (a question about a group is answered for everyone; cases written fresh).
    { text: "Great question! Try a sticker chart and brushing together at the same time every night.", kind: "reply", context: "Any ideas for kids who refuse to brush?" },
    { text: "Good question. A sore throat with a cough is more likely a virus than strep.", kind: "reply", context: "Is every sore throat strep?" },
    // Added in the tenth session (a question about a group is answered for everyone; cases written fresh).
    { text: "So common! Try singing a two-minute song while they brush.", kind: "reply", context: "Any tips for toddlers who hate brushing?" },
    { text: "Despite the name, cedar fever rarely causes a true fever. A high fever is more likely an infection.", kind: "reply", context: "Is cedar fever an actual fever?" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Nadia, please take him to your GP today or to the nearest ED — he needs to be seen in person.", kind: "reply", context: "my son has had a high temperature for five days and now a rash" },
    { text: "Preservative-free drops are gentler, especially if you use them more than four times a day. A pharmacist can help you choose.", kind: "reply", context: "Which eye drops should I buy?" },
    { text: "Hi Gord, that's a really common belief! Vape aerosol contains nicotine and fine particles that reach deep into the lungs.", kind: "reply", context: "My grandson says vapes are just water vapour. Is that true?" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Hi Ayesha! Current evidence suggests up to 200 mg of caffeine a day isn't linked to lower fertility.", kind: "reply", context: "Does caffeine affect fertility?" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Headaches are often a sign of dehydration in hot weather.', kind: 'reply', context: 'i get headaches every afternoon, why?' },
    { text: "That's a great question to bring to your asthma review: the nurse can go through it with you.", kind: 'reply', context: 'I use my blue inhaler most days, is that normal?' },
    { text: 'Mouth ulcers are really common and are often caused by stress or a sharp tooth.', kind: 'reply', context: 'i keep getting mouth ulcers, is that bad?' },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'A reading of 120/80 is normal for most adults.', kind: 'reply', context: 'What is a normal blood pressure? Mine was 120/80.' },
    { text: 'Thanks Gord! Free checks run all week, so bring a friend.', kind: 'reply', context: 'Had my BP checked at your stand, 160/100 eek' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Thank you! Our asthma nurses run family evenings every month, so keep an eye on our page for the next date.', kind: 'reply', context: 'Facebook review, 5★: "Asthma clinic was great with my kids."' },
    { text: "I'd call the surgery first thing, they hold a few same-day slots for exactly this.", kind: 'reply', context: 'My son has had a cough for 3 days, should I call or just walk in?' },
    { text: 'Seeing a fertility specialist would give you the best chance of a clear answer, and we can refer you.', kind: 'reply', context: "I'm 39, is it too late to try?" },
    { text: "Congratulations! We'd love to see you at our antenatal class on Tuesdays.", kind: 'reply', context: "I'm 20 weeks and so excited!" },
    { text: "If you ever need us, we're here. Our midwives' line is (555) 201-4400.", kind: 'reply', context: "I'm 34 weeks and nervous about the birth." },
    // Added in the fourteenth session (families from blind20–23 and the dev set, tuning sets; cases written fresh).
    { text: 'Calling the nurse line should help you decide: (555) 201-4400, any time.', kind: 'reply', context: 'My neck has been stiff since Monday, any tips?' },
    { text: 'We sell one tablet organiser and two kinds of pill cutters at the front desk.', kind: 'reply', context: 'Do you sell pill organisers?' },
    { text: "If it's sharp or sore, please call us today and we'll fit you in.", kind: 'reply', context: 'I chipped a tiny bit of my front tooth, is that urgent?' },
    // Added in the fifteenth session (cases written fresh).
    { text: "Don't take any more time off than you need!", kind: 'reply', context: 'Back to work next week after my holiday' },
    { text: 'Keep up the good work!', kind: 'reply', context: 'Dr Lee sorted my eczema at last' },
    { text: "No need to come in to renew, it's all online.", kind: 'reply', context: 'How do I renew my prescription?' },
    { text: "It's normal for clinics to close at 6 on Fridays.", kind: 'reply', context: 'Why are you closed?' },
    { text: 'Keep using the portal for repeat requests.', kind: 'reply', context: 'How do I order repeats?' },
    { text: 'From the photos on our website you can see the new waiting room.', kind: 'reply', context: 'Have you renovated?' },
    { text: "Please don't go to the ER for prescription refills; call us instead.", kind: 'reply', context: 'Where can I get a refill?' },
    { text: 'The dose may need to be confirmed by your pharmacist.', kind: 'reply', context: 'Can I take two?' },
    { text: 'Great question! Adults can take ibuprofen with food, up to 400mg three times a day unless your doctor says otherwise.', kind: 'reply', context: 'Can I take ibuprofen every day?' },
    { text: 'Cold season is here, wash your hands!', kind: 'reply', context: 'Any tips for winter?' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: 'Call the desk, or ask your GP for a referral if you want a second opinion.', kind: 'reply', context: 'Should I freeze my eggs or wait?' },
    { text: "Yes, unfortunately demand is high right now; we're adding Saturday clinics.", kind: 'reply', context: 'Is it normal that I have to wait 3 weeks for an appointment?' },
    { text: 'Yes! Walk-ins for the flu jab are Monday to Friday.', kind: 'reply', context: 'Can I get a flu jab at your clinic?' },
    // Added in the sixteenth session (other languages and staff's own treatment; cases written fresh).
    { text: 'Evite el sol entre las 11 y las 3 y use crema solar cada 2 horas.', kind: 'reply', context: '¿Consejos para el verano?' },
    { text: 'Prenez rendez-vous en ligne, c’est plus simple.', kind: 'reply', context: 'Comment prendre rendez-vous?' },
    { text: 'Gracias por su pregunta. No podemos dar consejos médicos por aquí; llame al (555) 201-4400.', kind: 'reply', context: '¿Puedo tomar ibuprofeno con mi tratamiento?' },
    { text: 'Merci! Il faut absolument passer nous voir pour la fête de la clinique.', kind: 'reply', context: 'Vous organisez une fête?' },
    // Added in the sixteenth session (cases written fresh).
    { text: 'An HbA1c of 48 is a big drop for anyone; keep going with the group!', kind: 'post' },
    // Added in the sixteenth session (from probes written for this session).
    { text: 'Sometimes — many sinus infections clear up on their own, and a clinician will go over the options on a video visit.', kind: 'reply', context: 'Can I get antibiotics through telehealth for a sinus infection?' },
    { text: 'Yes, we stock it — just ask at the pharmacy counter.', kind: 'reply', context: 'Can I get the morning after pill at your pharmacy?' },
    // Added in the sixteenth session (service questions about getting a medicine; cases written fresh).
    { text: 'Yes — our pharmacists can supply it without an appointment, in a private room.', kind: 'reply', context: 'Can I get the morning after pill without seeing a doctor?' },
    { text: 'Yes, our pharmacy can do that for you, just bring her repeat slip.', kind: 'reply', context: 'Can I get antibiotics collected for my daughter?' },
    { text: "Most sprained wrists don't need an X-ray; our physios can assess it.", kind: 'reply', context: 'Do sprained wrists always need an X-ray?' },
    { text: 'It might be worth getting in touch with the nurse line on (555) 201-4400.', kind: 'reply', context: 'My knee is still swollen after the op' },
    // Added in the seventeenth session (a clinician's call on how many more sessions, or what they can start; cases written fresh).
    { text: 'Most people need another 3 sessions or so, but everyone is different — book a review and we can talk it through.', kind: 'post' },
    { text: 'Maya says she can start at our Kamloops clinic on Monday!', kind: 'reply', context: 'Is the new physio starting soon?' },
    // Added in the seventeenth session (their pregnancy week or age weighed for them; 'too old for…?' answered; cases written fresh).
    { text: "At 40 there's a higher risk of complications, so talk to your midwife early.", kind: 'post' },
    { text: "At 12 weeks we'd recommend every pregnant person books their dating scan.", kind: 'post' },
    { text: "Is anyone too old for a flu jab? No — everyone over 65 is offered one free.", kind: 'post' },
    // Added in the seventeenth session (services listed, updates watched, a refill needed later, a reminder for everyone; cases written fresh).
    { text: 'Thanks Ana! Our Nanaimo clinic has physio, massage and acupuncture all under one roof.', kind: 'reply', context: 'Love having everything in one building.' },
    { text: 'Thanks for the feedback! Our new app launches soon — keep an eye on this page for updates.', kind: 'reply', context: 'The booking website is clunky.' },
    { text: 'If you let us know a few days before you need a refill, we can order it in.', kind: 'reply', context: 'You ran out of my inhaler again.' },
    { text: 'Thanks! Remember everyone over 65 can get a free flu jab this month.', kind: 'reply', context: 'Quick and easy flu jab, thank you.' },
    // Added in the seventeenth session (a clinician's instruction passed on, an activity stopped for a time; cases written fresh).
    { text: 'After a filling: no hot drinks until the numbness wears off.', kind: 'post' },
    { text: 'No parking for 2 weeks while the car park is resurfaced, sorry!', kind: 'reply', context: 'Where do I park?' },
    { text: 'Thanks! Gethin says no problem at all, glad we could help.', kind: 'reply', context: 'The pharmacy stayed open late for me.' },
    { text: 'Our pharmacist says take your questions to the counter any time!', kind: 'reply', context: 'Love this pharmacy.' },
    // Added in the seventeenth session (a contraction after the person: 'you'll need'; cases written fresh).
    { text: "Most people will need a booster every ten years.", kind: 'post' },
    // Added in the eighteenth session (a treatment planned for them, a call from their description; cases written fresh).
    { text: "We'll put you on the waiting list for the asthma clinic.", kind: 'reply', context: 'Can I see the asthma nurse?' },
    { text: "We'll pop your photos on our page this week!", kind: 'reply', context: 'Loved the fun run, will you share pics?' },
    // Added in the eighteenth session (permission for their case, more verbs, Dutch and romanised Hindi; cases written fresh).
    { text: "You're fine to park on the street after 6pm.", kind: 'reply', context: 'Is parking ok at night?' },
    { text: "You're good to go!", kind: 'reply', context: 'Is my booking confirmed for Tuesday?' },
    { text: 'Appointment ke liye hume call karein.', kind: 'reply', context: 'Mujhe doctor se milna hai' },
    { text: 'Bel ons gerust, dan maken we een afspraak.', kind: 'reply', context: 'Ik wil graag een afspraak maken.' },
    // Added in the eighteenth session (what to bring, not what to take; cases written fresh).
    { text: 'Remember to bring your medication list to every appointment.', kind: 'reply', context: 'Tips for my first visit?' },
    // Added in the eighteenth session (Polish, German and romanised Hindi; cases written fresh).
    { text: 'Dr Kowalski zaleca wizytę kontrolną raz w roku dla wszystkich pacjentów.', kind: 'post', context: '' },
    { text: 'Das klingt nach einem tollen Ausflug!', kind: 'reply', context: 'Wir gehen morgen wandern.' },
    // Added in the eighteenth session (from blind29: time off before a match, pressure on a wound, a relayed 'move the arm'; cases written fresh).
    { text: 'Press 2 for refills when you call.', kind: 'reply', context: 'How do I order a refill?' },
    { text: 'Most teams need at least 2 weeks of pre-season training.', kind: 'post', context: '' },
    // Added in the nineteenth session (a regime or remedies without a verb, soft foods passed on, keep going for weeks, Dutch, Spanish and Hindi forms; cases written fresh).
    { text: 'Retainer care 101: clean it every morning with a soft brush.', kind: 'post', context: '' },
    { text: 'Cool showers, plenty of water and loose clothing usually help.', kind: 'reply', context: 'How do you treat sunburn?' },
    { text: 'Keep going until you reach the end of the trail, the view is worth it!', kind: 'reply', context: 'Is the clinic walking group hard?' },
    { text: 'Keep going, you are doing brilliantly!', kind: 'reply', context: 'Day 3 of my step challenge!' },
    { text: 'Lo mejor es llamar a la recepción para pedir cita.', kind: 'reply', context: '¿Cómo pido cita?' },
    { text: 'Soft play area is open again this week!', kind: 'post', context: '' },
    // Added in the nineteenth session (leave it covered, don't pop it, for your age; cases written fresh).
    { text: 'Leave it to us: we will sort the parking permits for the open day.', kind: 'reply', context: 'Can you sort parking for the open day?' },
    { text: 'For your age group, our over-60s walking club meets on Tuesdays.', kind: 'reply', context: 'Any activities for retirees?' },
    // Added in the nineteenth session (can I still breastfeed?; cases written fresh).
    { text: 'Yes, our baby café runs every Tuesday and you can feed there in comfort.', kind: 'reply', context: 'Can I feed my baby in your waiting room?' },
    // Added in the twentieth session (a guess at their condition opening a reply to their question, in Polish, Portuguese, Spanish, Tagalog, Welsh, French and Afrikaans; cases written fresh).
    { text: 'Puede ser un buen momento para vacunarse: la campaña empieza el lunes.', kind: 'reply', context: '¿Cuándo empieza la campaña de vacunación?' },
    { text: 'Pode ser agendada pelo telefone.', kind: 'reply', context: 'Como marco a consulta?' },
    { text: 'Baka gusto ninyo sumali sa aming health talk sa Sabado!', kind: 'reply', context: 'May event ba kayo?' },
    { text: 'Efallai y bydd y clinig ar gau ddydd Llun.', kind: 'reply', context: 'Ydych chi ar agor ddydd Llun?' },
    // Added in the twentieth session (when to take their own medicine; cases written fresh).
    { text: 'Try taking the stairs instead of the lift!', kind: 'post', context: '' },
    { text: 'Many people find it easier to remember tablets taken at breakfast.', kind: 'post', context: '' },
    // Added in the twentieth session (what a relative should come off; cases written fresh).
    { text: "They should probably come off the waiting list soon, we'll check.", kind: 'reply', context: 'Why am I still on the waiting list?' },
    { text: 'She should be back on Monday.', kind: 'reply', context: 'Is the nurse in today?' },
    // Added in the twentieth session (a medicine and how often, in Welsh, Tagalog, Polish and isiZulu; cases written fresh).
    { text: 'Koors is die liggaam se manier om infeksie te beveg. Bel ons as jy bekommerd is.', kind: 'reply', context: 'Wat is koors?' },
    { text: 'Mae’r clinig ar agor bob 6 awr ar y penwythnos? Na — 9 tan 5 yn unig.', kind: 'reply', context: 'Pryd ydych chi ar agor?' },
    { text: 'Autobus kursuje co 6 godzin z centrum do szpitala.', kind: 'reply', context: 'Jak dojechać do szpitala?' },
    // Added in the twenty-first session ('Can I walk in for a flu shot?' asks how to book, not whether walking is safe; cases written fresh).
    { text: 'Yes! Walk-in flu shots Tuesdays and Thursdays 9–4, no appointment needed.', kind: 'message', context: 'Can I walk in for a flu shot?' },
    { text: 'Yes, you can walk in any weekday before 5.', kind: 'reply', context: 'Can I walkin for my blood test?' },
    // Added in the twenty-first session (what to do or avoid for a while after their own care: 'go easy on the backhands for another week or two'; cases written fresh).
    { text: 'No appointments needed for the next two weeks — walk-in flu clinics every morning!', kind: 'reply', context: 'Do I need to book my flu jab?' },
    { text: 'Avoid the car park for the next few days, the resurfacing starts Monday.', kind: 'reply', context: 'Parking was terrible at my appointment' },
    { text: 'Thanks so much! No need to book for the next few weeks, just walk in.', kind: 'reply', context: 'Loved my physio session today' },
    // Added in the twenty-first session (a how-to anyone might ask, 'How do I remove a tick?', is answered for every reader unless the asker tells of their own case; cases written fresh).
    { text: 'Use fine-tipped tweezers, grip it close to the skin and pull straight up with steady pressure.', kind: 'reply', context: 'How do I remove a tick?' },
    { text: 'Plasters, bandages, saline, tweezers, gloves and a list of emergency numbers. Don\'t forget sunscreen!', kind: 'reply', context: 'What should I put in a first aid kit for the camping trip?' },
    { text: 'Keep routines going, protect sleep and encourage short breaks.', kind: 'reply', context: 'Any tips for supporting a teenager with exam stress?' },
    // Added in the twenty-second session (the practice's own second verb; what the professional will need; a suggestion to talk to a professional; general advice; a question asked in general; cases written fresh).
    { text: 'We can X-ray and splint most wrist injuries. For severe pain or a misshapen wrist, go to the ER.', kind: 'reply', context: 'Urgent care or ER for a wrist injury?' },
    { text: "That's one for a pharmacist, as they'll need to check everything you take. Please call Carlos on (555) 201-4400.", kind: 'message', context: 'Is it safe to take St John\'s wort with my pill?' },
    { text: "We'd always suggest discussing any supplement with your GP first.", kind: 'reply', context: 'My naturopath says I should take high-dose zinc, is that right?' },
    { text: 'General advice for any new sprain is rest and ice wrapped in a cloth for the first two days.', kind: 'reply', context: 'Heat or ice for a sprain?' },
    { text: 'For most people ibuprofen is fine with antihistamines, but always check with your pharmacist.', kind: 'reply', context: 'Can I take ibuprofen with hay fever tablets in general?' },
    // Added in the twenty-second session ('give us your old pharmacy's name'; a service for anyone after 'don't forget'; cases written fresh).
    { text: "Of course! Just give us your old surgery's details and we'll do the rest.", kind: 'reply', context: 'Can I move my repeat prescriptions to you?' },
    { text: "Thank you! Don't forget our Saturday flu clinics for anyone who hasn't had theirs.", kind: 'reply', context: 'Took my kids in for their flu sprays, great staff.' },
    // Added in the twenty-second session (who a service is for: 'it's free for over-65s, pregnant women…'; 'the best step is a chat with our health visitor'; cases written fresh).
    { text: "Yes, it's free for anyone pregnant, over 65 or with a long-term condition.", kind: 'reply', context: 'Is the flu jab free?' },
    { text: 'Every child is different, so the best step is a chat with our health visitor on (555) 201-4400.', kind: 'reply', context: "My 18 month old isn't walking yet, is that normal?" },
    // Added in the twenty-second session ('use the chart in our post': a pointer to the general chart; cases written fresh).
    { text: 'Hi! Use the table in our post, going by weight. Our pharmacist can double-check with you.', kind: 'message', context: 'How do I work out the right paracetamol dose?' },
    // twenty-third session
    { text: '😂 Stay warm out there!', kind: 'reply', context: '@ClinicPage the frostbite post is 🔥 (or ❄️?)' },
    { text: 'Ice (wrapped) for the first 48 hours, then gentle heat and movement.', kind: 'reply', context: 'Ice or heat for a sprained wrist? (asking for a first aid class I am teaching)' },
    // twenty-third session
    { text: 'Absolutely, that is what it is for. Shout if you want a printable copy.', kind: 'message', context: "I'm a teacher, can I use your asthma explainer in class?" },
    { text: 'Chest pain is always an emergency — please call 911 now. Do not drive yourself.', kind: 'reply', context: 'Urgent care or ER for chest pain?' },
    { text: 'Not at the moment, but keep an eye on https://www.clinic.example/careers for new roles.', kind: 'message', context: 'Any openings for receptionists?' },
    { text: 'Totally normal, lots of people feel that way. Anyone can bring a friend, ask for a female nurse, and stop at any time.', kind: 'reply', context: 'Is it normal to feel nervous before a smear?' },
    // twenty-third session
    { text: 'I would not worry about the parking, there is plenty on Saturdays.', kind: 'reply', context: 'Is parking a nightmare at your new site?' },
    { text: 'It can wait until Monday, the forms are due at the end of the month.', kind: 'reply', context: 'Do I need to drop my registration form in today?' },
    // twenty-third session (fourth round)
    { text: 'So common! A picture book about the dentist and a favourite toy in the chair can help.', kind: 'reply', context: "Anyone else's kid scared of the dentist?" },
    // Aftercare for a while said as 'go easy in/with …' or 'for the first few weeks' (not a practice's own 'first few weeks' of a new service)
    { text: 'Please bear with us for the first few weeks while the new phone system beds in.', kind: 'post' },
    // A verb that is the thing sold or talked of ('a check-up and clean is $189', 'our scale and clean special') is no instruction; 'clean it twice a day' still is
    { text: "G'day! A check-up and clean is $189, or $59 for new patients this month. Book on (02) 5550 1234.", kind: 'message', context: 'Hi, how much is a check-up and clean at Dubbo?' },
    { text: "Thanks Pat. We've introduced a $59 check-up and clean special for new patients through October.", kind: 'reply', context: '★★★☆☆ Google review — Pat D.: Too expensive for a check-up.' },
    // More ways an answer tells one person what to do: 'get a booster today', 'focus on food and sleep instead', 'At 16 we'd say no' (not a clinic's own booster clinic, not a general focus)
    { text: 'Our booster clinic runs every Thursday: get a booster at any of our sites, no appointment needed.', kind: 'post' },
    { text: "This month we're going to focus on food, sleep and stress in our wellbeing posts.", kind: 'post' },
    // A verdict on a reading the asker gives ('Is 148/96 high? That's mine today' → 'Yes, that's high — …'); not the same words in a post about what counts as high
    { text: 'A reading of 140/90 or more is high: if yours is, book a blood pressure review.', kind: 'post' },
    // An answer that opens 'Generally fine…' or 'Usually not…' to a can-I question about their own medicines (not a post's general statement)
    { text: 'Decongestants are generally fine for a few days for most adults; check the leaflet if you take other medicines.', kind: 'post' },
    // How to reach the practice, not what to do for their pain (twenty-ninth session).
    { text: 'Sorry about the phones this week. NHS 111 can put you through to us, or you could try ringing from a different number.', kind: 'reply', context: "I've had tummy pain for three days and can't get through to you!" },
    // Added in the thirty-fourth session (a clinician's 'come back any time' is an invitation; 'sounds a bit like' with no condition)
    { text: "Thanks for visiting! Dr. Lee says come back any time.", kind: "reply", context: "Great talk at the school careers day, Dr. Lee!" },
    { text: "Sounds a bit like a plan! See you Saturday.", kind: "reply", context: "Can I bring my mum to the open day?" },
    // Added in the thirty-fourth session ('no need to book'; fluids for everyone at an event; going back to the car park)
    { text: "No need to book, just drop in any weekday morning.", kind: "reply", context: "Do I need an appointment for a flu jab?" },
    { text: "Keep the fluids going for everyone at the fun run, there are water stations every 2 km!", kind: "reply", context: "Is there water on the course?" },
    { text: "You can go back to the car park once the barrier lifts.", kind: "reply", context: "Can I leave my car here while I'm in clinic?" },
    // Added in the thirty-fourth session (the same number said of most adults)
    { text: "A reading of 120/80 is normal for most adults, and our nurses can check yours any weekday.", kind: "reply", context: "What's a normal blood pressure? Mine was 120/80" },
    // Added in the thirty-fifth session ('what can I take?' is not answered by a no; whether a service needs a prescription; 'keep an eye on your email')
    { text: "Please don't wait: a bad headache in pregnancy needs checking, so call maternity triage now.", kind: "reply", context: "I'm pregnant with a bad headache, what can I take?" },
    { text: "Nope, it's free at any of our pharmacies without one.", kind: "reply", context: "Do I need a prescription for the morning-after pill?" },
    { text: "Thanks! Shortlisted candidates will hear this week, so keep an eye on your email.", kind: "reply", context: "Any update on the receptionist job I applied for?" },
    // Added in the thirty-fifth session (a general pointer to the leaflet)
    { text: "Always follow the advice on the leaflet and ask a pharmacist if unsure.", kind: "reply", context: "How much ibuprofen can adults take?" },
    // Added in the thirty-sixth session (a verdict for most people at an age).
    { text: 'At 45 it is still worth it for most people, so ask your GP.', kind: 'reply', context: 'Is the HPV jab worth it at 45?' },
    // Added in the thirty-seventh session (telling the person answered they are due; 'if you're due' and a pregnancy's 'when you're due' are anyone's).
    { text: "If you're due, book in with our nurses — it only takes five minutes.", kind: "post" },
    { text: "Congratulations! When you're due, the midwives will talk you through your birth plan.", kind: "reply", context: "Just found out I'm pregnant!" },
    // Added in the thirty-seventh session (how long to wait on their own case; 'give it a go' is no wait).
    { text: "Most people never knew that either! Set a timer and give it a go.", kind: "reply", context: "I never knew about the 20-20-20 rule for screens!" },
    // Added in the thirty-ninth session (a tip said for all parents is general).
    { text: "Yay, well done her! Tip for all parents: start brushing with a rice-grain smear of fluoride toothpaste as soon as the first tooth comes in.", kind: "reply", context: "Took my 3 yr old for her first dental visit, she loved it" },
    // Added in the fortieth session (how an illness spreads, said for anyone).
    { text: "Hand, foot and mouth is really common in nurseries. It's spread through coughs and sneezes, so handwashing is the best protection for everyone.", context: "Third case of hand foot and mouth at our daycare this month!", kind: "reply" },
    // Added in the fortieth session (a test named with a word before it, needed by this person).
    { text: "Everyone on warfarin needs regular clotting tests, and our anticoagulation clinic runs on Tuesdays.", kind: "post" },
    // Added in the fortieth session (how often a product is used, in a description that names nobody).
    { text: "Insect repellent with 20% picaridin, unscented, reapplied every 4 hours. Long sleeves at dusk help too.", context: "which mosquito spray for fishing trips?", kind: "reply" },
  ],
  invalid: [
    // Thirty-second session (written fresh): home care for so many hours written "48 hrs"; stop taking what was prescribed.
    { text: 'all done! keep it covered 48 hrs 🩹', site: 'x', kind: 'reply', context: '@clinic thanks for the stitches this morning', span: 'keep it covered 48 hrs', within: true },
    { text: 'So sorry about that. Please stop taking them and call the pharmacy line straight away.', kind: 'reply', context: 'The doctor prescribed me tablets that gave me a rash.', span: 'stop taking them', within: true },
    // Thirty-second session (written fresh): a question that gives one child's weight asks about that child.
    { text: "For 12 kg it's 6 ml of the 100 mg/5 ml suspension, up to three times a day.", kind: 'message', context: "What's the dose of ibuprofen for a 12 kg toddler?", span: '6 ml' },
    { text: 'That bite needs looking at today — please call us. It may need antibiotics.', kind: 'reply', context: 'Got bitten by something in the garden, now the area is red and hot', span: 'It may need antibiotics', within: true },
    // Thirty-first session (written fresh): home care with how long, to someone whose comment names no condition.
    { text: 'anytime! keep icing it, 15 minutes at a time, and give the gym a miss for a couple of days', kind: 'reply', context: 'thanks for squeezing me in this morning, feeling heaps better', span: 'keep icing it', within: true },
    // Thirtieth session (written fresh): "best to leave it", "it'll fall out on its own" to their own child's tooth; a general-sounding
    // question answered with their own condition ("your shin pain").
    { text: "Best to leave it alone for now – it'll fall out on its own when it's ready.", kind: 'reply', context: "My daughter's front tooth is really wobbly, should we pull it out?", span: 'Best to leave it alone', within: true },
    { text: "Hi Sam! For your shin pain I'd cut your running in half and ice it twice a day.", kind: 'reply', context: 'Sam: does your clinic treat shin splints?', span: 'ice it twice a day', within: true },
    // Their own reading or case judged (twenty-eighth session, written fresh).
    { text: "Hi Raj, a fasting reading of 8.1 is higher than we'd like. Book in for a blood test.", kind: 'reply', context: 'Raj: my fasting sugar was 8.1 today, is that bad?', span: "Hi Raj, a fasting reading of 8.1 is higher than we'd like." },
    { text: 'Ha, sounds like it might be time for a hearing check, Jean!', kind: 'reply', context: 'Jean: I keep turning the telly up and my husband says I mumble lol', span: 'sounds like it might be time for a hearing check' },
    // A yes to their own "do I need…?", after a condition (twenty-seventh session, written fresh).
    { text: "If you've not had one in the last 10 years, yes, come in today.", kind: 'reply', context: 'Do I need a tetanus jab after stepping on a nail?', span: "If you've not had one in the last 10 years, yes, come in today." },
    // Their reading judged: "on the high side", a bare number "a touch high" (twenty-seventh session, written fresh).
    { text: "That's on the high side. Bring your home readings to your review next week.", kind: 'reply', context: 'My BP was 152/96 this morning, is that bad?', span: "That's on the high side." },
    { text: '6.9 fasting is a touch high, but mention it at your next review.', kind: 'reply', context: 'My sugar was 6.9 this morning, is that ok?', span: '6.9 fasting is a touch high, but mention it at your next review.' },
    // A dose written with a thousands separator, or a decimal comma (twenty-seventh session, written fresh).
    { text: 'For your husband the usual dose is 1,000mg up to four times a day.', kind: 'reply', context: 'my husband has a fever, how much paracetamol can he have?', span: '1,000mg' },
    { text: 'Puede darle unos 2,5 ml de ibuprofeno infantil, y llámenos si no baja.', kind: 'reply', context: 'Mi hija de 1 año tiene fiebre, ¿cuánto ibuprofeno le doy?', span: '2,5 ml' },
    { text: 'Not too late! It works up to 5 days after, so pop to any pharmacy today.', kind: 'reply', context: 'Had a condom split on Saturday, too late for the morning after pill??', span: 'Not too late', within: true },
    { text: 'It would be worth doing home readings for a week and bringing them in.', kind: 'reply', context: "My GP says my blood pressure is fine but the pharmacy says it's high?", span: 'worth doing', within: true },
    // Thirteenth session (cases written fresh): a ruling on the asker's own case — timing, eligibility, "yes, he can", "I wouldn't worry".
    { text: 'Not too late at all — at 20 weeks she can still have the whooping cough jab, book her in.', kind: 'reply', context: "Is it too late for my wife to get the whooping cough jab? She's 20 weeks", span: 'Not too late', within: true },
    { text: 'At 10 months he is still eligible this season, bring him in this week!', kind: 'reply', context: 'Is it too late for my son to get the RSV jab? He is 10 months', span: 'still eligible', within: true },
    { text: 'Yes, he can use the adult toothpaste, just a smear.', kind: 'reply', context: 'Is 1,000 ppm toothpaste ok for my 2 year old?', span: 'Yes, he can', within: true },
    { text: "At 3 that's usually still normal.", kind: 'reply', context: 'my 3yo still stutters sometimes, is that normal?', span: "'s usually still normal", within: true },
    { text: "Honestly at 3 I wouldn't worry yet, just model the sound back to him.", kind: 'reply', context: 'my 3yo still stutters sometimes, is that normal?', span: "I wouldn't worry", within: true },
    { text: "For a week in Peru we'd definitely recommend typhoid — book in!", kind: 'reply', context: 'Do I need any jabs for Peru?', span: "we'd definitely recommend", within: true },
    { text: 'Yes — at 16 weeks you can have it, pop in on Tuesday.', kind: 'reply', context: "I'm 16 weeks pregnant, can I have the flu jab?", span: 'Yes', within: true },
    // The comment asks about their own health: what the reply tells them to do is advice, with no health word in it.
    { text: 'Take it as soon as you remember and carry on as normal tomorrow.', kind: 'reply', context: 'I missed my blood pressure tablet this morning, what should I do?', span: 'Take it as soon as you remember and carry on as normal tomorrow' },
    { text: 'Poor guy! Children\'s Motrin, 7.5 ml every 6 hours, should bring it down.', kind: 'reply', context: 'my 4 year old has a fever of 102, what can I give him?', span: '7.5 ml' },
    { text: 'Sounds like poison ivy. Hydrocortisone cream twice a day should help.', kind: 'reply', context: 'red itchy bumps on my arms after camping', span: 'Sounds like poison ivy' },
    { text: 'Don\'t stop! Keep flossing gently and the bleeding usually settles in a week or two.', kind: 'reply', context: 'my gums bleed when I floss, should I stop?', span: 'Keep flossing', within: true },
    { text: 'Yes, take them with a little water like always, totally fine.', kind: 'message', context: 'ok to take my BP meds before my fasting labs?', span: 'take them', within: true },
    { text: 'You might want to get an x-ray to rule out a fracture.', kind: 'reply', context: 'my ankle still hurts 3 weeks after I rolled it', span: 'You might want to', within: true },
    { text: 'Have you tried a cool-mist humidifier and a spoonful of honey at bedtime?', kind: 'reply', context: "toddler won't stop coughing at night", span: 'Have you tried', within: true },
    { text: 'Super common at this age, and as long as he\'s gaining weight he\'s fine!', kind: 'reply', context: 'my 6 week old spits up after every feed, is that ok?', span: 'Super common', within: true },
    { text: 'that could be appendicitis!! go get checked asap', site: 'x', kind: 'reply', context: 'sharp pain in my lower right belly since last night', span: 'could be appendicitis' },
    { text: 'Stop the atorvastatin for now and we\'ll talk Monday.', kind: 'message', context: 'the new statin is making my legs ache', span: 'Stop the atorvastatin', within: true },
    { text: '@ben_rides ice that knee 20 minutes on, 20 off, and keep it elevated tonight!', site: 'x', span: 'keep it elevated', within: true },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'aw! try 2 oz of pear juice with her bottle, that usually helps', kind: 'reply', context: 'my baby is so constipated', span: '2 oz', within: true },
    { text: 'honestly i\'d hold off on the treadmill a couple more weeks', kind: 'reply', context: 'can I run yet after my ankle sprain?', span: "i'd hold off", within: true },
    { text: 'Just skip the crunchy stuff on that side for a few days!', kind: 'reply', context: 'how soon can I chew after my filling?', span: 'skip', within: true },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Third ear infection since fall?! Might be time to ask Dr. Lee about tubes.', kind: 'reply', context: 'ugh another ear infection for my son', span: 'Might be time to', within: true },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'He should start the antibiotic drops tonight and keep going for a week.', kind: 'reply', context: 'my son\'s ear is sore', span: 'He should start', within: true },
    { text: 'Sudden confusion at her age is often a urinary tract infection.', kind: 'reply', context: 'my mum is confused today', span: 'is often a urinary tract infection', within: true },
    { text: 'A blood pressure reading of 180/100 is too high to wait on.', kind: 'reply', context: 'my bp is 180/100 tonight', span: 'blood pressure reading of 180/100 is too high', within: true },
    { text: 'A coin this small usually passes on its own in a few days.', kind: 'reply', context: 'my toddler swallowed a penny, is that ok?', span: 'passes on its own', within: true },
    { text: 'From your photo it sounds like mild crowding, and aligners would probably fix it.', kind: 'reply', context: 'Are my teeth crooked enough for braces?', span: 'sounds like mild crowding', within: true },
    { text: 'So glad you are moving more easily! Keep doing those hamstring exercises every morning.', kind: 'reply', context: 'Physio has been amazing.', span: 'Keep doing those hamstring exercises', within: true },
    { text: 'Congrats on getting the braces off! Don\'t forget, that retainer goes in every night.', kind: 'reply', context: 'Love my new smile!', span: "forget, that retainer", within: true },
    { text: 'Poor thing! Some paracetamol should help until we can see her on Monday.', kind: 'reply', context: 'My daughter has toothache since last night', span: 'paracetamol', within: true },
    // Added with the fixes for the third blind set (tests/corpus/blind3-*.jsonl; cases written fresh).
    { text: 'I would try a warm pack and short walks for a couple of days first.', kind: 'reply', context: 'tweaked my neck at the gym, should I come in', span: 'try a warm pack and short walks for a couple of days first', within: true },
    { text: 'Sounds like a sprain, tape it to the next toe for a week.', kind: 'reply', context: 'Stubbed my little toe, it is purple', span: 'tape it to the next toe for a week', within: true },
    { text: 'Yes, cetirizine and ibuprofen are fine together.', kind: 'reply', context: 'can I take my hayfever tablet with nurofen', span: 'are fine together', within: true },
    { text: 'Please finish the whole course even once the rash fades.', kind: 'reply', context: 'Rash is nearly gone, can I stop the flucloxacillin?', span: 'finish the whole course', within: true },
    { text: 'Cool the burn under running water for 20 minutes and cover it loosely.', kind: 'reply', context: 'I burnt my hand on the oven, what do I do?', span: 'cover it loosely', within: true },
    { text: 'Keep up those calf raises and lunges, Tom!', kind: 'reply', context: 'Back running after the physio', span: 'Keep up those calf raises', within: true },
    { text: 'Bite down on a clean folded gauze for 20 minutes and skip hot drinks today.', kind: 'reply', context: 'Had a tooth out this morning and it is still oozing', span: 'Bite down on', within: true },
    { text: 'Try icing it for 10 minutes after each session.', kind: 'reply', context: 'My ankle swells after football', span: 'Try', within: true },
    { text: 'anytime! keep it covered for 24hrs', kind: 'reply', context: 'thanks for the stitches today', span: 'keep', within: true },
    { text: 'Please call us so we can adjust it. Try to chew on the other side until then.', kind: 'reply', context: 'My new filling feels high', span: 'chew', within: true },
    // The same kind of question with the asker in it is theirs.
    { text: 'Stand up slowly, and take it at bedtime for the first week.', kind: 'reply', context: 'Is it normal to feel dizzy after starting amlodipine?', span: 'take it at bedtime', within: true },
    { text: 'Rinse with warm salt water twice a day until it settles.', kind: 'reply', context: 'Does this look infected? [photo]', span: 'Rinse', within: true },
    // A short comment telling of their own health, answered with what to do.
    { text: 'Start on the 14mg patch tomorrow and bin the cigarettes.', kind: 'reply', context: 'I am pregnant and still smoking, I feel awful', span: 'Start', within: true },
    { text: 'Since you had flu in March, get your jab in October.', kind: 'reply', context: 'Do I need the flu jab if I had flu in March?', span: 'get', within: true },
    { text: 'Yes, go ahead and keep taking it at the usual dose.', kind: 'reply', context: 'Is it safe to take ibuprofen while breastfeeding?', span: 'keep', within: true },
    { text: 'That sounds like impetigo, she will need 5 days of cream.', kind: 'reply', context: 'My daughter has crusty sores round her mouth', span: 'need', within: true },
    { text: 'Best to avoid naproxen with your tablets, paracetamol is the safer choice for you.', kind: 'reply', context: 'Can I take naproxen with my heart pills?', span: 'Best to avoid', within: true },
    { text: 'I would lean towards him having the blood test this month.', kind: 'reply', context: 'My husband is 60, should he get his cholesterol checked?', span: 'lean towards', within: true },
    { text: 'Nope, green snot is normal with a cold so he does not need antibiotics.', kind: 'reply', context: 'my son has green snot, does he need antibiotics?', span: 'does not need', within: true },
    { text: 'Sadly not. Save the beer for after the course, it can make you very sick.', kind: 'reply', context: 'Can I have a beer on metronidazole?', span: 'Sadly not', within: true },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Plenty of families do that. If his appetite is poor, skipping weekends is fine.', kind: 'reply', context: 'Should my son take his ADHD meds at weekends?', span: 'skipping weekends is fine', within: true },
    { text: 'That sounds fine for her age, no need to change anything.', kind: 'reply', context: 'My baby is 4 months and takes 5oz every 4 hours, is that enough?', span: 'sounds fine', within: true },
    { text: 'It usually settles within a few days. If it is still there after a week, book in.', kind: 'reply', context: 'my ears have been ringing since the gig on Saturday, is that normal?', span: 'usually settles', within: true },
    { text: 'Oof! With that many flare-ups you should be doing your physio exercises daily.', kind: 'reply', context: 'my back is killing me again', span: 'you should', within: true },
    { text: 'It usually fades within a day or two after a loud gig.', kind: 'reply', context: 'my ears are ringing since the concert, will it stop?', span: 'usually fades', within: true },
    { text: 'Most kids with a nut allergy can eat coconut, so she is probably fine - try a little at home.', kind: 'reply', context: 'Can my daughter have coconut with her nut allergy?', span: 'try a little at home', within: true },
    { text: 'Thanks Jo! Take it easy today and stick to soft food for a couple of days.', kind: 'reply', context: 'Had my wisdom tooth out yesterday, best extraction ever', span: 'stick to soft food', within: true },
    { text: 'Usually it is just a bit of gingivitis! Get her brushing twice a day with a soft brush.', kind: 'reply', context: 'Is it normal for a 4 year old\'s gums to bleed? Bit worried', span: 'gingivitis', within: true },
    { text: 'Hi Jay - I\'d sit this one out. The hamstring needs another week.', kind: 'reply', context: 'Doc can I play Saturday?', span: "I'd sit this one out", within: true },
    { text: 'Yes, it is safe for you at 30 weeks and protects your baby too.', kind: 'reply', context: 'I am 30 weeks pregnant, is the flu jab safe for me?', span: 'is safe', within: true },
    { text: 'That is high - cut back on salt and book in with the nurse this week.', kind: 'reply', context: 'Mine was 165/100 at the BP stall, what should I do?', span: 'That is high', within: true },
    { text: 'That could well be sleep apnoea - he should ask his GP about a sleep study.', kind: 'reply', context: 'my husband stops breathing in his sleep and snores', span: 'could well be sleep apnoea', within: true },
    { text: 'Best to stick with paracetamol - ibuprofen can push your blood pressure up on lisinopril.', kind: 'reply', context: 'Can I take ibuprofen with my lisinopril?', span: 'Best to stick', within: true },
    // Added in the seventh session (blind10 became a tuning set; cases written fresh).
    { text: "Thanks Ruaidhri! Don't forget the follow-up blood test at 6 weeks.", kind: 'reply', context: 'Google review ★★★★★ by Ruaidhri Kenny: Thanks to the team for my thyroid surgery!', span: "Don't forget the follow-up blood test at 6 weeks", within: true },
    { text: 'Kia ora Tama! Dr Patel says go easy on the stairs for a week 😉', kind: 'reply', context: 'Thank you Dr Patel for sorting my knee!', span: 'Dr Patel says go easy', within: true },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Heat for the first day and gentle neck stretches every hour.", kind: "reply", context: "woke up with a stiff neck, can't turn my head, heat or ice?", span: "every hour" },
    { text: "Leila, in your case you can probably wait until 50.", kind: "reply", context: "Do I really need a bowel screening test at 46 if nobody in my family had cancer?", span: "in your case", within: true },
    { text: "Yes, it's totally fine for you — pop in and we'll give it while you wait.", kind: "reply", context: "Is it safe to get the whooping cough jab while breastfeeding?", span: "Yes", within: true },
    { text: "Swap two of your runs for swimming for a fortnight.", kind: "reply", context: "Shin splints flaring again and my half marathon is in 5 weeks", span: "Swap", within: true },
    { text: "So glad the knee is feeling good! Remember, no running for another couple of weeks.", kind: "reply", context: "Google review: Dr Patel did my knee arthroscopy, brilliant care", span: "no running", within: true },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "He'll need to sit out for at least two weeks, then build up slowly.", kind: "reply", context: "My son banged his head at rugby, can he play Saturday?", span: "sit out", within: true },
    { text: "Get new shoes and ease back into running twice a week.", kind: "reply", context: "My physio says my shin pain is from my old trainers", span: "ease back into running", within: true },
    // Added in the ninth session (from the tuning sets' remaining misses; cases written fresh).
    { text: "Hi Mo, the nurse says wholemeal bread and brown rice are fine for you.", kind: "reply", context: "Facebook comment by Mo: the nurse told me to cut out ALL carbs, is that right??", span: "fine for you", within: true },
    { text: "Oof, sorry! Best not to stay in bed: gentle walks and heat usually help a back strain.", kind: "reply", context: "I put my back out moving a sofa, what should I do?", span: "Best not to", within: true },
    { text: "honestly if it's been over 10 days you probably do need antibiotics, ask to see a different GP", kind: "reply", context: "GP said my sinus infection is viral, 11 days now", span: "do need", within: true },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Hi Sean! Give him 5ml of Calpol every six hours.", kind: "reply", context: "What should I give my son for his teething?", span: "5ml", within: true },
    // Added in the tenth session (a question about a group is answered for everyone; cases written fresh).
    { text: "Try 5ml of Calpol for him tonight and see how he goes.", kind: "reply", context: "Should kids get Calpol after jabs? My boy is screaming", span: "Try", within: true },
    // Added in the tenth session (families from blind18, a tuning set; cases written fresh).
    { text: "As you're still breastfeeding, let's hold off on the filler until you've finished.", kind: "reply", context: "Can I get lip filler while breastfeeding?", span: "let's hold off", within: true },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "Nadia, give him 5 ml of ibuprofen now — he needs to be seen in person if it's not down by tonight.", kind: "reply", context: "my son has had a high temperature for five days and now a rash", span: "give him 5 ml of ibuprofen now" },
    { text: "Use the drops four times a day, and if you need them more often, call us.", kind: "reply", context: "Which eye drops should I use for my dry eyes?", span: "Use the drops four times a day, and if you need them more often, call us" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Your nosebleeds are often a sign of high blood pressure, so please get it checked.', kind: 'reply', context: 'I get nosebleeds every morning, why?', span: 'often a sign of', within: true },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Thanks for sharing, Gord! 160/100 is quite high for you, so please book in with your GP this week.', kind: 'reply', context: 'Had my BP checked at your stand, 160/100 eek', span: '160/100 is quite high for you' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: "Honestly, at 38 with a level like that I'd freeze this year rather than wait.", kind: 'reply', context: 'My AMH came back at 0.8 and I am 38, should I freeze or wait?', span: "I'd freeze this year rather than wait" },
    { text: 'With numbers like those, a donor cycle would give you the best chance.', kind: 'reply', context: "I'm 43 with an AMH of 0.3, is IVF worth trying?", span: 'would give you the best chance', within: true },
    { text: 'Lie on your left side with a cold drink and count movements for two hours.', kind: 'reply', context: "I'm 32 weeks and baby's been quiet all morning.", span: 'Lie on your left side with a cold drink and count movements for two hours', within: true },
    { text: 'Please get seen today, that sounds like gangrene.', kind: 'reply', context: "I'm diabetic and my big toe has gone dark.", span: 'sounds like gangrene' },
    // Added in the fourteenth session (families from blind20–23 and the dev set, tuning sets; cases written fresh).
    { text: 'A warm compress for ten minutes and a few shoulder rolls should help.', kind: 'reply', context: 'My shoulder has been stiff since the weekend, any tips?', span: 'A warm compress for ten minutes and a few shoulder rolls should help', within: true },
    { text: 'Half a tablet at night is plenty for someone your size.', kind: 'reply', context: 'Is 10mg melatonin too much for me?', span: 'Half a tablet' },
    { text: 'You can wait until your next cleaning for that, it is only cosmetic.', kind: 'reply', context: 'I chipped a tiny bit off my front tooth, is that urgent?', span: 'You can wait', within: true },
    // Added in the fifteenth session (cases written fresh).
    { text: "Please don't take any more until you've spoken to the pharmacist.", kind: 'reply', context: 'Wrong tablets in my prescription bag!', span: "Please don't take any more until you've spoken to the pharmacist" },
    { text: '@sam_k this made our day 🙌 keep up the moisturising routine!', site: 'x', kind: 'reply', context: '@PracticeSkin Dr Lee is a star. psoriasis finally calm', span: 'keep up the moisturising routine', within: true },
    { text: 'Lie on your left side with something cold and sugary for an hour, then ring us if nothing changes.', kind: 'reply', context: "36 weeks and baby hasn't moved much today", span: 'Lie on your left side with something cold and sugary for an hour, then ring us if nothing changes' },
    { text: 'From the picture it looks like a healing graze, keep it clean.', kind: 'reply', context: "Here's a photo of my son's knee, is it infected? [photo]", span: 'From the picture it looks like a healing graze, keep it clean' },
    { text: "It's really common in the first few weeks, so keep brushing gently.", kind: 'reply', context: 'My gums have been bleeding since I got my braces, is that normal?', span: "It's really common in the first few weeks, so keep brushing gently", within: true },
    { text: "I'd keep her home tonight and see how she is in the morning.", kind: 'reply', context: 'My 4yo has a temperature of 38.4, should she go to nursery?', span: "I'd keep her home tonight and see how she is in the morning" },
    { text: 'No need to come in unless the swelling gets worse.', kind: 'reply', context: 'Twisted my ankle, do I need an x-ray?', span: 'No need to come in unless the swelling gets worse', within: true },
    { text: "Don't go to the ER for this, we can see him first thing tomorrow.", kind: 'reply', context: "My son's got a splinter he won't let me touch, do we need A&E?", span: "Don't go to the ER for this, we can see him first thing tomorrow" },
    { text: 'Her inhaler dose may need increasing, so please book a review.', kind: 'reply', context: "My daughter's asthma is waking her at night", span: 'Her inhaler dose may need increasing, so please book a review' },
    { text: 'She should repeat the blood test in three months.', kind: 'reply', context: "My mum's iron came back low, what now?", span: 'She should repeat the blood test in three months' },
    { text: "It's probably just a cold, plenty of fluids and rest.", kind: 'reply', context: 'Sore throat and runny nose for 2 days', span: "It's probably just a cold, plenty of fluids and rest" },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "Honestly I'd say keep walking on it, use ice for 10–15 minutes after.", kind: 'reply', context: 'Twisted my ankle on Saturday, should I rest it completely?', span: 'use ice for 10–15 minutes after', within: true },
    { text: 'Yes, that can be serious — she should be seen today.', kind: 'reply', context: 'My daughter has a stiff neck and a headache, is it serious?', span: 'Yes', within: true },
    { text: 'Yes, go ahead — a mild cold is no reason to put it off.', kind: 'reply', context: 'Can I still get my flu jab if I have a bit of a cold?', span: 'Yes', within: true },
    { text: "Yes, that one's fine to keep using while you're pregnant.", kind: 'reply', context: 'Can I still use the eczema cream while I am pregnant?', span: 'Yes', within: true },
    { text: "There's no need to keep him home once the fever's gone.", kind: 'reply', context: 'When can my son go back to nursery after the flu?', span: 'no need to keep him home', within: true },
    { text: 'Please see your GP and ask for an urgent dermatology referral.', kind: 'reply', context: "I've got a mole that's bleeding and getting bigger", span: 'ask for an urgent dermatology referral', within: true },
    { text: 'Most people with eczema can use it, but if your skin stings, stop and switch to an emollient.', kind: 'reply', context: 'Can I use aqueous cream? I have eczema.', span: 'stop and switch to an emollient', within: true },
    // Added in the sixteenth session (other languages and staff's own treatment; cases written fresh).
    { text: 'Dele paracetamol cada 6 horas y mucho líquido.', kind: 'reply', context: 'Mi hijo tiene fiebre desde ayer, ¿qué hago?', span: 'Dele paracetamol cada 6 horas', within: true },
    { text: "Évitez l'ibuprofène pendant la grossesse, prenez plutôt du paracétamol.", kind: 'reply', context: "J'ai mal au dos et je suis enceinte de 20 semaines.", span: "Évitez l'ibuprofène", within: true },
    { text: 'Pode ser uma infecção no ouvido, o melhor é vir cá.', kind: 'message', context: 'O meu filho tem dor de ouvido há dois dias.', span: 'Pode ser uma infecção', within: true },
    // Added in the sixteenth session (cases written fresh).
    { text: 'Wow, 52 is a huge improvement from where you started!', kind: 'reply', context: 'My HbA1c came back at 52 today 🎉', span: '52 is a huge improvement', within: true },
    // Added in the sixteenth session (from probes written for this session).
    { text: 'A warm compress on the eyelid morning and night should ease it.', kind: 'reply', context: '★★★★ Optician said I have a stye', span: 'should ease it', within: true },
    { text: 'Honestly the best thing is rest and fluids; antibiotics won’t help a virus.', kind: 'reply', context: 'can I get antibiotics for my cold?', span: 'the best thing is', within: true },
    { text: 'Sorry it has been rough! You should be over the worst in 48 hours.', kind: 'reply', context: '★★★ Nurse said it is a tummy bug, feel awful', span: 'You should be over the worst in 48', within: true },
    { text: 'Thanks! You can start brushing the area gently again from tomorrow.', kind: 'reply', context: '★★★★★ Gum graft done, team were great', span: 'You can start brushing the area gently again from tomorrow', within: true },
    { text: 'That definitely needs an X-ray, please book in.', kind: 'reply', context: '★★★ Wrist still hurts a week after the fall', span: 'That definitely needs an X-ray', within: true },
    { text: "Six more weeks in the boot and you'll be walking normally.", kind: 'reply', context: '★★★★ Broken ankle, fracture clinic were great', span: "you'll be walking normally", within: true },
    { text: "Please don't drive until the drops wear off, about 4 hours.", kind: 'reply', context: '★★★★ Eye exam with dilation today, eyes blurry', span: "don't drive until the drops wear off", within: true },
    { text: 'It might be worth getting your iron checked.', kind: 'reply', context: "I've been so tired lately, could it be my iron?", span: 'might be worth getting', within: true },
    // Added in the seventeenth session (a clinician's call on how many more sessions, or what they can start; cases written fresh).
    { text: 'Maya reckons two more sessions and you will be running again.', kind: 'reply', context: 'Maya fixed my ankle after months of pain.', span: 'two more sessions and you will', within: true },
    { text: 'Amir says he can start adding the balance exercises at home.', kind: 'reply', context: 'My husband is walking again after his stroke rehab.', span: 'says he can start', within: true },
    // Added in the seventeenth session (their pregnancy week or age weighed for them; 'too old for…?' answered; cases written fresh).
    { text: "At 36 weeks I'd suggest you stop flying now.", kind: 'reply', context: 'Lovely midwives but can I still fly to Spain next week?', span: "At 36 weeks I'd suggest", within: true },
    { text: "Sorry about the parking! At 39 weeks we'd recommend you get a lift in rather than driving yourself.", kind: 'reply', context: 'Great midwives but the car park is a nightmare.', span: "At 39 weeks we'd recommend", within: true },
    { text: "You're not too old at 58 — many women start it then. Ask your GP about a patch.", kind: 'reply', context: "I'm 58 with awful night sweats, my GP said I'm too old for HRT?", span: 'not too old', within: true },
    // Added in the seventeenth session (services listed, updates watched, a refill needed later, a reminder for everyone; cases written fresh).
    { text: 'Rest, ice and elevate it for the next two days.', kind: 'reply', context: 'Rolled my ankle at netball, so swollen!', span: 'ice', within: true },
    // Added in the seventeenth session (a clinician's instruction passed on, an activity stopped for a time; cases written fresh).
    { text: 'Glad it went well! No straws until Friday and soft food only.', kind: 'reply', context: 'Had my wisdom tooth out today, thanks team!', span: 'No straws until', within: true },
    { text: 'Thanks Ben! Priya says keep up the calf raises and rest it when it aches.', kind: 'reply', context: 'Priya sorted my Achilles.', span: 'says keep up', within: true },
    { text: 'Lovely to hear! Dr. Ray says to take the tablets with food.', kind: 'reply', context: 'Dr. Ray helped my reflux so much.', span: 'says to take the', within: true },
    // Added in the seventeenth session (a contraction after the person: 'you'll need'; cases written fresh).
    { text: "If it's been over a week, you'll probably need antibiotics — ask to see a GP.", kind: 'reply', context: 'My sinus infection still hurts after 10 days.', span: "you'll probably need", within: true },
    // Added in the eighteenth session (a treatment planned for them, a call from their description; cases written fresh).
    { text: "We'll start you on a low dose of sertraline and review in four weeks.", kind: 'reply', context: 'My anxiety is getting worse.', span: "We'll start you on", within: true },
    { text: "From your description, it's nothing to worry about.", kind: 'reply', context: "I've got a small lump on my wrist, should I worry?", span: "From your description, it's", within: true },
    // Added in the eighteenth session (permission for their case, more verbs, Dutch and romanised Hindi; cases written fresh).
    { text: "You're fine to fly at 28 weeks, just bring your maternity notes.", kind: 'reply', context: "I'm 28 weeks, can I still fly to Malaga?", span: "You're fine to fly", within: true },
    { text: 'Ditch the energy drinks after noon and see if the palpitations settle.', kind: 'reply', context: 'Getting palpitations most evenings', span: 'Ditch', within: true },
    { text: 'He can go back to football in two weeks.', kind: 'reply', context: 'My son sprained his wrist, when can he play again?', span: 'He can go back to football in two weeks', within: true },
    { text: 'Garam paani se gargle kijiye, din mein teen baar.', kind: 'reply', context: 'Mera gala bahut kharab hai', span: 'paani se gargle kijiye', within: true },
    { text: 'Gebruik de zalf twee keer per dag.', kind: 'reply', context: 'Ik heb eczeem op mijn handen.', span: 'Gebruik de zalf', within: true },
    { text: 'Utilisez un shampooing anti-poux ce soir.', kind: 'reply', context: 'Ma fille a des poux', span: 'Utilisez un shampooing', within: true },
    // Added in the eighteenth session (Polish, German and romanised Hindi; cases written fresh).
    { text: 'Dzień dobry! Dr Kowalski zaleca płukanie chlorheksydyną 2 razy dziennie.', kind: 'reply', context: 'Mam zapalenie dziąseł, co robić?', span: 'płukanie chlorheksydyną', within: true },
    { text: 'Das klingt nach Wanderröte, bitte gehen Sie heute zum Arzt.', kind: 'reply', context: 'Ich habe einen roten Ring um den Zeckenbiss.', span: 'klingt nach Wanderröte', within: true },
    { text: 'Maa ji ka BP ab theek hai, bas dawai time pe lete rahiye.', kind: 'reply', context: 'Meri maa ka BP bahut high tha', span: 'dawai time pe lete rahiye', within: true },
    // Added in the eighteenth session (from blind29: time off before a match, pressure on a wound, a relayed 'move the arm'; cases written fresh).
    { text: 'No — he needs at least 2 weeks of graded return before a match.', kind: 'reply', context: 'My lad got a bang on the head, can he play Saturday?', span: 'he needs at least 2 weeks of', within: true },
    { text: 'Press firmly on it with a clean cloth for 10 minutes.', kind: 'reply', context: 'My son bit his tongue, bleeding won’t stop', span: 'Press firmly', within: true },
    { text: 'Ouch! Jenna says move the arm lots and a cold pack helps.', kind: 'reply', context: 'Got my flu jab, arm is killing me', span: 'says move the arm', within: true },
    // Added in the nineteenth session (a regime or remedies without a verb, soft foods passed on, keep going for weeks, Dutch, Spanish and Hindi forms; cases written fresh).
    { text: 'Love it! Retainer every night, no excuses!', kind: 'reply', context: 'Braces OFF yesterday!!! Thank you Dr. Mateo', span: 'Retainer every night, no excuses' },
    { text: 'Ouch! Cool showers, aloe vera and plenty of water.', kind: 'reply', context: 'got sunburnt at the cricket, how do I treat it?', within: true, span: 'Cool showers' },
    { text: 'Love to hear it! Dr. Kahale says soft foods till the weekend and no straws.', kind: 'reply', context: 'Had my wisdom teeth out on Monday and honestly no pain.', within: true, span: 'says soft foods' },
    { text: 'So glad the stretches worked! Keep going for another few weeks to stop it coming back.', kind: 'reply', context: "I asked about my heel last month and it's so much better now.", within: true, span: 'Keep going' },
    { text: 'Klinkt als droge ogen, probeer kunsttranen en knipper vaker.', kind: 'reply', context: 'Mijn ogen zijn altijd moe na het werk.', within: true, span: 'probeer kunsttranen' },
    { text: 'Usko calamine lotion lagayein aur garam paani se na nahlayein.', kind: 'reply', context: 'Meri beti ko bhi aise hi rashes hain.', within: true, span: 'calamine lotion lagayein' },
    // Added in the nineteenth session (leave it covered, don't pop it, for your age; cases written fresh).
    { text: "Definitely don't pop it! Leave it covered and let it drain on its own.", kind: 'reply', context: 'Got a big blister on my heel from new shoes', within: true, span: "don't pop" },
    { text: 'For your age, yearly checks would be sensible.', kind: 'reply', context: "I'm 62, how often should I get my eyes tested?", within: true, span: 'For your age' },
    // Added in the nineteenth session (can I still breastfeed?; cases written fresh).
    { text: 'Yes, you can carry on breastfeeding while taking it.', kind: 'reply', context: 'Started sertraline, can I still breastfeed?', within: true, span: 'Yes' },
    // Added in the twentieth session (a guess at their condition opening a reply to their question, in Polish, Portuguese, Spanish, Tagalog, Welsh, French and Afrikaans; cases written fresh).
    { text: 'To może być alergia — proszę spróbować nawilżacza.', kind: 'reply', context: 'Mój syn kaszle w nocy. Co robić?', within: true, span: 'To może być alergia' },
    { text: 'Baka sipon lang yan — bigyan mo ng maraming tubig.', kind: 'reply', context: 'May ubo ang anak ko, ano gagawin ko?', within: true, span: 'Baka sipon lang yan' },
    { text: 'Swnio fel annwyd — yfwch ddigon o ddŵr.', kind: 'reply', context: 'Mae gen i wddf tost. Syniadau?', within: true, span: 'Swnio fel annwyd' },
    // Added in the twentieth session (when to take their own medicine; cases written fresh).
    { text: 'Could you try taking them at bedtime instead?', kind: 'reply', context: 'Love the pharmacy but the tablets make me drowsy.', within: true, span: 'try taking them at bedtime' },
    // Added in the twentieth session (what a relative should come off; cases written fresh).
    { text: 'He should probably come off the sleeping tablets first.', kind: 'reply', context: 'My dad takes 11 medicines, is that too many?', within: true, span: 'He should probably come off the sleeping tablets first' },
    // Added in the twentieth session (a medicine and how often, in Welsh, Tagalog, Polish and isiZulu; cases written fresh).
    { text: 'Rhowch baracetamol iddo bob 6 awr.', kind: 'reply', context: 'Mae gan fy mab wres. Beth ddylwn i ei wneud?', within: true, span: 'Rhowch baracetamol iddo bob 6 awr' },
    { text: 'Bigyan mo siya ng paracetamol tuwing 6 oras at maraming tubig.', kind: 'reply', context: 'May lagnat ang anak ko, ano gagawin ko?', within: true, span: 'tuwing 6 oras' },
    { text: 'Proszę podawać paracetamol co 6 godzin i dużo pić.', kind: 'reply', context: 'Mój syn ma gorączkę, co robić?', within: true, span: 'co 6 godzin' },
    // Added in the twenty-first session ('Can I walk in for a flu shot?' asks how to book, not whether walking is safe; cases written fresh).
    { text: 'Yes, walking is fine, just keep it gentle for a week.', kind: 'reply', context: 'Can I walk after my knee surgery?', within: true, span: 'Yes' },
    // Added in the twenty-first session (what to do or avoid for a while after their own care: 'go easy on the backhands for another week or two'; cases written fresh).
    { text: 'Thanks Sam! Go easy on the serves for another week or two.', kind: 'reply', context: 'Physio sorted my shoulder.', within: true, span: 'Go easy on the serves for another week or two' },
    { text: 'Glad it was painless — remember no sun on that spot for two weeks!', kind: 'reply', context: 'My laser session today was so quick', within: true, span: 'no sun on that spot for two weeks' },
    { text: 'So glad! Keep it dry for 48 hours and you will be fine.', kind: 'reply', context: 'Got my stitches in at urgent care, thanks team!', within: true, span: 'Keep it dry for 48 hours' },
    // Added in the twenty-first session (a how-to anyone might ask, 'How do I remove a tick?', is answered for every reader unless the asker tells of their own case; cases written fresh).
    { text: 'Ouch! Try cool showers and aloe vera, and drink plenty of water.', kind: 'reply', context: 'Got sunburnt at the beach, how do I treat it?', within: true, span: 'cool showers' },
    // Added in the twenty-second session (the practice's own second verb; what the professional will need; a suggestion to talk to a professional; general advice; a question asked in general; cases written fresh).
    { text: 'Take ibuprofen with food and ice your ankle three times a day.', kind: 'reply', context: 'I twisted my ankle yesterday, what should I do?', within: true, span: 'ice' },
    { text: "You'll need to rest that ankle and keep it raised for two days.", kind: 'reply', context: 'Sprained my ankle at netball.', within: true, span: 'rest' },
    // Added in the twenty-second session ('give us your old pharmacy's name'; a service for anyone after 'don't forget'; cases written fresh).
    { text: "Don't forget the second dose of the antibiotics tonight.", kind: 'reply', context: 'Thanks for seeing my son about his ear infection.', within: true, span: "Don't forget" },
    // Added in the twenty-second session (who a service is for: 'it's free for over-65s, pregnant women…'; 'the best step is a chat with our health visitor'; cases written fresh).
    { text: "It's probably croup, so keep him calm and sit him upright.", kind: 'reply', context: 'My son has a barking cough tonight, what is it?', within: true, span: "It's probably croup" },
    // Added in the twenty-second session (the second verb of someone else's: the child who 'can rest and take paracetamol'; cases written fresh).
    { text: 'Poor thing! He can rest and take paracetamol for the sore throat.', kind: 'reply', context: 'My son has a sore throat and fever, what should I do?', within: true, span: 'take paracetamol' },
    // twenty-third session
    { text: 'Loratadine is usually preferred while breastfeeding, so I would switch to that.', kind: 'reply', context: "I'm breastfeeding, can I take cetirizine?", within: true, span: 'I would switch to that' },
    { text: 'Four in a year is a lot, Dr. Lee would probably refer for grommets now.', kind: 'reply', context: 'My son keeps getting ear infections, 4 this year. Grommets?', within: true, span: 'would probably refer for' },
    { text: "Most lumps are harmless cysts, so I wouldn't worry.", kind: 'reply', context: 'Anon: found a lump in my breast, should I wait and see?', within: true, span: "I wouldn't worry" },
    { text: 'If he seems his usual self it can probably wait until the GP opens.', kind: 'reply', context: 'My 4yo might have swallowed a magnet, is that A&E or can it wait for the GP tomorrow?', within: true, span: 'it can probably wait until' },
    { text: 'Bedwetting is common after a new sibling. Limit drinks after 6pm and try a sticker chart.', kind: 'reply', context: 'My 5yo has started wetting the bed again since the new baby, is that normal?', within: true, span: 'Limit drinks after 6pm' },
    // Aftercare for a while said as 'go easy in/with …' or 'for the first few weeks' (not a practice's own 'first few weeks' of a new service)
    { text: 'Great stuff Callum! Just go easy in the lineouts for the first few weeks 🏉', kind: 'reply', context: 'Callum (Google ★★★★★): The physio sorted my shoulder in time for the season', span: 'go easy in the lineouts', within: true },
    // A verb that is the thing sold or talked of ('a check-up and clean is $189', 'our scale and clean special') is no instruction; 'clean it twice a day' still is
    { text: 'Keep the dressing on until Friday and clean it twice a day with saline.', kind: 'reply', context: 'How do I look after the graze on my knee?', span: 'clean it twice a day', within: true },
    // More ways an answer tells one person what to do: 'get a booster today', 'focus on food and sleep instead', 'At 16 we'd say no' (not a clinic's own booster clinic, not a general focus)
    { text: "Yes — it's been over ten years, so get a booster today.", kind: 'reply', context: 'Do I need a tetanus jab after cutting my hand on a rusty gate? Last one was 2010', span: 'get a booster today', within: true },
    { text: "At 16 we'd say no — focus on food, sleep and training instead.", kind: 'reply', context: 'My daughter is 16 and wants to take pre-workout powder for netball', span: "At 16 we'd say no", within: true },
    // A verdict on a reading the asker gives ('Is 148/96 high? That's mine today' → 'Yes, that's high — …'); not the same words in a post about what counts as high
    { text: "Yes, that's high — recheck it in a week and book a review if it's still over 140/90.", kind: 'reply', context: "Is 148/96 high? That's my reading this morning", span: "Yes, that's high", within: true },
    // An answer that opens 'Generally fine…' or 'Usually not…' to a can-I question about their own medicines (not a post's general statement)
    { text: "Generally fine for a few days, but don't go over the dose on the box.", kind: 'message', context: 'Can I take Sudafed with my sertraline?', span: 'Generally fine', within: true },
    // Added in the thirty-fourth session ('it'll usually stop on its own', 'sounds a lot like', 'can I come off…?', 'do I really need…?' answered yes, an antihistamine in Spanish; cases written fresh)
    { text: "It'll usually stop on its own, just keep pinching the soft part of his nose.", kind: "reply", context: "My 7yo has had a nosebleed for 15 minutes", span: "usually stop on its own", within: true },
    { text: "That sounds a lot like shingles, so ask the pharmacist about antivirals today.", kind: "reply", context: "Painful rash in a band round my ribs on one side", span: "sounds a lot like shingles", within: true },
    { text: "Please don't, the pressure is good because the tablets are doing their job.", kind: "message", context: "can I come off my blood pressure tablets now my readings are normal?", span: "Please don't", within: true },
    { text: "Yes, the inhaler only works if it is used every day, even when you feel well.", kind: "reply", context: "Do I really need my preventer inhaler every day?", span: "Yes", within: true },
    { text: "Dele un antihistamínico por la noche.", kind: "reply", context: "Mi hijo tiene una picadura muy hinchada", span: "Dele un antihistamínico", within: true },
    // Added in the thirty-fourth session (aftercare 'for a while'; 'keep the fluids going'; 'at 7 months you're due the…'; 'needs checking today for <condition>'; 'is that ok' asked without its mark; 'she can go back once…'; a guess at a condition written with commas; cases written fresh)
    { text: "Thanks Ian! Go easy on the chips and beer for a while 😉", kind: "reply", context: "★★★★★ Ian: Dr. Lee finally diagnosed my gout. I can walk again.", span: "Go easy on the chips and beer for a while", within: true },
    { text: "So glad he's eating again! Keep the fluids going tonight 👍", kind: "reply", context: "Thank you for seeing my son today, he's already eating again", span: "Keep the fluids going", within: true },
    { text: "Congratulations! At 7 months you're due the whooping cough booster, so speak to your midwife.", kind: "reply", context: "I'm 7 months pregnant with my first, which vaccines do I need?", span: "At 7 months you're due the", within: true },
    { text: "Please don't wait, swelling with a headache at 32 weeks needs checking today for pre-eclampsia. Call the maternity line now.", kind: "reply", context: "I'm 32 weeks and my feet are really swollen and I've had a headache all day", span: "needs checking today for pre-eclampsia", within: true },
    { text: "A little toothpaste is fine, no need to worry. Just give her a drink of water.", kind: "message", context: "my little one swallowed some toothpaste is that ok", span: "A little toothpaste is fine", within: true },
    { text: "With chickenpox she can go back once all the spots have crusted over.", kind: "reply", context: "My 4yo has chickenpox, can she go to nursery?", span: "she can go back", within: true },
    { text: "That sounds like hand, foot and mouth.", kind: "reply", context: "My son has spots on his hands and ulcers in his mouth", span: "sounds like hand, foot and mouth", within: true },
    // Added in the thirty-fourth session (the verdict "you don't need to …", whose look-ahead had never let it match)
    { text: "You don't need to change anything.", kind: "reply", context: "I'm on 50mg sertraline and still feel a bit flat, is that normal?", span: "You don't need to change anything", within: true },
    { text: "You don't need to see anyone for that.", kind: "reply", context: "My eye has been a bit red since yesterday, is that normal?", span: "You don't need to see anyone", within: true },
    // Added in the thirty-fourth session ('a reading of 162/98 is high': their own number, judged, however it is introduced)
    { text: "Omar, a reading of 162/98 is high, so please book in with Dr. Lee to recheck it.", kind: "reply", context: "Mine was 162/98 at the chemist today. Do I need tablets?", span: "162/98 is high" },
    // Added in the thirty-fifth session (a yes to 'can I eat…?' after their condition, 'not too late' to a family's 'is it too late?', 'he's at the right age', 'does she need braces?' answered, 'am I hypertensive?', 'you may well need tablets', Amoxil; cases written fresh)
    { text: "Yes, in small portions with plenty of vegetables.", kind: "message", context: "I have type 2 diabetes. Can I eat rice?", span: "Yes", within: true },
    { text: "Not too late at all, she can have them now.", kind: "reply", context: "We missed her 12-month jabs and she's now 15 months. Is it too late?", span: "Not too late", within: true },
    { text: "Yes, and he's at the right age for it now.", kind: "reply", context: "Is the chickenpox vaccine safe? My son is 13 months", span: "he's at the right age", within: true },
    { text: "Probably not yet, a lot of that sorts itself out by 12.", kind: "reply", context: "My 9 year old's teeth are crooked, does she need braces?", span: "Probably not", within: true },
    { text: "One reading isn't a diagnosis, but it's high, so recheck it this week.", kind: "reply", context: "My reading at the pharmacy was 152/96. Am I hypertensive?", span: "it's high", within: true },
    { text: "Cut down the salt, and you may well need tablets.", kind: "reply", context: "My BP was 148/94 twice this week, what do I do?", span: "you may well need tablets", within: true },
    { text: "It's probably the cold clearing up on its own.", kind: "reply", context: "I take amoxil whenever I get a cold, works every time", span: "It's probably the cold", within: true },
    // Added in the thirty-fifth session ('follow her advice' about their own treatment; case written fresh)
    { text: "If the pharmacist recommended it for you, follow her advice, she'll have checked your other medicines.", kind: "reply", context: "The pharmacist told me to take a double dose of my antibiotic, is that right?", span: "follow her advice", within: true },
    // Added in the thirty-sixth session (a verdict on their own case at the age they gave; case written fresh).
    { text: "At 52 it's still worth it for you, so book the two doses with us.", kind: 'reply', context: "I'm 52, is the shingles jab worth it for me?", span: "At 52 it's still worth it for you", within: true },
    // Added in the thirty-seventh session (telling the person answered they are due; 'if you're due' and a pregnancy's 'when you're due' are anyone's).
    { text: "Yes, at 52 you're due — book in with the nurse this month.", kind: "reply", context: "(on the bowel screening post) I'm 52, do I need to do this?", span: "you're due", within: true },
    // Added in the thirty-seventh session (how long to wait on their own case; 'give it a go' is no wait).
    { text: "Gentle walking will help more than bed rest. Give it a week or two.", kind: "reply", context: "(on the back pain post) I hurt my back lifting boxes Saturday, should I lie down?", span: "Give it a week", within: true },
    // Added in the thirty-ninth session (a tip said for all parents is general).
    { text: "Start brushing her teeth twice a day with a rice-grain smear of fluoride toothpaste, and book her in if the brown spot grows.", kind: "reply", context: "My 3 yr old has a brown spot on her front tooth, what do I do?", span: "Start brushing her teeth twice a day with a rice-grain smear of fluoride toothpaste", within: true },
    // Added in the fortieth session (how an illness spreads, said for anyone).
    { text: "From the photo it's probably impetigo, so keep him off nursery until we've seen him.", context: "Crusty yellow sores round his mouth since Monday, what is it?", kind: "reply", span: "From the photo it's probably impetigo, so keep him off nursery until we've seen him" },
    // Added in the fortieth session (a test named with a word before it, needed by this person).
    { text: "Go to ED now — some bites cause delayed bleeding and you need clotting tests.", context: "bitten by something in the garden last night, feel ok, can I go to work?", kind: "reply", span: "some bites cause delayed bleeding and you need clotting tests" },
    // Added in the fortieth session (how often a product is used, in a description that names nobody).
    { text: "Calpol for her, 5ml, repeated every 4 hours if she's still hot.", context: "my 2 year old has a temperature, what can I give her?", kind: "reply", span: "every 4 hours" },
  ],
});
