// social-handle: a personal @handle tied to care identifies a patient. Organisation, practice and
// staff handles, and personal handles in messages with no care in them, are fine.
import { DEV_POLICY, ruleTester } from './rule-tester';

ruleTester('social-handle', {
  valid: [
    { text: 'Thanks @BayviewLibrary for hosting our blood pressure screening table!', site: 'x' },
    { text: 'Huge thanks to everyone who ran with @HarborPointFH at the Turkey Trot!', site: 'x' },
    { text: 'Congrats @maya_swims on the regional record! 🏊‍♀️ Go Bayview!', site: 'x' },
    { text: '@DrAnitaPatel is live at noon answering your back-to-school vaccine questions.', site: 'x' },
    { text: 'Follow @CDCgov for the latest on measles in our region.', site: 'x' },
    { text: '@jess_bakes_bayview thank you for the cookies, the whole team loved them!', site: 'x', kind: 'reply', context: 'dropped off a treat for the front desk crew 🍪' },
    { text: 'Loved seeing the @bayview_runclub crew at our heart health walk this morning!', site: 'x' },
    { text: 'Hi Tara, we sent your daughter\'s vaccine record to tara.mendez84@mailbox.example.', kind: 'message', context: 'Can you send Sofia\'s shot record?' },
    { text: 'Aww, Dr. Lee is going to love this. Thank you! 💙', site: 'x', kind: 'reply', context: '@HarborPointFH @DrMarcusLee best pediatrician in the county' },
    // Added in the twelfth session: a CamelCase handle is an organisation's only when it says so.
    { text: 'Thanks to @RiversideRugbyClub for hosting our free concussion talk last night!', site: 'x' },
    { text: 'Thanks @HillsideHarriers and @OakridgeLibrary for a record turnout at our heart-health walk!', site: 'x' },
    // A handle the policy lists is the practice's or its staff's, whatever its words say (thirty-third session).
    { text: 'Flu shots at every @HarborRx counter this week, no appointment needed 💉', site: 'x', policy: { ...DEV_POLICY, allowNames: [...DEV_POLICY.allowNames, '@HarborRx'] } },
  ],
  invalid: [
    { text: '@lily_runs_far so glad the stress fracture finally healed! 🏃‍♀️', site: 'x', kind: 'reply', context: 'back on the trail thanks to you guys', span: '@lily_runs_far' },
    { text: 'Big congrats to @danny_b_05 on getting his braces off today!', site: 'x', span: '@danny_b_05' },
    { text: '@grammy_jo42 your new hearing aids are ready, come grab them anytime!', site: 'x', kind: 'reply', context: 'are my hearing aids in yet?', span: '@grammy_jo42' },
    { text: '@jakeyboy_11 hope the stitches come out clean on Friday!', site: 'x', kind: 'reply', context: 'thanks for patching me up after that wipeout', span: '@jakeyboy_11' },
    { text: '@sam_hikes_pnw keep that ankle elevated and ice it 20 min at a time', site: 'x', kind: 'reply', context: 'rolled my ankle on the trail, still swollen', span: '@sam_hikes_pnw' },
    { text: 'Welcome back to the chair, @tomkowalski88! Only one small cavity this time 🦷', site: 'x', span: '@tomkowalski88' },
    // Added in the twelfth session.
    { text: 'So proud of @SwimmerSamK, back in the pool 8 weeks after shoulder surgery with Dr. Lee!', site: 'x', span: '@SwimmerSamK' },
    { text: 'Go @JeffCarter, back on the ice after his knee surgery!', site: 'x', span: '@JeffCarter' },
  ],
});
