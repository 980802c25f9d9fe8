// The part of a composer's text that decides where its underlines are (sites/reader.ts).
import { describe, expect, it } from 'vitest';
import { layoutPrefixEnd } from '../../sites/reader';

describe('layoutPrefixEnd', () => {
  it('ends at the first whitespace after the offset, keeping the whole word around it', () => {
    const text = "Thanks Maria's mom, see you Tuesday";
    expect(layoutPrefixEnd(text, 'Thanks Maria'.length)).toBe("Thanks Maria's".length);
    expect(layoutPrefixEnd(text, 'Thanks '.length)).toBe("Thanks Maria's".length);
    expect(layoutPrefixEnd('line one\nline two', 4)).toBe(4);
  });

  it('is the whole text when no whitespace follows', () => {
    expect(layoutPrefixEnd('Call 555-318-2294', 8)).toBe(17);
    expect(layoutPrefixEnd('', 0)).toBe(0);
  });
});
