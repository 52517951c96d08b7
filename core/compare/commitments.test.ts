import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { checkCommitments, commitmentsByDebate, currentStatus } from './commitments';
import { CommitmentSchema } from './curated-model';
import type { Commitments } from './curated-model';
import { sketchLetter } from './letters.testing';

const letter = sketchLetter(90, [
  {
    id: 'stop-it-now',
    title: 'Stop It Now!',
    paragraphs: [
      'Tijdens het AO heb ik toegezegd in gesprek te gaan.',
      'Wij stellen 75.000 euro ter beschikking.',
    ],
  },
]);

const data: Commitments = {
  debates: [
    {
      id: 'ao-2',
      kind: 'ao',
      title: 'Tweede AO',
      date: '2012-12-20',
      reason: 'Een debat voor de test.',
    },
    {
      id: 'ao-1',
      kind: 'ao',
      title: 'Eerste AO',
      date: '2012-02-02',
      reason: 'Een debat voor de test.',
    },
  ],
  commitments: [
    {
      id: 'sin',
      debate: 'ao-2',
      promise: 'In gesprek gaan.',
      statedIn: { letterId: 'kst-31015-90', quote: 'heb ik toegezegd in gesprek te gaan' },
      answers: [
        {
          letterId: 'kst-31015-90',
          quote: 'Wij stellen 75.000 euro',
          status: 'in-progress',
          summary: 'Eerst.',
        },
        {
          letterId: 'kst-31015-90',
          quote: 'ter beschikking',
          status: 'answered',
          summary: 'Daarna.',
        },
      ],
      reason: 'Een toezegging voor de test.',
    },
    {
      id: 'oud',
      debate: 'ao-1',
      promise: 'Iets ouds.',
      statedIn: { letterId: 'kst-31015-90', quote: 'Tijdens het AO' },
      answers: [
        { letterId: 'kst-31015-90', quote: 'Wij stellen', status: 'answered', summary: 'Af.' },
      ],
      reason: 'Een toezegging voor de test.',
    },
  ],
};

describe('commitmentsByDebate', () => {
  it('lists debates in time order with their commitments', () => {
    expect(
      commitmentsByDebate(data).map((g) => [g.debate.id, g.commitments.map((c) => c.id)]),
    ).toEqual([
      ['ao-1', ['oud']],
      ['ao-2', ['sin']],
    ]);
  });
});

describe('the curated commitments', () => {
  const real = curatedComparison.commitments;

  it('list the debates in time order, the oldest promise first', () => {
    expect(commitmentsByDebate(real).map((g) => g.debate.date)).toEqual([
      '2012-01-27',
      '2012-02-02',
      '2012-10-02',
      '2012-11-29',
      '2012-12-20',
      '2013-03-26',
      '2013-04-16',
    ]);
    const byDebate = commitmentsByDebate(real).find((g) => g.debate.id === 'ao-2012-02-02');
    expect(byDebate?.commitments.map((c) => c.id)).toEqual([
      'chemische-castratie',
      'virtuele-kinderpornografie',
      'landelijke-en-europese-database',
    ]);
  });

  it('give each commitment the status of the latest letter, and in progress while none answers', () => {
    const status = (id: string) => {
      const commitment = real.commitments.find((c) => c.id === id);
      if (!commitment) throw new Error(`no commitment ${id}`);
      return currentStatus(commitment);
    };
    expect(status('chemische-castratie')).toBe('declined');
    expect(status('ontsleutelplicht')).toBe('in-progress');
    expect(status('stop-it-now')).toBe('answered');
    expect(status('brief-wetgeving-cybercrime')).toBe('in-progress');
  });

  it('are refused when an answer cites a letter older than the debate', () => {
    const letters = loadLetters().letters;
    const early = structuredClone(real);
    const debate = early.debates.find((d) => d.id === 'brief-2012-10-02');
    if (debate) debate.date = '2012-10-03';
    expect(checkCommitments(early, letters)).toEqual([
      'brief-wetgeving-cybercrime: kst-31015-81 is ouder dan het debat van 2012-10-03',
    ]);
  });
});

describe('currentStatus', () => {
  it('is the status of the latest answer', () => {
    expect(currentStatus(data.commitments[0]!)).toBe('answered');
  });
});

describe('checkCommitments', () => {
  it('accepts sound data and reports unknown debates and unresolved quotes', () => {
    expect(checkCommitments(data, [letter])).toEqual([]);
    const broken = structuredClone(data);
    broken.commitments[0]!.debate = 'ao-3';
    broken.commitments[1]!.answers[0]!.quote = 'staat er niet';
    expect(checkCommitments(broken, [letter])).toEqual([
      'sin: debat ao-3 bestaat niet',
      'oud: "staat er niet" staat niet in kst-31015-90',
      'debat ao-2 heeft geen toezeggingen',
    ]);
  });

  it('reports a letter that answers a debate held after it', () => {
    const late = structuredClone(data);
    late.debates[1]!.date = '2014-01-01';
    expect(checkCommitments(late, [letter])).toContain(
      'oud: kst-31015-90 is ouder dan het debat van 2014-01-01',
    );
  });

  it('refuses an answer that cites the promise’s own words, or another answer’s', () => {
    const promise = structuredClone(data);
    promise.commitments[0]!.answers[0]!.quote = 'toegezegd in gesprek';
    expect(checkCommitments(promise, [letter])).toEqual([
      'sin: "toegezegd in gesprek" overlapt een eerder citaat van deze toezegging',
    ]);
    const twice = structuredClone(data);
    twice.commitments[0]!.answers[1]!.quote = '75.000 euro';
    expect(checkCommitments(twice, [letter])).toEqual([
      'sin: "75.000 euro" overlapt een eerder citaat van deze toezegging',
    ]);
  });
});

describe('checkCommitments, more', () => {
  it('leaves out a debate without commitments from the list, and reports it', () => {
    const idle = structuredClone(data);
    idle.debates.push({
      id: 'ao-3',
      kind: 'ao',
      title: 'Derde AO',
      date: '2013-01-01',
      reason: 'Een debat voor de test.',
    });
    expect(commitmentsByDebate(idle).map((g) => g.debate.id)).toEqual(['ao-1', 'ao-2']);
    expect(checkCommitments(idle, [letter])).toEqual(['debat ao-3 heeft geen toezeggingen']);
  });

  it('reports a commitment listed twice and a promise that does not resolve', () => {
    const twice = structuredClone(data);
    twice.commitments.push({ ...structuredClone(data.commitments[1]!), debate: 'ao-2' });
    twice.commitments[0]!.statedIn.quote = 'heb ik beloofd in gesprek te gaan';
    expect(checkCommitments(twice, [letter])).toEqual([
      'sin: "heb ik beloofd in gesprek te gaan" staat niet in kst-31015-90',
      'oud: komt twee keer voor',
    ]);
  });

  it('accepts quotes that meet without overlapping, and the same words in another letter or paragraph', () => {
    const other = sketchLetter(91, [
      {
        id: 'stop-it-now',
        title: 'Stop It Now!',
        paragraphs: [
          'Wij stellen 75.000 euro ter beschikking.',
          'De landelijke OM-organisatie is ingericht.',
        ],
      },
    ]);
    const meeting = structuredClone(data);
    meeting.commitments[0]!.answers = [
      {
        letterId: 'kst-31015-90',
        quote: 'Wij stellen 75.000',
        status: 'in-progress',
        summary: 'Eerst.',
      },
      {
        letterId: 'kst-31015-90',
        quote: 'euro ter beschikking',
        status: 'answered',
        summary: 'Daarna.',
      },
      {
        letterId: 'kst-31015-91',
        quote: 'Wij stellen 75.000',
        status: 'answered',
        summary: 'Later.',
      },
    ];
    meeting.commitments[0]!.statedIn.quote = 'Tijdens het AO heb ik toegezegd';
    meeting.commitments[1]!.statedIn.quote = 'in gesprek te gaan.';
    // Each commitment cites the two halves of one word, in either order.
    const om = {
      letterId: 'kst-31015-91',
      quote: 'De landelijke OM',
      status: 'answered',
      summary: 'Af.',
    } as const;
    const organisation = { ...om, quote: '-organisatie is ingericht' };
    meeting.commitments[0]!.answers.push(om, organisation);
    meeting.commitments[1]!.answers.push(organisation, om);
    expect(checkCommitments(meeting, [letter, other])).toEqual([]);
  });
});

describe('CommitmentSchema', () => {
  it('takes a commitment without an answer only when it says what is missing', () => {
    expect(CommitmentSchema.safeParse(data.commitments[1]).success).toBe(true);
    const open = { ...structuredClone(data.commitments[1]!), answers: [] };
    expect(CommitmentSchema.safeParse(open).success).toBe(false);
    expect(
      CommitmentSchema.safeParse({ ...open, unanswered: 'Geen van beide brieven komt erop terug.' })
        .success,
    ).toBe(true);
  });
});
