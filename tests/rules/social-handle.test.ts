import { ruleTester } from './rule-tester';

ruleTester('social-handle', {
  valid: [
    { text: 'Thanks @BayviewTimes for the feature! Come see the new space.', site: 'x', kind: 'reply', context: 'great article on your new clinic!' },
    { text: 'Loved hearing @BayviewYMCA talk heart health at the breakfast!', site: 'x' },
    { text: 'Congrats @jordan_hoops23 on the state title! 🏀', site: 'x' },
    { text: 'We agree 😎 passing this along to Dr. Patel!', site: 'x', kind: 'reply', context: '@HarborPointFH @DrAnitaPatel is the GOAT' },
  ],
  invalid: [
    { text: 'Congrats to @jordan_hoops23 on wrapping up PT, 12 weeks post-ACL!', site: 'x', span: '@jordan_hoops23' },
    { text: '@tessa_b_22 most people just feel a quick cramp! take 600mg ibuprofen first', site: 'x', kind: 'reply', context: 'appt tomorrow for my IUD removal, does it hurt??', span: '@tessa_b_22' },
    { text: '@mkbrennan hope that burn on your hand is healing!', site: 'x', kind: 'reply', context: 'thanks for seeing me so fast yesterday!', span: '@mkbrennan' },
  ],
});
