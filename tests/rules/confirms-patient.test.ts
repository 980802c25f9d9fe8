// confirms-patient: wording that confirms or implies an identifiable person is, was or will be a patient
// (their visit, appointment, procedure or chart, "our patient", "see you Thursday"). Generic thanks for a
// review, general logistics, plural "our patients" and staff coming in are fine.
import { ruleTester } from './rule-tester';

ruleTester('confirms-patient', {
  valid: [
    { text: 'Thank you for the five stars! We appreciate you taking the time to share.', kind: 'reply', context: 'Friendly staff, clean office, 10/10' },
    { text: 'New patients welcome! We take most major insurance plans.' },
    { text: 'Our patient portal has a fresh new look. Log in to check it out!' },
    { text: 'Yes, we take walk-ins for sports physicals on weekdays until 4.', kind: 'reply', context: 'can my kid get a sports physical without an appt?' },
    { text: 'She is! Call (555) 201-4400 and the front desk will get you set up.', kind: 'reply', context: 'Is Dr. Patel taking new patients?' },
    { text: 'We\'re sorry to hear this. Please call our office manager at (555) 201-4400 so we can make it right.', kind: 'reply', context: 'Waited forever and the receptionist was rude' },
    { text: 'Nurse Kim came in on her day off to help with flu clinic. That\'s dedication!' },
    { text: 'Happy Nurses Week to our amazing team! We couldn\'t care for our patients without you.' },
    { text: 'See you at the Bayview 5K on Saturday! Our booth has free sunscreen.' },
    { text: 'Patient privacy is why we never confirm who walks through our doors.', site: 'linkedin' },
    // Added by the lead with the fix in 540f892.
    { text: 'Our patients love the new waiting room, and so do we!' },
    { text: 'Thanks for your message! Please call our office so we can help.', kind: 'message', context: 'are my results back?' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Thanks to everyone who ran with us! See you next year 🏃', kind: 'reply', context: 'So fun, great event!' },
    { text: 'Our front desk team is very patient with first-time callers, and we love them for it.' },
    { text: 'It was an honor to care for this community for 30 years. Thank you, Bayview!' },
    { text: 'We were seen as the best family practice in the county again this year! Thank you for voting.' },
    { text: 'Today\'s appointment slots for flu shots are full, but tomorrow has plenty.', kind: 'reply', context: 'any flu shot openings today?' },
    // Added by the lead with the fixes for the third blind corpus (tests/corpus/holdout3.jsonl).
    { text: 'Many people feel nervous before their first cleaning, and that is totally okay.', kind: 'reply', context: 'is it normal to be scared of the dentist lol' },
    { text: 'Baby teeth matter! Book a first visit by age one, and bring any questions you have.' },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Quiz time (hypothetical, not a real patient): a teen with knee pain after every practice. What is your first question?', site: 'linkedin' },
    { text: 'Good news: you can book with our PT team directly, no referral needed.', kind: 'reply', context: 'do I need a referral for physical therapy?' },
    { text: 'We now offer Botox and filler consults on Thursdays. Call (555) 201-4400 to book!' },
    // Added by the lead with the fixes for the fifth blind corpus (tests/corpus/holdout5.jsonl).
    { text: 'Meet Pickles, our office cat! She naps in the lobby and ignores everyone equally.' },
    { text: 'She is! We will pass your kind words along to her 💕', kind: 'reply', context: 'Is Dr. Patel still there? She delivered both my kids!' },
    { text: 'Remember the snowstorm last January? We are stocking up on salt for the parking lot this year.' },
    { text: 'Our hygienists presented a poster on fluoride varnish uptake at the state meeting!', site: 'linkedin' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Thank you for your feedback, we appreciate you taking the time to share your experience with us.', kind: 'reply', context: 'Friendly staff and a clean waiting room.' },
    { text: 'Please call our patient line on (555) 201-4400 and we will look into it.', kind: 'reply', context: 'Nobody answers the phone!' },
    { text: 'We protect every patient\'s privacy, so we can\'t discuss any details here.', kind: 'reply', context: 'They got my daughter\'s diagnosis wrong.' },
    { text: 'We don\'t have a registered patient with that name, so you may have reached the wrong practice.', kind: 'reply', context: 'Worst dermatologist ever.' },
    { text: 'We\'re sorry to hear about your experience. Please ask for our practice manager so we can look into your concerns.', kind: 'reply', context: 'Rude on the phone.' },
    { text: 'Thanks so much, Priyanka, we really appreciate the kind words!', kind: 'reply', context: 'Love this place, everyone is so friendly.' },
    { text: 'We\'ve shared your comments with the reception team.', kind: 'reply', context: 'The lady on the front desk was lovely.' },
    { text: 'Our surgery closes at 6:30 on Thursdays and the car park is free after 5.', kind: 'reply', context: 'When do you close?' },
    { text: 'A patient asked us last week whether a flu shot can give you the flu. It can\'t! Book yours today.' },
    { text: 'Thank you, our students always love their placement with us. Best of luck with your exams!', kind: 'reply', context: 'Great placement, learned so much from the GPs.' },
    { text: 'At his age he is due for his first check-up anyway, wherever you take him.', kind: 'reply', context: 'When should my son see a dentist?' },
    { text: 'Sorry to hear it. Please ask for Jenna so she can look into what happened.', kind: 'reply', context: 'They called me to move my appointment and then never booked it.' },
    { text: 'By the first birthday is the usual rule, and you can book online any time.', kind: 'reply', context: 'when should my son see a dentist? he has 4 teeth' },
    { text: 'Jordan from our front desk says hi to everyone at the 5K this weekend!' },
    { text: 'We can usually get you in within 48 hours, just call the front desk.', kind: 'reply', context: 'Do I need a referral for PT?' },
    { text: 'Flu shots are due again every autumn, so book yours when the clinic opens.', kind: 'reply', context: 'When should I get my next flu shot?' },
    { text: 'Thanks for reaching out! The whole team says hi and hopes to meet you at the open house.', kind: 'reply', context: 'Excited for the new office!' },
  ],
  invalid: [
    { text: 'So good seeing you this morning, Priya! Hope the new glasses are working out.', kind: 'reply', context: 'Thanks for fitting me in!', span: 'So good seeing you' },
    { text: 'Your 2:30 with Dr. Patel has been moved to Friday. Does that still work?', kind: 'message', context: 'is my appointment still on?', span: 'Your 2:30' },
    { text: 'One of our longtime patients brought the whole team homemade tamales today 😍', span: 'One of our longtime patients' },
    { text: 'Sorry about the wait on Tuesday, Mr. Boyd. We\'ve fixed the scheduling glitch.', kind: 'reply', context: 'Waited 45 minutes past my appt time', span: 'Sorry about the wait' },
    { text: 'Welcome to the world, baby Ines! Dr. Patel delivered her at 4:12 this morning.', span: 'Welcome to the world' },
    { text: 'Congrats to Devin on wrapping up physical therapy. Back on the court next week!', span: 'wrapping up physical therapy' },
    { text: 'We love having you and the boys in the office, Keisha!', kind: 'reply', context: 'Best pediatric office ever', span: 'We love having you' },
    { text: 'Great news, your crown came in! Call us to pick a time.', kind: 'message', context: 'any word on my crown?', span: 'your crown' },
    { text: 'See you Thursday, Omar! Don\'t forget your retainer.', kind: 'reply', context: 'Thursday works for me', span: 'See you Thursday' },
    // Added by the lead with the fix in 540f892.
    { text: 'Our 92-year-old patient just got her first tattoo and wanted us to know!', span: 'Our 92-year-old patient' },
    { text: 'Hi Derek, your MRI from 10/2 shows a small tear; Dr. Lee will go over options Monday.', kind: 'message', context: 'any news on my scan?', span: 'your MRI' },
    { text: 'Look who came in for a cavity check today! Little Mateo was so brave. 🦷', span: 'came in', within: true },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'Yes, Omar Haddad was seen here Monday and can go back to practice.', kind: 'message', context: 'Coach here, can you confirm Omar came in?', span: 'was seen here' },
    { text: 'Priya\'s appointment is at 9:40 Tuesday, see you then!', kind: 'message', context: 'when is my daughter Priya booked?', span: "Priya's appointment" },
    { text: 'Here is your receipt for today\'s visit. Have a great weekend!', kind: 'message', context: 'can I get a receipt?', span: "today's visit" },
    { text: 'It was a privilege to care for your grandmother these last few years.', span: 'privilege to care for your' },
    { text: 'Done! The 6/14 crown prep is paid in full now.', kind: 'message', context: 'can I pay my balance here?', span: 'crown prep', within: true },
    // Added by the lead with the fixes for the third blind corpus (tests/corpus/holdout3.jsonl).
    { text: 'Watch one of Dr. Patel\'s patients take her first steps after knee surgery!', span: "one of Dr. Patel's patients" },
    { text: 'Congrats to the Okafors! Mama labored all night and baby boy arrived at dawn 💙', span: 'Mama labored', within: true },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'Shoutout to participant #12, Dolores, for never missing a study visit!', site: 'linkedin', span: 'participant #12' },
    { text: 'Congrats to Riverhawks forward Tasha Bell on her comeback, our PT team loved working with her this spring!', span: 'loved working with', within: true },
    { text: 'Rinse it and keep it in milk, we are holding a chair for him right now!', kind: 'reply', context: 'my son knocked out his tooth what do I do', span: 'holding a chair', within: true },
    // Added by the lead with the fixes for the fifth blind corpus (tests/corpus/holdout5.jsonl).
    { text: 'The triplets we delivered in March came back for their 6 month checkup today and wow 🥹', span: 'The triplets we delivered', within: true },
    { text: 'At the AAPD meeting I presented the case of a 7-year-old with a rare enamel defect.', site: 'linkedin', span: 'presented the case of a', within: true },
    { text: 'Remember the little girl who swallowed a bead last spring? She is thriving!', span: 'Remember the little girl who', within: true },
    { text: 'lol dr. patel did your cousin\'s crown last year, ask her how it went', kind: 'reply', site: 'x', context: 'are crowns painful?', span: 'dr. patel did your', within: true },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Thanks for the lovely review, Dominika! We can\'t wait to see you at your next check-up.', kind: 'reply', context: 'Five stars, always friendly', span: 'your next check-up', within: true },
    { text: 'Delighted you felt looked after during the whole visit.', kind: 'reply', context: 'Thank you all', span: 'you felt looked after' },
    { text: 'So pleased Dr. Lee was able to reassure you last week.', kind: 'reply', context: 'Thank you Dr Lee', span: 'Dr. Lee' },
    { text: 'Thank you! I have passed your lovely words on to Nurse Kim.', kind: 'reply', context: 'Nurse Kim was so gentle with my son', span: 'Nurse Kim' },
    { text: 'We have checked our records and the call was returned within ten minutes.', kind: 'reply', context: 'Nobody called me back!', span: 'We have checked our records', within: true },
    { text: 'Sorry the booking kept moving, that is not the experience we want our patients to have.', kind: 'reply', context: 'Rebooked three times', span: 'not the experience we want our patients', within: true },
    { text: 'Glad the new booking app worked well for you and your husband!', kind: 'reply', context: 'Easy to book now', span: 'worked well for you and your husband', within: true },
    { text: 'Welcome to the practice, Imogen! Lovely to have you.', kind: 'reply', context: 'Just registered, so easy', span: 'Welcome to the practice' },
    { text: 'Sorry to see you go, we hope you are happier at your new surgery.', kind: 'reply', context: 'Moving practices after this', span: 'happier at your new surgery' },
    { text: 'Thank you, Sunil. We are pleased you have found our team helpful over the years.', kind: 'reply', context: 'Been here 20 years', span: 'you have found our team', within: true },
    { text: 'We will take a look at that tooth at his 9-month visit next week!', kind: 'reply', context: 'He keeps biting when nursing', span: 'his 9-month visit' },
    { text: 'Hope the wrist heals up fast!', kind: 'reply', context: 'Came in with a swollen wrist on Saturday. They splinted it in ten minutes.', span: 'the wrist heals up', within: true },
    { text: 'So glad you are feeling stronger every week.', kind: 'reply', context: 'I have been seeing a physio here since my knee surgery.', span: 'you are feeling stronger', within: true },
    { text: 'So sorry about the sensitivity! Carlos says hi 😊', kind: 'reply', context: 'Teeth a bit sensitive since the cleaning', span: 'Carlos' },
    { text: 'Call us and we will get you in with Dr. Lee this week.', kind: 'reply', context: 'My bite feels high since the crown', span: 'get you in with Dr. Lee', within: true },
    { text: 'All clear! We will text a reminder when you are due again.', kind: 'message', context: 'any news on my smear?', span: 'you are due again', within: true },
  ],
});
