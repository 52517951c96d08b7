import { describe, expect, it } from 'vitest';
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

describe('CommitmentSchema', () => {
  it('takes a commitment without an answer only when it says what is missing', () => {
    const open = { ...structuredClone(data.commitments[1]!), answers: [] };
    expect(CommitmentSchema.safeParse(open).success).toBe(false);
    expect(
      CommitmentSchema.safeParse({ ...open, unanswered: 'Geen van beide brieven komt erop terug.' })
        .success,
    ).toBe(true);
  });
});
