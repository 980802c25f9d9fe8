import { loadPolicy } from '../../rules';
import { DEV_POLICY, ruleTester } from './rule-tester';

const policy = loadPolicy({
  ...DEV_POLICY,
  customTerms: { deny: [{ term: 'Miracle Smile', severity: 'block', message: 'Our lawyer asked us not to promise results.' }, { term: 'guaranteed', severity: 'warn', message: '' }], allow: ['Botox Tuesday'] },
}).policy;

ruleTester('custom-term', {
  valid: [
    { text: 'Our new whitening kits are in!', policy },
    { text: 'Smiles all around at the open house.', policy },
    { text: 'Guarantee your spot: call to book.', policy },
  ],
  invalid: [
    { text: 'Try our Miracle Smile package this month!', policy, span: 'Miracle Smile' },
    { text: 'Results guaranteed or your money back.', policy, span: 'guaranteed' },
    { text: 'Try our miracle   smile package!', policy, span: 'miracle   smile' },
  ],
});
