// age-over-89: ages over 89 in a message about someone's care. Durations, percentages, degrees, vital
// signs and a public figure's birthday in a civic post are not ages of patients.
import { ruleTester } from './rule-tester';

ruleTester('age-over-89', {
  valid: [
    // A giver after an exclamation in brackets (twenty-seventh session, written fresh).
    { text: 'Huge thanks to the wonderful Mrs Nell Pryce (94!) who crocheted 30 blankets for our care home residents 🧶', kind: 'post' },
    { text: 'Appointments for new patients run about 90 minutes, so plan ahead!' },
    { text: '95% of our patients say they\'d recommend us to a friend. Thank you!' },
    { text: 'Happy 90th birthday to Judge Harriet Lowe, a lifelong champion of the Bayview library!' },
    { text: 'Her knee flexion is at 95 degrees now, right on track for week six.', site: 'linkedin' },
    { text: 'Our 90-day refill program saves you trips to the pharmacy.' },
    { text: 'Is the flu shot 90% effective? Not quite. Here\'s what the numbers really say.' },
    { text: 'Wait time today is about 95 mins, sorry! Grab a coffee in the lobby.', site: 'x' },
    { text: 'Dr. Patel has delivered over 900 babies in Bayview.' },
    { text: 'Glad your blood pressure is 98/64 now, much better than last month!', kind: 'reply', context: 'my BP finally came down!' },
    { text: 'Her temp is 99.8, so she\'s fine to come in for her cleaning tomorrow.', kind: 'message', context: 'my daughter has a slight temp, should we still come?' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Happy 100th birthday to our town\'s founder, Mr Ellis!' },
    { text: 'Our building (92!) years old this spring - come to the open day.' },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Thanks, Gus! We know he's 95 minutes from the clinic, so video calls are fine.", kind: 'reply', context: 'Can my dad do his review by video? He lives out past the lake.' },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Thank you Lorraine! We loved the card, the whole front desk signed it back.', kind: 'reply', context: 'Thank you for fitting my mum in the same day.' },
    // Added in the sixteenth session (cases written fresh).
    { text: 'Happy 90th birthday to our town founder, Mr. Ellis!', kind: 'post' },
    // Added in the seventeenth session (an age in Spanish, Portuguese, French or Polish; cases written fresh).
    { text: 'La clínica abrió hace 95 años.', kind: 'post' },
    // Added in the twentieth session (a belated birthday; cases written fresh).
    { text: 'Happy belated 100th birthday to the town hall!', kind: 'post', context: '' },
    // Added in the twentieth session (more ordinals that are no one's age; cases written fresh).
    { text: 'Happy 95th anniversary to the Rotary club, our neighbours since 1931!', kind: 'post', context: '' },
    // Added in the twenty-first session (someone's 100th, said by the team to a review of care; cases written fresh).
    { text: 'Happy 100th to the Rotary Club from all the team!', kind: 'post' },
    { text: "Congratulations on the club's 100th season from all our staff!", kind: 'post' },
    // Added in the twenty-second session (a care home named 'X House'; cases written fresh).
    { text: 'Happy 100th to the town hall! What a building.', kind: 'reply', context: 'The town hall at Kingsley House turns 100 today.' },
    // Added in the twenty-second session (a giver's age; cases written fresh).
    { text: 'Thank you to Mrs. Okafor, 94, who knitted 40 blankets for our waiting room!', kind: 'post' },
    // Added in the twenty-second session (a party at someone's own house; cases written fresh).
    { text: 'Happy 90th to Grandpa Joe! What a party at our house.', kind: 'reply', context: 'Happy 90th birthday Dad, celebrating at my house today!' },
    // A care home goes by "X Lodge"; "our house" is nobody's care home.
    { text: "Happy 92nd birthday, Dad! Party at our house tonight.", kind: "post" },

    // Added in the thirty-seventh session ('93 years young' is an age too).
    { text: "Congratulations to the bowls club's Stan, 93 years young and still unbeaten this season!", kind: "post" },
  ],
  invalid: [
    { text: 'Happy 95th birthday to Elsie (95!) on Rowan ward. We raised £500 for the ward this week too.', kind: 'post', span: 'Happy 95th' },
    { text: 'Our oldest patient, Mr. Feld, turned 101 last week and still comes in for his cleanings!', span: 'turned 101' },
    { text: 'Mrs. Lindqvist, 92, got her first pair of progressive lenses today.', span: '92' },
    { text: 'At 97 and still doing his PT exercises every morning. Our hero, Walt!', span: 'At 97' },
    { text: 'Our 90 y/o patient just had her cataract surgery and can read the paper again.', site: 'x', span: '90 y/o' },
    { text: 'She\'s 96 years old and had zero cavities at today\'s checkup!', span: '96 years old' },
    { text: 'Happy 95th birthday to Mrs. Okafor, who has been coming to us since 1972!', span: 'Happy 95th' },
    { text: 'Our sweetest patient is now 104 and still flirts with Dr. Lee at every visit.', span: 'now 104' },
    { text: 'Just had a 94-yo in for a flu shot who walked here from the marina.', site: 'x', span: '94-yo' },
    { text: 'Just had a ９４-year-old in for a flu shot who walked here from the marina.', site: 'x', span: '９４-year-old' },
    // Added in the sixth session (blind9 became a tuning set; cases written fresh).
    { text: 'Thank you! Your nan is 97 and still the star of our quiz night.', kind: 'reply', context: 'Nan loves the quiz at the care home', span: 'is 97' },
    { text: 'One resident, a retired nurse in her late 90s, now walks daily.', kind: 'reply', context: 'What changed at the home?', span: 'in her late 90s' },
    { text: 'Meet Grandpa Ted (94!), walking again after his hip surgery.', span: '(94!)' },
    // Added in the ninth session (blind16 became a tuning set; cases written fresh).
    { text: "Happy birthday to Dot from all of us at the care home, she's 101 and still never misses her physio!", kind: "post", span: "101" },
    // Added in the fourteenth session (families from blind23, a tuning set since this session; cases written fresh).
    { text: 'Thank you Marian! Mrs. Doyle is a gem, and at 94 she tells the best stories. Give her our love from the front desk!', kind: 'reply', context: 'They fitted my 94 year old mother in the same day, thank you.', span: 'at 94' },
    // Added in the sixteenth session (cases written fresh).
    { text: 'Happy 95th birthday to our wonderful Edna! 🎂 Cake in the lounge at 3.', kind: 'post', span: 'Happy 95th' },
    // Added in the seventeenth session (an age in Spanish, Portuguese, French or Polish; cases written fresh).
    { text: '¡Felicidades a nuestra paciente Doña Carmen, de 93 años!', kind: 'post', span: '93 años' },
    // Added in the twentieth session (a belated birthday; cases written fresh).
    { text: 'Happy belated 92nd, Rose! The whole ward sang for you.', kind: 'reply', context: 'Thank you for the party!', within: true, span: 'belated 92nd' },
    // Added in the twenty-first session (someone's 100th, said by the team to a review of care; cases written fresh).
    { text: "Thank you, Molly! Celebrating Grandma Iris's 101st with her was a joy for the whole team.", kind: 'reply', context: 'The staff went above and beyond for my grandmother.', span: '101st' },
    // Added in the twenty-second session (a care home named 'X House'; cases written fresh).
    { text: 'Happy 100th to Edna! She had us all singing at her party.', kind: 'reply', context: 'Happy 100th birthday to Nana Edna at Rosewood House!', within: true, span: 'Happy 100th' },
    // twenty-third session
    { text: 'Wszystkiego najlepszego z okazji 101. urodzin dla naszej mieszkanki, Pani Ireny! 🎂', kind: 'post', context: 'Dom Opieki Rowan House', within: true, span: '101. urodzin' },
    // A care home goes by "X Lodge"; "our house" is nobody's care home.
    { text: 'Happy 97th birthday to Gwladys, from all the staff at Rowan Lodge!', kind: 'post', span: 'Happy 97th' },

    // Added in the thirty-seventh session ('93 years young' is an age too).
    { text: "Walter — 93 years young — was first in line at our flu clinic today!", kind: "post", span: "93 years young" },
  ],
});
