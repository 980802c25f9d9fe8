import { ruleTester } from './rule-tester';

ruleTester('person-name', {
  valid: [
    { text: 'Dr. Anita Patel and Nurse Kim will be at the health fair on Saturday!' },
    { text: 'Thank you so much, Deb — we appreciate you!', kind: 'reply', context: 'Great team, thanks for everything' },
    { text: 'Thank you, Mayor Rosa Delgado, for proclaiming May as Mental Health Month!' },
    { text: 'May is Mental Health Awareness Month. Our counsellors have evening slots.' },
    { text: 'Jenna will be out next week, so please be patient with us at the front desk.' },
    { text: 'Shoutout to Bayview Elementary for Walk to School Wednesday! More activity means better sleep.' },
    { text: 'Ozempic, Wegovy and Mounjaro: our new blog explains what GLP-1s do.' },
    { text: 'Thanks, Portland! What a turnout at the run.' },
  ],
  invalid: [
    { text: 'Thanks, Phil! Hope the antibiotics knock out that strep fast.', kind: 'reply', context: 'Great visit Saturday', span: 'Phil' },
    { text: 'thanks maria, hope the new crown feels good!', kind: 'reply', context: 'Love this office', span: 'maria' },
    { text: 'Mrs. Tran, your CPAP mask is ready for pickup Tuesday!', span: 'Mrs. Tran' },
    { text: 'So proud of J.T., who celebrated 1 year sober with us at group last night.', span: 'J.T.' },
    { text: 'Shoutout to the Ramirez family, all five kids came in for their flu shots today!', span: 'the Ramirez family' },
    { text: 'Swipe to see M4ria\'s progress after her knee surgery!', span: "M4ria's" },
    { text: 'Congrats to Ma\u200Bria on finishing chemo this winter!', span: 'Ma\u200Bria' },
    { text: 'Great seeing you Tuesday, Maria! Keep icing that ankle.', span: 'Maria' },
  ],
});
