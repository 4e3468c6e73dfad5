import { describe, expect, it } from 'vitest';
import { csvField } from './open-data';

describe('open data CSV fields', () => {
  it('R52/formula injection: text starting with = + - @, a tab or a CR is kept as text; numbers stay numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
    expect(csvField('叶县-宾馆')).toBe('"叶县-宾馆"');
    expect(csvField(-1)).toBe('"-1"');
    expect(csvField(null)).toBe('""');
  });
});
