// person-name: names of patients or their family in a message about care, including the evasions the
// rule promises (lowercase, digits, zero-width characters, spaced-out letters, initials, titles).
// Hard negatives: staff names from the policy, public officials, thanks with no care, months and days.
import { DEV_POLICY, ruleTester } from './rule-tester';

ruleTester('person-name', {
  valid: [
    { text: 'Thank you for the kind words!', kind: 'reply', context: 'Google review ★★★★★ Kind Staff: lovely visit' },
    // A letter ending a sentence before an everyday word, and a public figure telling her own story.
    { text: 'Frostbite can start below -15°F. Early signs are numb, waxy skin.' },
    { text: 'Take vitamin D. The NHS suggests 10 micrograms a day in winter.' },
    { text: 'Tennis star Venus Carter has spoken openly about her blood clots after giving birth.' },
    // A reviewer thanked by name, in English or another language, and nothing about care.
    { text: 'Thank you Grace! 🙏', kind: 'reply', context: 'Lovely surgery, always helpful. – Grace' },
    { text: 'Gracias Mercedes! We appreciate you taking the time.', kind: 'reply', context: 'Great staff. – Mercedes' },
    { text: 'Dr. Anita Patel and Dr. Lee are both taking new patients this fall.' },
    { text: 'Nurse Kim teaches our diabetes basics class every other Thursday evening.' },
    { text: 'Jenna and Carlos held down the front desk solo today while we were short-staffed. Heroes!' },
    { text: 'Thanks so much, Deb! The cookies disappeared in about four minutes.', kind: 'reply', context: 'Dropped off some snickerdoodles for the team!' },
    { text: 'Thank you, Mayor Whitfield, for cutting the ribbon on our new pediatric wing!' },
    { text: 'May is Mental Health Awareness Month. Our counselors have added evening hours.' },
    { text: 'Happy retirement, Carlos! Twenty-two years of keeping our front desk running. 🎉' },
    { text: 'Dr. Patel\'s tip of the week: swap out your toothbrush every three months or after a cold.' },
    { text: 'Shoutout to Lincoln Elementary for letting us run free vision screenings this week!' },
    { text: 'Olympic swimmer Dana Whitlock talked publicly about her asthma this week. Inhalers and gold medals can mix!' },
    { text: 'Will we be open Memorial Day? Nope! Closed Monday, back Tuesday at 8.', site: 'x' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Great feature on former Sen. Maria Alvarez and her years of heart health advocacy, worth a read.', site: 'linkedin' },
    { text: 'So many pitchers come back stronger after Tommy John surgery these days. Rehab is the real work.' },
    // Added by the lead with the fixes for the third blind corpus (tests/corpus/holdout3.jsonl).
    { text: 'Happy Thanksgiving from all of us! Go easy on the pecan pie, your molars will thank you 🦃' },
    { text: 'Big thanks to country star Wade Hollis for telling fans about his skin cancer scare. Check your moles, friends!' },
    { text: 'QB Marcus Dell broke his wrist on live TV yesterday, and our inbox is full of wrist questions. Most wrist sprains heal in weeks.', site: 'x' },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Watching the Riverhawks\' Tasha Bell come back from knee surgery was inspiring. Pro timelines are not everyone\'s timeline.', site: 'linkedin' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Sara (not her real name) was five when she finally saw clearly with her first glasses.' },
    { text: 'Happy 3rd birthday, Prince George! This little guy has all his baby teeth now.' },
    { text: 'Hank, aged 60, is one of the volunteers at our blood drive this Saturday.' },
    // "I" and "My" after a thank-you are not names ("Thank you, I have…", "Ask My GP").
    { text: 'Thank you, I have passed your comments to the team. You can also use Ask My GP for your repeat prescription.', kind: 'reply', context: 'The nurse was lovely.' },
    // Added with the fixes for the third blind set (cases written fresh).
    { text: 'Greetings from the pediatric dentistry conference in San Antonio, where we learned about new sealants!' },
    { text: 'Happy Lunar New Year to all our families! Go easy on the sticky sweets.' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Vaccines at 8 weeks: 6-in-1, MenB and rotavirus. At one year: Hib/MenC and MMR.' },
    { text: 'Get well soon to striker Sam Okoro after that hamstring injury, the whole town is behind you!' },
    { text: 'Like many of you we have followed TV presenter Gina Marsh talking about her menopause. Conversations like hers have helped millions of women.' },
    { text: 'Andy Murray being so open about his metal hip has helped many people ask about joint surgery sooner.' },
    { text: 'Thank you, Harborpoint, for trusting us with your care this year!', policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, name: 'Harborpoint Family Health' } } },
    // Added in the seventh session (blind10 became a tuning set; cases written fresh).
    { text: 'Kidney stones: drink 2.5–3L of water a day and go easy on salt.' },
    { text: 'First aid for a sprain: Protect, Rest, Ice, Compress, Elevate. Avoid Heat, Alcohol, Running, Massage.' },
    { text: "Composite case (details invented, not a real patient): 'Ravi', 60, keeps missing his diabetes review." },
    { text: 'Legend Tomasz! Thanks for the review 🙌', kind: 'reply', context: 'Google review ★★★★★ by Tomasz Wierzbicki: finally got my teeth sorted thanks to the root canal team' },
    // Added in the seventh session (blind15 written and tuned on; cases written fresh).
    { text: 'Our hygienist Jenna Okonkwo-Lind placed sealants for second-graders at four schools this fall.' },
    { text: 'Michael Brandt, the most decorated Olympian of his era, has talked about his depression.' },
    { text: 'Hugh Brandt has been open for years about having skin cancers removed from his nose.' },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Nick Jonas was diagnosed with type 1 diabetes as a teenager. Know the signs: thirst, tiredness, weight loss.", kind: "post" },
    { text: "Hugh Jackman has had skin cancers removed and reminds fans to wear sunscreen. Book a skin check!", kind: "post" },
    { text: "Beyoncé has written about developing preeclampsia with her twins — it can happen to anyone.", kind: "post" },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Welcome to our new dietitian, who speaks English, Tagalog and Cebuano!", kind: "post" },
    { text: "Free flu jabs for Aboriginal and Torres Strait Islander people aged 6 months and over.", kind: "post" },
    { text: "We're sorry to hear this. Please contact our Patient Relations Office on (555) 201-4400 so we can look into it.", kind: "reply", context: "Yelp review (1 star): rude and disorganised" },
    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "Despite the name, it rarely causes a fever over 101°F. A high fever is more likely something else.", kind: "post" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Ramsay Hunt syndrome is shingles of the facial nerve, and it can cause hearing loss. Ask us about the shingles vaccine.", kind: "post" },
    { text: "Addison disease is rare, but know the signs: tiredness, dizziness and darker skin.", kind: "post" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Catch us at the Coral Springs farmers market on Saturday with free blood pressure checks!', kind: 'post' },
    { text: 'Photos from our Teddy Bear Clinic at Oakfield Nursery: every teddy went home with a bandage 🧸', kind: 'post' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Heat index over 105 this week, AUSTIN 🥵 Check on older neighbours and know the signs of heat exhaustion: confusion and fainting.', kind: 'post' },
    { text: 'Anytime, Renata! Reminder for everyone: our Madison walk-in clinic now opens Sundays 9am–5pm.', kind: 'reply', context: 'Google review, 5★ — Renata Vos: "Open Sundays, a lifesaver."' },
    { text: "Hi, I'm sorry she's poorly. We can't advise over Facebook, please ring the surgery on (555) 201-4400, or 111 out of hours.", kind: 'message', context: 'Facebook Messenger — (parent): "My daughter has had a rash since Monday."' },
    // Added in the fifteenth session (cases written fresh).
    { text: 'Nova Scotia has some of the highest rates of Lyme disease in Canada, so check for ticks after every walk.', kind: 'post' },
    { text: 'Costa Rica trip coming up? Book your travel vaccines six weeks ahead.', kind: 'post' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: 'Stretch little and often, even on busy days. — Marc, Physiotherapist', kind: 'post' },
    { text: 'Your visit is on Ward 4B, bed 2 is by the window.', kind: 'message', context: 'Where do I find the ward?' },
    // Added in the seventeenth session (a hyphened staff name; cases written fresh).
    { text: 'Please give us a call so Kerri-Ann can check on you.', kind: 'reply', context: 'Is it normal my gums still bleed?', policy: { ...DEV_POLICY, allowNames: [...DEV_POLICY.allowNames, 'Kerri-Ann'] } },
    // Added in the seventeenth session (first names of the UK, Ireland, Wales, Scotland, New Zealand, the Pacific, South Africa and Poland; cases written fresh).
    { text: 'Cathal Mbeki-Rourke spoke on national radio this week about his year out with a knee injury.', kind: 'post' },
    { text: 'Pita bread and hummus at the staff picnic today!', kind: 'post' },
    // Added in the seventeenth session (a reviewer named in a long review heading, a hyphened first name; cases written fresh).
    { text: 'Thanks for the review! We love seeing families at the Bendigo clinic.', kind: 'reply', context: 'Google review of Lakeside Dental Bendigo, Victoria — ★★★★★ — Carla Mendes: "Great with kids."' },
    // Added in the eighteenth session (a group addressed, a county; cases written fresh).
    { text: "Blokes, it's OK to not be OK. Talk to a mate or your GP.", kind: 'post', context: '' },
    { text: 'We ran 6,000 video consultations in Kerry this year.', kind: 'reply', context: 'Great telehealth service.' },
    // Added in the eighteenth session (a town after a signature, a score in mixed case, a hyphened staff name; cases written fresh).
    { text: 'Brush twice a day from the very first tooth. — Dr Patel, Bozeman', kind: 'post', context: '' },
    { text: 'Only 29% of our sore-throat scripts met FeverPAIN criteria.', kind: 'post', context: '' },
    // Added in the nineteenth session (names after birthday wishes and love, a resident's title; cases written fresh).
    { text: 'Happy birthday to Dublin Zoo, 193 years young!', kind: 'post', context: '' },
    // Added in the nineteenth session (birthday wishes to a place; cases written fresh).
    { text: 'Happy 10th birthday to Kamloops Family Clinic! Thanks to every patient who has trusted us.', kind: 'post', context: '' },
    // Added in the nineteenth session (a site named after the practice, towns that are first names, a mnemonic spelled with dots; cases written fresh).
    { text: 'Reminder: flu vaccine clinics every Saturday in October at Bayview Ennis, no appointment needed.', kind: 'post', context: '', policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, name: 'Bayview Family Health' } } },
    { text: 'Hi! Yes, our Eau Claire family docs offer vasectomy, call us for a consult.', kind: 'reply', context: 'do you do vasectomies?' },
    { text: 'Yes, free walk-in counselling runs on Wednesdays at our Brandon clinic.', kind: 'reply', context: 'Is there a free counselling service in Brandon?' },
    { text: 'Signs of a stroke? Think F.A.S.T.: Face drooping, Arm weakness, Speech difficulty, Time to call 911.', kind: 'post', context: '' },
    // Added in the twenty-second session ('the Ontario family medicine conference'; cases written fresh).
    { text: 'Dr. Lee presents at the Manitoba family medicine forum next week.', kind: 'post' },
    // twenty-third session
    { text: "Bites and stings in the Kimberley: keep still, apply a pressure bandage, call 000.", kind: 'post', context: '' },
    { text: 'Modern hearing aids are tiny, Bluetooth-ready and discreet. Free hearing checks every Friday.', kind: 'post', context: '' },
    { text: 'Severe swelling or trouble breathing = go to A&E. Toothache alone = painkillers and ring us at 8.', kind: 'post', context: '' },
    // twenty-third session
    { text: 'Thank you for the lovely review, Yasmin! We are lucky to have such a wonderful team.', kind: 'reply', context: 'Yasmin ★★★★★ Dr Patel is the best dentist I have had' },
    // A town the practice has a site in, read from its address or a mailbox named for the site ('Dust storm forecast for Bourke', 'the Marfa team'), is no person; a patient with the same first name elsewhere still is
    { text: 'Dust storm forecast for Bourke 🌪️ If you have asthma, keep your reliever with you and follow your asthma action plan.', kind: 'post', policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '14 Ardmore Street, Wanaka 9305, New Zealand', emails: ['bourke@fernhollow.example', 'reception@fernhollow.example'] } } },
    { text: 'Flu jabs at Wanaka on Saturday: Marfa gets its clinic next week.', kind: 'post', policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '14 Ardmore Street, Wanaka 9305, New Zealand', emails: ['marfa@fernhollow.example'] } } },
    // A registered brand (twenty-ninth session).
    { text: "There's also a newer flu vaccine, Flublok®, which isn't made using eggs.", kind: 'post' },
    // A staff role written as a title names a colleague, like "Nurse Kim" (thirty-third session, written fresh).
    { text: 'Physio Dani will run the Saturday stretch class this week.', kind: 'post' },
    // Added in the thirty-fourth session (the reviewer's own name after a courtesy title)
    { text: "God bless you too, Miss Dolores! 🙏", kind: "reply", context: "★★★★★ Dolores Grant: 85 years old and the doctors still treat me with respect. God bless." },
    // Added in the thirty-sixth session (a town named '<first name> Town').
    { text: 'Our George Town physio team can assess your knee, call 6555 0130.', kind: 'reply', context: 'Anyone got tips for knee pain on stairs?' },
    // Added in the thirty-seventh session (a county's name before a lower-case 'counties').
    { text: "After the floods in Breathitt and Perry counties, check your tetanus shot is up to date.", kind: "post" },
    // Added in the thirty-eighth session (a town by its surroundings: 'our Katherine and Whyalla GPs', 'Katherine, NT', 'at Katherine clinic', 'in Katherine.'; a name after a town in a greeting stays a name).
    { text: "Heat is a clinical risk. This summer our Katherine and Whyalla GPs are running heat-health plans for people on diuretics and antipsychotics.", kind: "post" },
    { text: "We're recruiting a Rural Generalist (Obstetrics) for Katherine, NT: full procedural privileges and a 1-in-5 roster.", kind: "post" },
    { text: "Cheers! We've added extra GP sessions for flu jabs at Katherine clinic this winter to cut waits.", kind: "reply", context: "Shoutout to Katherine clinic, quickest appointment I've had in years" },
    { text: "Our free breastfeeding group for sore nipples and supply worries meets Thursdays at 10am in Katherine.", kind: "post" },
    // Added in the thirty-ninth session (the practice's own town, even a first name, with a site word a word or two after it or a date after it).
    { text: "Vasectomy consults now at the Somerton and Yuma urology offices.", kind: "reply", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    { text: "Our Somerton and Yuma dental clinics both place sealants for kids.", kind: "reply", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    { text: "Flu shot clinics: Yuma Oct 4 and Somerton Oct 11, walk in 8 am to noon.", kind: "post", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    // Added in the thirty-ninth session (a name in apposition to a person just described; a vocative set off after a lower-case aside).
    { text: "Huge thanks to a local business, Grace Bakery, for the cupcakes at our flu clinic!", kind: "post" },
    { text: "— Dr Hana Moretti, Bozeman", kind: "reply", context: "Who wrote this?" },
    // Added in the thirty-ninth session (a town the practice has a site in, thanked in the comment, is no person the reply names).
    { text: "Same-day emergencies are what we're here for! Our Yuma walk-in keeps slots every morning — call early.", kind: "reply", context: "Chipped tooth, seen the same day. Thank you Yuma!", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    // Added in the fortieth session (the practice's own town, also a first name, after a move towards it).
    { text: "Thanks for thinking of me! I've just relocated to Austin so I'll pass for now, but keep me in mind next year.", kind: "message", context: "Hi! We're hiring a practice nurse for our new site, would you be interested?", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '4410 Burnet Rd, Austin, TX 78756' } } },
    { text: "Welcome to Florence, Dr. Okafor! Our new dermatologist starts seeing patients on Monday.", kind: "post", policy: { ...DEV_POLICY, allowNames: [...DEV_POLICY.allowNames, 'Okafor'], practice: { ...DEV_POLICY.practice, address: '22 Cole St, Florence, AL 35630' } } },
    // Added in the fortieth session (honorifics of other languages before a name; a name right after someone's person).
    { text: "Huge thanks to our partner Pharmacies across the district for running the flu clinics with us.", kind: "post" },
    { text: "Our volunteer Drivers Scheme runs every weekday — call reception to book a lift to your appointment.", kind: "post" },
  ],
  invalid: [
    // The name a review is signed with, greeted in the reply about their care, even when it is also a word.
    { text: 'Hi Precious, we went through the cost at your consultation in March.', kind: 'reply', context: 'Braces cost far more than I was told. – Precious A.', span: 'Precious' },
    { text: 'Thanks, Deshawn! Hope the new retainer isn\'t too snug for the first few nights.', kind: 'reply', context: 'Love my new smile, you guys rock', span: 'Deshawn' },
    { text: 'thanks priya!! so glad the rash is finally clearing up', site: 'x', kind: 'reply', context: 'you guys are the best', span: 'priya' },
    // The reviewer's name heads the comment with where it was left in brackets (twenty-seventh session, written fresh).
    { text: 'Of course Sunny! Hope the antibiotics kick in fast.', kind: 'reply', context: 'Sunny Albrecht (Facebook): thanks for fitting me in today, you lot are great', span: 'Sunny' },
    { text: 'Mrs. Oyelaran, your lab results are in. Please call us when you get a chance.', kind: 'reply', context: 'Any update on my bloodwork?', span: 'Mrs. Oyelaran' },
    { text: 'Mrs. K, the refill for your blood pressure pills is ready for pickup.', kind: 'reply', context: 'Did my refill go through?', span: 'Mrs. K' },
    { text: 'Big high five to R.J. for getting through his allergy shots without a single tear!', span: 'R.J.' },
    { text: 'So fun having the Okonkwo twins in for their first cleanings today!', span: 'the Okonkwo twins' },
    { text: 'Congrats to J0rdan on walking without crutches after his ACL repair!', span: 'J0rdan' },
    { text: 'Get well soon, Car\u200Bmen! Rest that shoulder after surgery.', kind: 'reply', context: 'Surgery went great, thank you all', span: 'Car\u200Bmen' },
    { text: 'Hope the cast comes off soon, M a r i a!', kind: 'reply', context: 'Thanks for fixing my wrist', span: 'M a r i a' },
    { text: 'Congrats to our patient Jade on her brand-new hearing aids!', span: 'Jade' },
    { text: 'So glad Eli is eating again! Keep him on soft foods for a few more days.', kind: 'reply', context: 'This is Tanya Brooks, my son Eli had his tonsils out with you last week', span: 'Eli' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Thanks for your kind review Desmond, so glad your appointment went smoothly.', kind: 'reply', context: 'Quick and friendly', span: 'Desmond' },
    { text: 'Lucía, thank you! So glad your appointment was quick.', kind: 'reply', context: 'In and out in 20 minutes', span: 'Lucía' },
    { text: 'I have looked into your registration for you Aurelio, and it is now complete.', kind: 'reply', context: 'Registration forms lost twice', span: 'Aurelio' },
    { text: 'Maeve, we have shared this with Nurse Ola, she was so touched.', kind: 'reply', context: 'Google review ★★★★★ Maeve Dunne: Nurse Ola was wonderful with my son', span: 'Maeve' },
    { text: 'Thank you, Tunde! Dr. Lee says he will see you at your next check.', kind: 'reply', context: 'Tunde Bello ★★★★★ — Dr. Lee explained everything', span: 'Tunde' },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).

    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Great to see Zoë and her mum at her check-up today!", kind: "post", span: "Zoë" },
    // Added in the twelfth session (families from blind21, a tuning set since this session; cases written fresh).
    { text: 'Lena Grove was so brave at her filling today!', kind: 'post', span: 'Lena Grove' },
    // Added in the fifteenth session (cases written fresh).
    { text: "We're so sorry. Caoilfhionn's care is being reviewed by our lead GP.", kind: 'reply', context: 'The GP sent my daughter home and she got worse.', span: "Caoilfhionn's" },
    // Added in the sixteenth session (cases written fresh).
    { text: 'So sorry, Will is next in with the nurse.', kind: 'reply', context: 'My son Will Tarrant has been waiting since 9!', span: 'Will' },
    // Added in the seventeenth session (a hyphened staff name; cases written fresh).
    { text: 'Mary-Jane had her braces off today!', kind: 'post', span: 'Mary-Jane' },
    // Added in the seventeenth session (first names of the UK, Ireland, Wales, Scotland, New Zealand, the Pacific, South Africa and Poland; cases written fresh).
    { text: 'So glad the filling went smoothly Aoife, see you in six months for your clean!', kind: 'reply', context: 'Dr. Lee was so gentle.', span: 'Aoife' },
    { text: 'Sounds like a trapped nerve in your neck, Ffion — try the chin tucks.', kind: 'reply', context: 'Pins and needles down my arm at work, would these help?', span: 'Ffion' },
    { text: 'Love to hear it Tevita! Sam says keep up the squats.', kind: 'reply', context: 'Best physio in town.', span: 'Tevita' },
    // Added in the seventeenth session (a reviewer named in a long review heading, a hyphened first name; cases written fresh).
    { text: 'Thanks Georgia! We love having you and the boys in — see you all in six months!', kind: 'reply', context: 'Google review of Lakeside Dental Bendigo, Victoria — ★★★★★ — Georgia Nikolaidis: "Took my two boys for their first check-up."', span: 'Georgia' },
    { text: 'Love to hear it Min-jun! See you at your next session on Tuesday.', kind: 'reply', context: 'Healthshare review of Harbour Physio, Nelson — ★★★★★ — Min-jun Seo: "The Pilates classes are brilliant."', span: 'Min-jun' },
    // Added in the nineteenth session (names after birthday wishes and love, a resident's title; cases written fresh).
    { text: 'Happy 102nd birthday to Nóirín, our longest-standing resident! 🎂', kind: 'post', context: '', span: 'Nóirín' },
    { text: 'It was our pleasure! Happy 95th to Hubert, our resident crossword king 👑', kind: 'reply', context: "Just want to thank the aged care nurses for dad's birthday party", span: 'Hubert' },
    // Added in the nineteenth session (a site named after the practice, towns that are first names, a mnemonic spelled with dots; cases written fresh).
    { text: 'Hope the stitches come out easily, Ennis! See you Thursday.', kind: 'reply', context: 'Thanks for fixing my hand', span: 'Ennis' },
    // A town the practice has a site in, read from its address or a mailbox named for the site ('Dust storm forecast for Bourke', 'the Marfa team'), is no person; a patient with the same first name elsewhere still is
    { text: "Thanks Bourke! Hope the asthma's settling after your visit.", kind: 'reply', context: 'Bourke Adams: great care', policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, emails: ['bourke@fernhollow.example'] } }, span: 'Bourke' },


    // Added in the thirty-eighth session (a town by its surroundings: 'our Katherine and Whyalla GPs', 'Katherine, NT', 'at Katherine clinic', 'in Katherine.'; a name after a town in a greeting stays a name).
    { text: "Welcome back to Darwin, Katherine! So good to have you home after your knee op.", kind: "reply", span: "Katherine" },
    // Added in the thirty-ninth session (the practice's own town, even a first name, with a site word a word or two after it or a date after it).
    { text: "Thanks Yuma! Glad your knee is feeling better.", kind: "reply", span: "Yuma", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    // Added in the thirty-ninth session (a name in apposition to a person just described; a vocative set off after a lower-case aside).
    { text: "Our physio team rebuilt the knee strength of a local farmer, Ray Tarrant, after his fall.", kind: "post", span: "Ray Tarrant" },
    { text: "Two riders came off their bikes at the weekend. One of them — you know who you are, Dale 😉 — needed eight stitches.", kind: "post", span: "Dale" },
    // Added in the thirty-ninth session (a town the practice has a site in, thanked in the comment, is no person the reply names).
    { text: "Thanks Tanya! Tanya, we're so glad the filling feels better.", kind: "reply", context: "Thank you Yuma! — Tanya", span: "Tanya", within: true, policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '1450 S 4th Ave, Yuma, AZ 85364' } } },
    // Added in the fortieth session (the practice's own town, also a first name, after a move towards it).
    { text: "Say hi to Austin from all of us, hope his ankle's healing!", kind: "reply", context: "Thanks for fitting my son in so quickly!", span: "Austin", policy: { ...DEV_POLICY, practice: { ...DEV_POLICY.practice, address: '4410 Burnet Rd, Austin, TX 78756' } } },
    // Added in the fortieth session (honorifics of other languages before a name; a name right after someone's person).
    { text: "Hi! Encik Ravindran is just finishing his physio exercises, out in 5 minutes.", kind: "message", context: "Hi, this is his wife, is he done with physio? I'm in the car park.", span: "Encik Ravindran" },
    { text: "Yes, Kasirajan was seen on Monday and given two days off for a sprained wrist.", kind: "message", context: "HR here. Did our worker Kasirajan come in on Monday? He has a sick note from you.", span: "Kasirajan" },
    { text: "Doña Remedios got her flu shot this morning and told us to hurry up 😄", kind: "post", span: "Doña Remedios" },
    // Added in the fortieth session (first names that are honorifics elsewhere stay names).
    { text: "Thanks Lola, so glad your knee is feeling better after the injection!", kind: "reply", span: "Lola" },
    { text: "Don, we're sorry about the wait for your results.", kind: "reply", span: "Don" },
  ],
});
