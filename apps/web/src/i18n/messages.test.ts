import en from '../../messages/en.json';
import nl from '../../messages/nl.json';
import { callMessages } from '@portico/ui/messages';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('the English and Dutch messages', () => {
  const english = new Map(entries({ ...en, ...callMessages.en }));
  const dutch = new Map(entries({ ...nl, ...callMessages.nl }));

  it('have the same keys', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders for every key', () => {
    for (const [key, text] of english)
      expect([key, placeholders(dutch.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('are translated, not copied', () => {
    const same = [...english].filter(([key, text]) => dutch.get(key) === text && text.length > 12).map(([key]) => key);
    expect(same).toEqual([]);
  });
});
