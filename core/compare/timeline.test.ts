import { describe, expect, it } from 'vitest';
import type { Timeline } from './curated-model';
import { checkTimeline, sortedEvents } from './timeline';
import { sketchLetter } from './letters.testing';

const letter = sketchLetter(90, [
  { id: 'opening', title: 'Inleiding', paragraphs: ['Vragen van lid Recourt op 26 maart 2013.'] },
  {
    id: 'social-media',
    title: 'Social media',
    paragraphs: ['De mondelinge vraag van het lid Recourt op 26 maart 2012.'],
  },
]);

const timeline: Timeline = {
  events: [
    {
      id: 'mv-recourt',
      date: '2013-03-26',
      label: 'Mondelinge vragen Recourt',
      planned: false,
      mentions: [
        {
          letterId: 'kst-31015-90',
          quote: 'lid Recourt op 26 maart 2013',
          printed: '26 maart 2013',
        },
        {
          letterId: 'kst-31015-90',
          quote: 'lid Recourt op 26 maart 2012',
          printed: '26 maart 2012',
          note: 'De brief schrijft hier 2012.',
        },
      ],
      reason: 'Een voorval voor de test.',
    },
    {
      id: 'vroeger',
      date: '2012-Q3',
      label: 'Eerder',
      planned: false,
      mentions: [{ letterId: 'kst-31015-90', quote: 'Vragen van lid Recourt', printed: 'maart' }],
      reason: 'Een voorval voor de test.',
    },
  ],
};

describe('checkTimeline', () => {
  it('accepts a wrongly printed date that carries a note', () => {
    expect(checkTimeline(timeline, [letter])).toEqual([]);
  });

  it('reports a printed date that differs from the event without a note', () => {
    const silent = structuredClone(timeline);
    delete silent.events[0]!.mentions[1]!.note;
    expect(checkTimeline(silent, [letter])).toEqual([
      'mv-recourt: social-media-1 drukt 26 maart 2012, het voorval is van 2013-03-26; zet er een noot bij',
    ]);
  });

  it('reports a printed date that is not in the passage', () => {
    const wrong = structuredClone(timeline);
    wrong.events[0]!.mentions[0]!.printed = '27 maart 2013';
    expect(checkTimeline(wrong, [letter])[0]).toBe(
      'mv-recourt: "27 maart 2013" staat niet in opening-1',
    );
  });
});

describe('sortedEvents', () => {
  it('orders events by date, quarters included', () => {
    expect(sortedEvents(timeline).map((e) => e.id)).toEqual(['vroeger', 'mv-recourt']);
  });
});
