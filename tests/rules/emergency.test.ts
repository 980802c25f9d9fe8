import { ruleTester } from './rule-tester';

ruleTester('emergency', {
  valid: [
    { text: "Please call 911 right now, don't drive yourself. 🚑", site: 'x', kind: 'reply', context: 'my chest has been hurting all morning and my left arm is numb' },
    { text: "Please don't wait: call 911 or go to the emergency room now.", kind: 'reply', context: 'My baby has a fever of 104 and is really lethargic' },
    { text: 'Thank you for the kind words!', kind: 'reply', context: 'Love this office!' },
  ],
  invalid: [
    { text: 'So sorry! Try resting and drink water.', site: 'x', kind: 'reply', context: 'my chest has been hurting all morning and my left arm is numb', span: 'So', within: true },
    { text: 'Oh no! Keep an eye on her and call us tomorrow.', kind: 'reply', context: 'My daughter broke out in hives and her lips are swelling up', span: 'Oh', within: true },
  ],
});
