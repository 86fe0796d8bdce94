import { getIdentifierRawId } from '@azure/communication-common';
import { EmulatedDominantSpeakers } from './emulated-dominant-speakers';

const ada = '8:orgid:ada';
const jane = '8:acs:jane';
const sam = '8:acs:sam';

function ranked(speakers: EmulatedDominantSpeakers): string[] {
  return speakers.dominantSpeakers.speakersList.map((id) => getIdentifierRawId(id));
}

describe('EmulatedDominantSpeakers', () => {
  it('puts whoever starts talking first, and tells its listeners once per change', () => {
    const speakers = new EmulatedDominantSpeakers();
    const changes = jest.fn();
    speakers.on('dominantSpeakersChanged', changes);
    speakers.heard(ada, true);
    speakers.heard(jane, true);
    expect(ranked(speakers)).toEqual([jane, ada]);
    speakers.heard(jane, true);
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('moves someone who keeps talking ahead of a first speaker who falls silent', () => {
    const speakers = new EmulatedDominantSpeakers();
    speakers.heard(sam, true);
    speakers.heard(ada, true);
    speakers.heard(jane, true);
    speakers.heard(jane, false);
    expect(ranked(speakers)).toEqual([ada, sam, jane]);
    speakers.heard(ada, false);
    expect(ranked(speakers)).toEqual([sam, ada, jane]);
  });

  it('keeps those who stopped talking by how recently they started, and forgets who left', () => {
    const speakers = new EmulatedDominantSpeakers();
    speakers.heard(sam, true);
    speakers.heard(ada, true);
    speakers.heard(sam, false);
    speakers.heard(ada, false);
    expect(ranked(speakers)).toEqual([ada, sam]);
    speakers.left(ada);
    speakers.heard(jane, true);
    expect(ranked(speakers)).toEqual([jane, sam]);
    speakers.heard(ada, false);
    expect(ranked(speakers)).toEqual([jane, sam]);
  });
});
