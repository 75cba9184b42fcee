// One multiple-choice question, whether from the bank of facts or generated from the engine.
import type {Random} from './random.js';
import type {QuestionKind, QuizTopic} from './results.js';

export type Question = {
	/** Stable for the same content, so that a teacher can compare students who had the same seed. */
	readonly id: string;
	readonly topic: QuizTopic;
	/** A finer topic, e.g. 'time-wait', for "the topics missed most". */
	readonly subject: string;
	readonly kind: QuestionKind;
	readonly prompt: string;
	readonly options: readonly string[];
	/** The index of the one right option. */
	readonly correct: number;
	readonly explanation: string;
};

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
