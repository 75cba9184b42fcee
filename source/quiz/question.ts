// One multiple-choice question, whether from the bank of facts or generated from the engine.
import type {Random} from './random.js';
import type {Concept, QuestionKind, QuestionResult} from './results.js';

/** A question as asked; the results file records the same fields, and the answer given. */
export type Question = Pick<
	QuestionResult,
	'id' | 'topic' | 'subject' | 'kind' | 'prompt' | 'options' | 'correct'
> & {readonly concept: Concept; readonly explanation: string};

/** A generated question may leave out its concept: the id says it (see generatedConcept). */
export type QuestionDraft = Omit<Question, 'options' | 'correct' | 'concept'> & {
	readonly concept?: Concept;
	readonly right: string;
	readonly wrong: readonly string[];
};

/**
 * The concept of a question the engine generates, from its id: a state after a move and the
 * segment that may be sent now test the states; the ack of a SYN tests ISN + 1; the numbers of
 * the teardown test which field, seq or ack, moves.
 */
export function generatedConcept(id: string, kind: QuestionKind): Concept {
	if (kind !== 'sequence') return 'states';
	return /^sequence:(syn-ack-ack|ack-of-syn-ack):/.test(id) ? 'isn-plus-one' : 'seq-vs-ack';
}

/** The question with its options in a seeded random order. */
export function makeQuestion(
	{right, wrong, concept, ...rest}: QuestionDraft,
	random: Random,
): Question {
	const texts = [right, ...wrong];
	// A question with a repeated option, or a distractor equal to the answer, would be unfair.
	if (new Set(texts).size !== texts.length || wrong.length < 2 || wrong.length > 3) {
		throw new Error(`question ${rest.id} needs 3 or 4 distinct options: ${texts.join(' | ')}`);
	}
	const options = random.shuffle(texts);
	return {
		...rest,
		concept: concept ?? generatedConcept(rest.id, rest.kind),
		options,
		correct: options.indexOf(right),
	};
}
