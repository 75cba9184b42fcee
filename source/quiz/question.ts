// One multiple-choice question, whether from the bank of facts or generated from the engine.
import type {Random} from './random.js';
import type {QuestionResult} from './results.js';

/** A question as asked; the results file records the same fields, and the answer given. */
export type Question = Pick<
	QuestionResult,
	'id' | 'topic' | 'subject' | 'kind' | 'prompt' | 'options' | 'correct'
> & {readonly explanation: string};

export type QuestionDraft = Omit<Question, 'options' | 'correct'> & {
	readonly right: string;
	readonly wrong: readonly string[];
};

/** The question with its options in a seeded random order. */
export function makeQuestion({right, wrong, ...rest}: QuestionDraft, random: Random): Question {
	const texts = [right, ...wrong];
	// A question with a repeated option, or a distractor equal to the answer, would be unfair.
	if (new Set(texts).size !== texts.length || wrong.length < 2 || wrong.length > 3) {
		throw new Error(`question ${rest.id} needs 3 or 4 distinct options: ${texts.join(' | ')}`);
	}
	const options = random.shuffle(texts);
	return {...rest, options, correct: options.indexOf(right)};
}
