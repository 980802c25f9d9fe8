import { describe, expect, it } from 'vitest';
import { effectivePolicy, readManagedPolicy } from '../../rules/managed';
import { MAX_ITEMS, MAX_NAMES } from '../../rules/policy';
import { canAddNames, readAddedNames, validName, withAllowedName, withLogEntry } from '../../sites/added-names';
import { itSetsPractice, needsSetup } from '../../sites/setup';

describe('"Never flag this name"', () => {
  it('is offered unless the manager turns it off or IT locks it or the names list', () => {
    expect(canAddNames(effectivePolicy({}))).toBe(true);
    expect(canAddNames(effectivePolicy({ staffCanAddNames: false }))).toBe(false);
    const lock = (locked: object) => canAddNames(effectivePolicy({ staffCanAddNames: true }, readManagedPolicy({ locked })));
    expect(lock({ staffCanAddNames: false })).toBe(false);
    expect(lock({ allowNames: ['Dr. Patel'] })).toBe(false);
    expect(lock({ rules: { jargon: 'off' } })).toBe(true);
  });

  it('adds a valid name once, whatever its case, and refuses a full list', () => {
    expect(validName('  Maria ')).toBe('Maria');
    expect(validName('')).toBeUndefined();
    expect(validName('x'.repeat(101))).toBeUndefined();
    expect(validName(42)).toBeUndefined();
    expect(withAllowedName(['Jenna'], 'Maria')).toEqual(['Jenna', 'Maria']);
    expect(withAllowedName(['maria'], 'Maria')).toEqual(['maria']);
    expect(withAllowedName(Array.from({ length: MAX_NAMES - 1 }, (_, i) => `N${i}`), 'Maria')).toHaveLength(MAX_NAMES);
    expect(withAllowedName(Array.from({ length: MAX_NAMES }, (_, i) => `N${i}`), 'Maria')).toBeUndefined();
  });

  it('logs names with the time only, and reads back only well-formed entries', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const log = withLogEntry([], 'Maria', now);
    expect(log).toEqual([{ name: 'Maria', at: '2026-12-02T10:00:00.000Z' }]);
    expect(readAddedNames([...log, { name: 3, at: 'x' }, null, { name: 'Jo', at: 'not a date' }])).toEqual(log);
    expect(readAddedNames('junk')).toEqual([]);
    expect(withLogEntry(Array.from({ length: MAX_ITEMS }, (_, i) => ({ name: `N${i}`, at: now.toISOString() })), 'Maria', now)).toHaveLength(MAX_ITEMS);
  });
});

describe('first-run setup', () => {
  it('is needed until the practice has a name and a phone', () => {
    expect(needsSetup(effectivePolicy({}).policy)).toBe(true);
    expect(needsSetup(effectivePolicy({ practice: { name: 'Harbor Point' } }).policy)).toBe(true);
    expect(needsSetup(effectivePolicy({ practice: { phones: ['(555) 201-4400'] } }).policy)).toBe(true);
    expect(needsSetup(effectivePolicy({ practice: { name: 'Harbor Point', phones: ['(555) 201-4400'] } }).policy)).toBe(false);
  });

  it("is skipped when IT's defaults or locks name the practice and its phone", () => {
    expect(itSetsPractice(readManagedPolicy(undefined))).toBe(false);
    expect(itSetsPractice(readManagedPolicy({ locked: { practice: { name: 'Harbor Point' } } }))).toBe(false);
    expect(itSetsPractice(readManagedPolicy({ locked: { practice: { name: 'Harbor Point', phones: ['(555) 201-4400'] } } }))).toBe(true);
    expect(itSetsPractice(readManagedPolicy({ defaults: { practice: { name: 'Harbor Point' } }, locked: { practice: { phones: ['(555) 201-4400'] } } }))).toBe(true);
    // An invalid phone is dropped, so it sets nothing.
    expect(itSetsPractice(readManagedPolicy({ locked: { practice: { name: 'Harbor Point', phones: ['12'] } } }))).toBe(false);
  });
});
