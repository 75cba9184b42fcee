// The quiz in small terminals: the question's end (what it asks) and every option stay; after an
// answer given by its letter, the option chosen is shown whole; the header is never overfilled.
import {describe, expect, it} from 'vitest';
import {wrap} from '../../source/diagram/text.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {footer, frameOf, header, linesOf, overwideLines, words} from '../helpers/frames.js';
import {press, renderApp, waitUntil} from '../helpers/render-app.js';

describe('the quiz at 40x12', () => {
	it.each([1, 2, 3, 5, 8, 13, 21, 34])(
		'seed %i: the question ends on screen, with every option',
		async (seed) => {
			const settings = {count: 1, seed, topic: 'all', student: 'kim'} as const;
			const [question] = makeQuiz({...settings, lang: 'en'});
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

/** The text with every blank removed: a wrapped line, in English or Chinese, reads the same. */
const squeezed = (text: string) => text.replaceAll(/\s+/g, '');

describe.each([
	[80, 24],
	[60, 20],
	[40, 12],
] as const)('the quiz at %ix%i', (columns, rows) => {
	it.each(['en', 'zh'] as const)(
		'in %s: the letter keys answer, the chosen answer is whole, the header has no stray ellipsis',
		async (language) => {
			for (const seed of [3, 17, 42, 99]) {
				const settings = {count: 6, seed, topic: 'all', student: 'kim'} as const;
				const questions = makeQuiz({...settings, lang: language});
				const app = renderApp({
					lang: language,
					columns,
					rows,
					start: {mode: 'quiz'},
					quiz: settings,
				});
				await press(app.stdin);
				for (const [index, question] of questions.entries()) {
					// The question is up, and its footer says which letters answer it.
					const keys = `A-${'ABCD'[question.options.length - 1]}`;
					await waitUntil(
						() => footer(frameOf(app.lastFrame)).includes(keys),
						`question ${index + 1}`,
						1000,
					);
					// Right, then wrong, then right…; lower case for the wrong ones.
					const choice =
						index % 2 === 0 ? question.correct : (question.correct + 1) % question.options.length;
					const letter = 'ABCD'[choice] ?? 'A';
					await press(app.stdin, index % 2 === 0 ? letter : letter.toLowerCase());
					const where = `${language} ${columns}x${rows} seed ${seed} question ${index + 1}`;
					await waitUntil(
						() => !frameOf(app.lastFrame).includes('▶ A. '),
						`${where} answered`,
						1000,
					);
					const frame = frameOf(app.lastFrame);
					expect(overwideLines(frame, columns - 1), where).toEqual([]);
					expect(linesOf(frame).length, where).toBeLessThanOrEqual(rows - 1);
					const mark = choice === question.correct ? '✓' : '✗';
					expect(squeezed(frame), where).toContain(
						squeezed(`${mark} ${letter}. ${question.options[choice]}`),
					);
					// The header is cut, if it must be, where the text runs out of room: never padded
					// past the screen's width into an ellipsis after blanks.
					expect(header(frame), where).not.toMatch(/ …\s*$/);
					await press(app.stdin, '\r');
				}
				app.unmount();
			}
		},
	);
});
