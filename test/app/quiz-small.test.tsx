// The quiz in the smallest terminal: the question's end (what it asks) and every option stay.
import {describe, expect, it} from 'vitest';
import {wrap} from '../../source/diagram/text.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {frameOf, linesOf, words} from '../helpers/frames.js';
import {press, renderApp} from '../helpers/render-app.js';

describe('the quiz at 40x12', () => {
	it.each([1, 2, 3, 5, 8, 13, 21, 34])(
		'seed %i: the question ends on screen, with every option',
		async (seed) => {
			const settings = {count: 1, seed, topic: 'all', student: 'kim'} as const;
			const [question] = makeQuiz(settings);
			if (!question) throw new Error('no question');
			const app = renderApp({columns: 40, rows: 12, start: {mode: 'quiz'}, quiz: settings});
			await press(app.stdin);
			const frame = frameOf(app.lastFrame);
			expect(linesOf(frame).length).toBeLessThanOrEqual(11);
			// The screen is 39 columns wide, and the prompt is wrapped one column short of that.
			const lastLine = wrap(question.prompt, 38).at(-1) ?? '';
			expect(words(frame)).toContain(lastLine);
			for (const [index] of question.options.entries()) {
				expect(frame).toContain(`${'ABCD'[index]}. `);
			}
			app.unmount();
		},
	);
});
