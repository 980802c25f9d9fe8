// emergency (a hint): emergency symptoms in the comment or the reply, and a reply that does not send
// them to 911, the ER or poison control. When only the comment has the signs, the hint sits on the
// reply's first word. A reply that already redirects is quiet.
import { ruleTester } from './rule-tester';

ruleTester('emergency', {
  valid: [
    { text: 'That needs 911 right now. Don\'t drive him in yourself, let the paramedics come to you.', kind: 'reply', context: 'my dad is slurring his words and his face looks droopy' },
    { text: 'Please go to the nearest ER right away, or call 911 if she\'s struggling.', kind: 'reply', context: 'baby not breathing right, her ribs are sucking in' },
    { text: 'Use her EpiPen if you have it and call an ambulance right away!', kind: 'reply', context: 'ate peanuts at a party and her lips are swelling' },
    { text: 'Call Poison Control at 1-800-222-1222 right now, they\'re available 24/7.', kind: 'reply', context: "my toddler got into grandma's pills" },
    { text: 'Know the signs of a stroke: face drooping, arm weakness, slurred speech. Time to call 911!' },
    { text: 'We do! $40, and walk-ins are welcome.', kind: 'reply', context: 'Do you do sports physicals?' },
    { text: 'Ouch! Come see us today, walk-in hours run until 6.', kind: 'reply', context: 'pretty sure I broke my pinky toe on the couch' },
    { text: 'We\'re so sorry you\'re hurting. Please call or text 988 right now, any time of day or night.', kind: 'reply', context: "i don't want to be here anymore" },
    // Added in the eighth session (more families from the real replies; cases written fresh).
    { text: "Hi, I can't talk about individuals on this page, but please call the surgery so we can help.", kind: "reply", context: "Still waiting for my blood results, reception are useless" },
    // Added in the tenth session (one list of emergency numbers for every rule; cases written fresh).
    { text: "Ring 000 straight away and start CPR if he stops breathing, mate.", kind: "reply", context: "my grandad just collapsed and isn't responding" },
    { text: "Please dial 111 right now, they'll send an ambulance.", kind: "reply", context: "my wife can't breathe properly and her lips look blue" },
    // Added in the eleventh session (families from blind20, a tuning set since this session; cases written fresh).
    { text: "If there's a chance a toddler has swallowed a magnet, go to the ED - an x-ray will show it.", kind: "reply", context: "What happens if they swallow a magnet?" },
    { text: "Please take him to A&E now, they can check his breathing.", kind: "reply", context: "my son swallowed a button battery!!" },
  ],
  invalid: [
    { text: 'Oh no, that sounds scary! Have him rest and call us in the morning.', kind: 'reply', context: "my husband's face is drooping on one side and he can't lift his arm", span: 'Oh' },
    { text: 'Sorry to hear about the chest pain! We can see you tomorrow at 10.', kind: 'reply', context: 'chest pain since this morning and I\'m sweaty and dizzy', span: 'chest pain' },
    { text: 'Yikes! Watch her closely and let us know how she does.', kind: 'reply', context: 'my toddler swallowed a button battery!!', span: 'Yikes!' },
    { text: 'try to relax and take slow deep breaths, you\'ll be ok', site: 'x', kind: 'reply', context: "can't breathe well and my lips are turning blue", span: 'try' },
    { text: 'Take a Benadryl and keep an eye on it!', kind: 'reply', context: 'bee sting and now my throat feels tight', span: 'Take' },
    { text: 'Hope your son feels better! Keep him hydrated and we can check him Monday.', kind: 'message', context: 'my son hit his head and passed out for a minute', span: 'Hope' },
    { text: 'Poor thing! A fever of 104 is rough. We have a sick visit open at 3 today if you want it.', kind: 'reply', context: "my daughter's fever hit 104 this afternoon and she's so sleepy", span: 'fever of 104' },
    // Added in the eighth session (more families from the real replies; cases written fresh).

    // Added in the tenth session (one list of emergency numbers for every rule; cases written fresh).
    { text: "So sorry, that sounds awful! We can squeeze you in tomorrow arvo.", kind: "reply", context: "crushing chest pain going down my left arm", span: "So" },
  ],
});
