import { oneLine, severalLines } from './person-text';

describe('text from a person', () => {
  it('takes one line up to its length, and refuses more, a line break or a hidden character', () => {
    const name = oneLine(10);
    expect(name.safeParse('Jane Doe').success).toBe(true);
    expect(name.safeParse('Jane Doe Smith').success).toBe(false);
    expect(name.safeParse('Jane\nDoe').success).toBe(false);
    expect(name.safeParse('Jane\u202eDoe').success).toBe(false);
  });

  it('takes several lines, and still refuses a hidden character within one', () => {
    const note = severalLines(40);
    expect(note.safeParse('Bring your medicines.\nArrive early.').success).toBe(true);
    expect(note.safeParse('Bring\u200b your medicines.').success).toBe(false);
    expect(note.safeParse('x'.repeat(41)).success).toBe(false);
  });
});
