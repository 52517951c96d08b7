// The commitments (toezeggingen) the letters answer, grouped by the debate they
// were made in, with the passage where each letter records and answers them.
import type { Letter } from '../corpus/model';
import type { Commitment, Commitments, Debate } from './curated-model';
import { resolvePassage } from './passage';
import type { PassageMatch } from './passage';

function overlaps(a: PassageMatch, b: PassageMatch): boolean {
  return (
    a.letter.id === b.letter.id &&
    a.paragraph.id === b.paragraph.id &&
    a.start < b.end &&
    b.start < a.end
  );
}

export interface DebateCommitments {
  debate: Debate;
  commitments: Commitment[];
}

/** Debates in time order, each with its commitments in the data's order. */
export function commitmentsByDebate(data: Commitments): DebateCommitments[] {
  return [...data.debates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((debate) => ({
      debate,
      commitments: data.commitments.filter((c) => c.debate === debate.id),
    }))
    .filter((group) => group.commitments.length > 0);
}

/** The status a commitment has after the latest letter that takes it up. */
export function currentStatus(commitment: Commitment): Commitment['answers'][number]['status'] {
  return commitment.answers.at(-1)?.status ?? 'in-progress';
}

/** Every commitment that names an unknown debate or a passage that does not resolve to one paragraph. */
export function checkCommitments(data: Commitments, letters: readonly Letter[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const commitment of data.commitments) {
    if (ids.has(commitment.id)) problems.push(`${commitment.id}: komt twee keer voor`);
    ids.add(commitment.id);
    const debate = data.debates.find((d) => d.id === commitment.debate);
    if (!debate) problems.push(`${commitment.id}: debat ${commitment.debate} bestaat niet`);
    const seen: PassageMatch[] = [];
    for (const passage of [commitment.statedIn, ...commitment.answers]) {
      const found = resolvePassage(letters, passage);
      if (!found.ok) {
        problems.push(`${commitment.id}: ${found.problem}`);
        continue;
      }
      if (debate && found.match.letter.date < debate.date) {
        problems.push(
          `${commitment.id}: ${found.match.letter.id} is ouder dan het debat van ${debate.date}`,
        );
      }
      // The promise and each answer are passages of their own: no line cites the same words twice.
      if (seen.some((other) => overlaps(other, found.match)))
        problems.push(
          `${commitment.id}: "${passage.quote}" overlapt een eerder citaat van deze toezegging`,
        );
      seen.push(found.match);
    }
  }
  for (const debate of data.debates) {
    if (!data.commitments.some((c) => c.debate === debate.id))
      problems.push(`debat ${debate.id} heeft geen toezeggingen`);
  }
  return problems;
}
