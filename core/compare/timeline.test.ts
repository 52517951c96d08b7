import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
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

describe('checkTimeline, more', () => {
  it('reports an event listed twice and a mention whose quote does not resolve', () => {
    const twice = structuredClone(timeline);
    twice.events.push(structuredClone(timeline.events[1]!));
    twice.events[0]!.mentions[0]!.quote = 'lid Recourt op 27 maart 2013';
    expect(checkTimeline(twice, [letter])).toEqual([
      'mv-recourt: "lid Recourt op 27 maart 2013" staat niet in kst-31015-90',
      'vroeger: komt twee keer voor',
    ]);
  });

  it('needs no note where the passage prints no full date, or the event’s own', () => {
    const vague = structuredClone(timeline);
    vague.events[1]!.date = '2013-03';
    vague.events[1]!.mentions[0]!.printed = '26 maart';
    expect(checkTimeline(vague, [letter])).toEqual([]);
  });

  it('holds for the real letters, and a changed date without a note is caught', () => {
    const letters = loadLetters().letters;
    const real = structuredClone(curatedComparison.timeline);
    const nr81 = real.events.find((e) => e.id === 'brief-nr-81');
    if (nr81) nr81.date = '2012-10-03';
    expect(checkTimeline(real, letters)).toEqual([
      'brief-nr-81: opening-1 drukt 2 oktober 2012, het voorval is van 2012-10-03; zet er een noot bij',
      expect.stringMatching(/^brief-nr-81: .* drukt 2 oktober 2012, het voorval is van 2012-10-03/),
    ]);
  });
});

describe('sortedEvents', () => {
  it('places a season, a quarter and a month of the real timeline among their days', () => {
    const ids = sortedEvents(curatedComparison.timeline).map((e) => e.id);
    const between = (id: string) => [ids[ids.indexOf(id) - 1], ids[ids.indexOf(id) + 1]];
    // "zomer van 2012", stored as the year 2012
    expect(between('stop-it-now-gestart')).toEqual(['martijn-rechtbank', 'klpd-ondersteuning']);
    // "derde kwartaal van dit jaar": 2012-Q3
    expect(between('om-organisatie-operationeel')).toEqual([
      'vliegende-start-augustus',
      'antwoorden-lokpuber',
    ]);
    // "oktober 2012"
    expect(between('nationale-inrichting-operationeel')).toEqual([
      'brief-nr-81',
      'vervolgcampagne-gestart',
    ]);
  });

  it('orders events by date, quarters included', () => {
    expect(sortedEvents(timeline).map((e) => e.id)).toEqual(['vroeger', 'mv-recourt']);
  });
});
