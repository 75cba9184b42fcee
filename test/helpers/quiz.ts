// Answering a quiz as a test plans it: which option each question gets, and the feedback the
// screen must then show, taken from the catalog as the App writes it.
import {t} from '../../source/i18n/index.js';
import type {Question} from '../../source/quiz/quiz.js';

/** The options' letters, as the quiz screen labels them. */
export const letters = 'ABCDEFGH';

/** Right for the first question, wrong for the second, then alternating: both kinds are seen. */
export function plan(questions: readonly Question[]): number[] {
	return questions.map((question, index) =>
		index % 2 === 0 ? question.correct : (question.correct + 1) % question.options.length,
	);
}

/** The feedback's verdict for option `choice`: ✓ and Right, or ✗ with the right letter and answer. */
export function verdictOf(question: Question, choice: number): string {
	return choice === question.correct
		? `✓ ${t('en', 'mode.right')}`
		: `✗ ${t('en', 'mode.wrong', {
				letter: letters[question.correct] ?? '?',
				answer: question.options[question.correct] ?? '',
			})}`;
}
