// patient-media: a photo or video of a patient being posted or shared, whatever it says about consent.
// Staff photos, equipment, photo-policy discussions and "no patients were involved" are fine.
import { ruleTester } from './rule-tester';

ruleTester('patient-media', {
  valid: [
    // Consent to share information, not a picture (thirty-third session, written fresh).
    { text: "Hi Ola, we can't discuss anyone's care here, but if you call us we can explain how a relative can be given access with a patient's consent.", kind: 'message', context: 'my mum was in yesterday, what did they find?' },
    // Thirty-second session (written fresh): "reveal" as a verb is no before/after picture.
    { text: 'Eczema triggers to note: heat, wool, stress, new soaps. A month of notes can reveal patterns your nurse can use.', kind: 'post', context: 'Eczema diary' },
    // A picture taken down, and a camera brought along (twenty-seventh session, written fresh).
    { text: "Of course, Hana. We've taken the photo down from the open day album — sorry for any worry.", kind: "reply", context: "Hana Li: please remove my photo from your page" },
    { text: "@harbourwalk our pleasure! Dr Ruiz is walking it in a pirate costume, so bring your cameras 🏴‍☠️", site: "x", kind: "reply", context: "@harbourwalk: Thanks for sponsoring the harbour walk!" },
    // Twenty-sixth session: care by video call, and a training video with no patient in it.
    { text: 'Our rural telehealth pilot, 12 months in: 1,400 video consults, 94 km of travel saved per consult and patient satisfaction of 4.7 out of 5.', kind: 'post' },
    { text: 'How to use an adrenaline pen: blue to the sky, orange to the thigh. Watch our 2-minute video with a training pen (no real patient!).', kind: 'post' },
    { text: 'Watch our video on how to use an inhaler — one of our nurses explains it step by step.' },
    { text: '📸 Our new waiting room is finally finished!' },
    // Added with the fixes for blind8 (fifth 2026-12-03 session; cases written fresh).
    { text: 'We can only share results with the patient unless they give consent.', kind: 'reply', context: 'Why will you not tell me my husband\'s results?' },
    { text: 'Anyone can collect a prescription for the patient, but bring photo ID.', kind: 'reply', context: 'Can my neighbour pick up my meds?' },
    { text: 'Staff photo day! Dr. Patel, Nurse Kim, Jenna and Carlos in matching scrubs 📸' },
    { text: 'Our policy is simple: we never post patient photos, even with permission.' },
    { text: 'The smile in this ad belongs to a paid model. No patients were pictured.' },
    { text: 'Why we don\'t post before-and-after photos anymore, and why your practice shouldn\'t either.', site: 'linkedin' },
    { text: 'Check out our new 3D x-ray machine! Less radiation, faster scans.' },
    { text: 'Watch Dr. Lee demo the right way to floss (on a model, not a patient!) 🎥' },
    { text: 'Throwback photo of our very first office in 2004!' },
    { text: 'Video: Nurse Kim shows how to use an EpiPen in 60 seconds.' },
    { text: 'Here is the photo consent form we use for our own staff headshots.', site: 'linkedin' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'CPR recertification day! Photos of our very patient practice mannequin below 📸', site: 'linkedin' },
    // Added by the lead with the fixes for the fourth blind corpus (tests/corpus/holdout4.jsonl).
    { text: 'We can\'t send x-rays over Messenger, but you can download them from the patient portal anytime.', kind: 'message', context: 'can you send me my xrays here?' },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'This short video explains how our triage works, Karwan.', kind: 'reply', context: 'Your system is a joke' },
    { text: 'Share your photos from the fun run with us using #HarborPointRuns!' },
    // Added with the fixes for the third blind set (cases written fresh).
    { text: 'All calls to the surgery are recorded for training, so I can listen back if you give me the time.', kind: 'reply', context: 'The receptionist was rude to me on the phone' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Parents gave consent for the school flu vaccine in record numbers this year!' },
    { text: 'Before and after! These photos are of a typodont (a training model) showing how bonding rebuilds a chipped edge.' },
    { text: 'Good discussion today on photos: if a patient could be recognised, it does not belong on the practice page.' },
    { text: 'Our new-patient consultations are free and include photos, a scan and time for questions.', kind: 'reply', context: 'How much is a consultation?' },
    // Added in the seventh session (blind14 written and tuned on; cases written fresh).
    { text: "Pictured: our nurse showing how to take a child's temperature. (The 'patient' is our training mannequin, Hettie.)" },
    { text: "Shared with permission, details changed: 'I kept waiting to feel the glow everyone talked about. It never came.' Postpartum depression affects 1 in 7 moms." },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).
    { text: "Before and after: our reception refurbishment is finished, with new chairs and a kids' corner!", kind: "post" },
    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "We can't share who's in our photos, Lena, but thank you for caring about your neighbours.", kind: "reply", context: "Comment from Lena: is that Mr. Tom from church in the wound-care photo?" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Gentle stretching before and after knee surgery makes recovery easier. Ask the physio team for the leaflet.", kind: "post" },
    { text: "Check your blood sugar before and after exercise for the first few weeks.", kind: "post" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Our new treatment room photos are going up on the page this week!", kind: "post" },
    // Added in the twelfth session: patients pictured as a group; a policy of never sharing photos.
    { text: 'Our patients keep asking about the new photo wall in reception: it is all local landscapes!', kind: 'post' },
    { text: 'We will never post pictures of our patients without a signed authorization on file.', kind: 'post' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Our residents loved the choir visit last week, and we would love more volunteers. Call (555) 201-4400.', kind: 'post' },
    // Added in the fifteenth session (cases written fresh).
    { text: 'Our before & after gallery has dozens of examples.', kind: 'reply', context: 'Do you have examples of veneers?' },
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "Some snaps from Friday's staff garden party — what a day!", kind: 'post' },
    { text: "Photos from this year's fun run with our nursing team are up on the website.", kind: 'post' },
    // Added in the sixteenth session (from probes written for this session).
    { text: "Here's what a healthy knee X-ray looks like next to one with arthritis.", kind: 'post' },
    // Added in the seventeenth session (people pictured while they get care; cases written fresh).
    { text: 'Photo of families queuing at the summer fair face-painting stand! 🎨', kind: 'post' },
    { text: 'Photo of the new waiting room chairs, so comfy!', kind: 'post' },
    // Added in the seventeenth session (asking leave to post their picture; cases written fresh).
    { text: 'Can we share your lovely photo on our page? Just reply yes!', kind: 'reply', context: "Here's my new smile! [photo]" },
    { text: 'Would you mind if we posted your before and after on Instagram?', kind: 'reply', context: 'Love my new veneers!' },
    { text: 'Would you be happy for us to share your before & after?', kind: 'reply', context: 'Love my new smile! [photo]' },
    // Added in the seventeenth session (a procedure on film, a swipe past an arrow, a recorded training session; cases written fresh).
    { text: 'Our nurses recorded a training session on hand hygiene — watch it on our website.', kind: 'post' },
    { text: 'Swipe ➡️ to see our new waiting room!', kind: 'post' },
    // Added in the eighteenth session (patients pictured at an event or getting care; cases written fresh).
    { text: 'Our residents enjoying the new garden will have to wait until spring, sadly!', kind: 'post', context: '' },
    { text: '60 families got free blood pressure checks at our health fair. Thank you all!', kind: 'post', context: '' },
    // Added in the eighteenth session (patients out at an event; cases written fresh).
    { text: 'Our patients out walking every Friday inspire us all — join them!', kind: 'post', context: '' },
    // Added in the eighteenth session (signed photo consent forms; cases written fresh).
    { text: 'Parents: please bring the signed consent form for the school vaccination day.', kind: 'post', context: '' },
    // Added in the twenty-second session (a photo dump from a vaccine clinic; kids who let us snap their photo; cases written fresh).
    { text: "Photo dump from Saturday's staff picnic! 🌭", kind: 'post' },
    { text: 'Could we take your photo for the new staff wall, Jenna?', kind: 'reply', context: 'Loving the new staff wall!' },
    // Added in the twenty-second session (the photo the comment asks for, of them; cases written fresh).
    { text: "Here's the photo of our new waiting room!", kind: 'reply', context: 'Any pictures of the refurb?' },
    // Added in the twenty-second session ('Picture a farmer in her 50s': imagine; cases written fresh).
    { text: "Picture a builder in his 40s who hasn't seen a doctor in years. What would get him in? Ideas welcome.", kind: 'post' },
    // twenty-third session
    { text: "We'll email it once the form is signed. Thank you!", kind: 'reply', context: 'Can you send me the invoice from Friday?' },
    // 'the full picture': what is known about a complaint (twenty-ninth session).
    { text: "Lucinda, we apologise. Without the full picture it isn't possible to investigate, so could you contact the practice?", kind: 'reply', context: 'Google review ★☆☆☆☆ — Lucinda: She never booked the new date.' },
    // Added in the thirty-fourth session (health videos on a waiting-room TV)
    { text: "We switched the waiting room TV to health videos only. Thanks for the feedback, Nina!", kind: "reply", context: "★★★★☆ Nina Park: Lovely staff but the TV is so loud." },
    // Added in the thirty-seventh session (consent to post the picture the comment names; photos of their kids from checkup day; shared with the family's permission; permission to share records is no picture).
    { text: "We'd need your permission to share your records with the hospital.", kind: "reply", context: "Can you send my records to the hospital? I saw your photo post about the new portal" },
    // Added in the thirty-eighth session (a support group's photo; people pictured being vaccinated; photos sent of someone at their birth).
    { text: "Photos of the new waiting room are up! Our diabetes support group moves there next month.", kind: "post" },
    { text: "Our carers' support group meets Tuesdays at 10 in the community room. All welcome.", kind: "post" },
    { text: "We can't send photos by message, sorry: please ask the midwife at your next visit about the birth suite tour.", kind: "message", context: "can you send me photos of the birth suite before my due date?" },
    // Added in the fortieth session (photos of staff and paid models only).
    { text: "We only use staff and paid models in our marketing photos 🙂 but we'll take that as a compliment to your sister!", context: "Who's the patient in your new billboard photo? Looks like my sister!", kind: "reply" },
  ],
  invalid: [
    // Apostrophes inside words ("Here's … Kateri's") open no quotation (thirty-third session, written fresh).
    { text: "Here's Dr. Lee with baby Aurora, just an hour after she arrived! (Shared with Kateri's blessing 💕)", kind: 'post', span: "Shared with Kateri's blessing" },
    // Thirteenth session (written fresh): one of many, and consent said another way.
    { text: '🎥 Watch one of our knee rehab patients walk without crutches for the first time!', span: '🎥' },
    { text: 'Eye checks this morning with some lovely little faces (parents said yes to the pic!)', span: 'parents said yes to the pic' },
    { text: 'Before and after: 8 months of aligners for this sweet teen! 😁', span: 'Before and after' },
    { text: 'Swipe through for Grandma Lou\'s new dentures. She insisted we share!', span: 'Swipe through' },
    { text: 'Here\'s the X-ray from little Zoe\'s wrist fracture. Can you spot the break?', span: 'Here\'s the X-ray' },
    { text: 'Posting it now! So proud of you 💪', kind: 'reply', context: 'pls post the video of me walking without my walker!!', span: 'Posting' },
    { text: 'We filmed Mr. Gaines taking his first steps on his new prosthetic leg. Grab the tissues!', span: 'filmed' },
    { text: 'Shared with his permission: our bravest patient\'s first look at his new smile!', span: 'Shared with his permission' },
    { text: 'Mid-procedure selfie with our favorite patient, Gus 🤳', site: 'x', span: 'selfie' },
    { text: 'Little Ada\'s first eye exam reel is up on our page!', span: 'reel' },
    // Added by the lead with the fixes for the second blind corpus (tests/corpus/holdout2.jsonl).
    { text: 'before n after of yesterday\'s crown lengthening 😮 #perio', site: 'x', span: 'before n after' },
    // Added by the lead with the fixes for the fifth blind corpus (tests/corpus/holdout5.jsonl).
    { text: 'Thank you, Marisol, for letting us share your before-and-after! Two years of aligners well spent.', span: 'letting us share', within: true },
    // Added with issue 8 (real review replies, education posts and answers; cases written fresh).
    { text: 'Thank you! We have just added your before and after to our smile gallery 😍', kind: 'reply', context: 'Love my veneers', span: 'added your before and after', within: true },
    // Added with the fixes for the third blind set (tests/corpus/blind3-*.jsonl; cases written fresh).
    { text: 'We have popped your before and after pictures on our page!', kind: 'reply', context: 'Love my new smile', span: 'popped your before and after', within: true },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'A little clip from this morning\'s clinic waiting room (parents gave consent).', span: 'clip', within: true },
    { text: 'Photos from the summer fete at the home (residents pictured with permission).', span: 'Photos', within: true },
    // Added in the eighth session (blind13 became a tuning set; cases written fresh).

    // Added in the ninth session (blind18 became a tuning set; cases written fresh).
    { text: "Before & after: 3 sessions of our laser on sun damage. Results vary!", kind: "post", span: "Before & after" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Before and after of this week's smile makeover for our lovely patient Gemma!", kind: "post", span: "Before and after" },
    // Added in the tenth session (families from blind17, a tuning set since this session; cases written fresh).
    { text: "Thanks Leah! Your before and afters are going live on our Instagram tomorrow 😍", kind: "reply", context: "So happy with my veneers", span: "Your before and afters are going live" },
    // Added in the twelfth session.
    { text: 'Scroll down for snaps from the reading corner with a few of our youngest patients! 📚', kind: 'post', span: 'snaps from the reading corner with a few of our youngest patients' },
    { text: 'What a morning! Video from the flu clinic with some of our residents cheering each other on.', kind: 'post', span: 'Video' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Our residents had the best afternoon when the fire brigade came to visit! 📸 Smiles all round in the lounge.', kind: 'post', span: 'Our residents had' },
    // Added in the fifteenth session (cases written fresh). (Its "Would you be happy for us to share your before & after?"
    // is a valid case since the seventeenth: asking leave posts nothing, as three writers label it.)
    // Added in the sixteenth session (families from blind25, now a tuning set; cases written fresh).
    { text: "Some snaps from Friday's garden party with our residents — what a day! 🌞", kind: 'post', span: "snaps from Friday's garden party with our residents" },
    // Added in the sixteenth session (from probes written for this session).
    { text: "Sharing this X-ray from today's clinic — can you spot the fracture?", kind: 'post', span: 'Sharing this X-ray' },
    // Added in the seventeenth session (people pictured while they get care; cases written fresh).
    { text: 'Tag yourself if you got your booster with us! [photo of people queuing for boosters]', kind: 'post', span: 'photo' },
    { text: 'Busy morning! 📸 Pics of parents getting their flu jabs at the school clinic.', kind: 'post', span: '📸' },
    // Added in the seventeenth session (a procedure on film, a swipe past an arrow, a recorded training session; cases written fresh).
    { text: 'Our work experience student filmed a root canal today!', kind: 'post', span: 'filmed' },
    { text: "Swipe ➡️ to see Keira's smile journey!", kind: 'post', span: 'Swipe' },
    // Added in the eighteenth session (patients pictured at an event or getting care; cases written fresh).
    { text: 'Our residents dancing at the summer fete! 📸', kind: 'post', context: '', span: 'Our residents dancing' },
    { text: 'Pics from our Health Fair! 60 families got free blood pressure checks 📷', kind: 'post', context: '', span: 'Pics' },
    // Added in the eighteenth session (patients out at an event; cases written fresh).
    { text: 'Throwback to the Wellness Walk 📸 So lovely to see our cardiac rehab patients out striding in the sun!', kind: 'post', context: '', span: '📸', within: true },
    // Added in the eighteenth session (signed photo consent forms; cases written fresh).
    { text: '📸 From today\'s school eye screening: learners showing off their new glasses! Parents signed photo consent forms.', kind: 'post', context: '', span: '📸' },
    // Added in the twenty-second session (a photo dump from a vaccine clinic; kids who let us snap their photo; cases written fresh).
    { text: "Photo dump from Friday's flu clinic 💉 So many brave faces!", kind: 'post', within: true, span: 'Photo' },
    { text: 'Thanks to all the kids who let us snap their photo after their check-up! 📸', kind: 'post', within: true, span: 'snap' },
    // Added in the twenty-second session (the photo the comment asks for, of them; cases written fresh).
    { text: "Of course! Here's the photo Dr. Lee took on Friday.", kind: 'message', context: 'Could you send me the photo you took of my mole?', within: true, span: "Here's the photo" },
    // twenty-third session
    { text: "Of course! We'll send it over this afternoon 📸", kind: 'reply', context: 'Could you send me the photo of Dad at the garden party?', within: true, span: "We'll send it over" },
    { text: 'What a fun open day! Pics below — thanks to the families who let us snap their little ones getting their fluoride varnish.', kind: 'post', context: '', within: true, span: 'Pics' },

    // Added in the thirty-seventh session (consent to post the picture the comment names; photos of their kids from checkup day; shared with the family's permission; permission to share records is no picture).
    { text: "Isn't she gorgeous? Her dad gave us permission to post it 😊", kind: "reply", context: "Saw the photo you posted of my neighbour's little girl after her check-up", span: "dad gave us permission" },
    { text: "Our new smile wall is up! Thank you to every family who sent photos of their kids from checkup day 💕", kind: "post", span: "photos" },
    { text: "Congratulations to the new parents! Pictured with Dr. Patel (shared with the family's permission).", kind: "post", span: "Pictured" },
    // Added in the thirty-eighth session (a support group's photo; people pictured being vaccinated; photos sent of someone at their birth).
    { text: "📸 Photos from Thursday's walk with our heart failure support group. 4km done!", kind: "post", span: "📸" },
    { text: "Great morning at the school clinic! [photos of Year 8 students being vaccinated]", kind: "post", span: "photos", within: true },
    { text: "Hi Mere! Here are the photos the midwife took in the birth suite 💕", kind: "message", context: "can you send me the photos of Nikau from the birth?", span: "Here are the photos" },
    // Added in the fortieth session (photos of staff and paid models only).
    { text: "That's Mrs Kowalski in the photo, after her cataract surgery last week! She loved it.", context: "Who's the lady in your new billboard photo?", kind: "reply", span: "photo" },
  ],
});
