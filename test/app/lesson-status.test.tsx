// A lesson's status always keeps the key to press next, however small the terminal: each lesson is
// played by its keys at 80x24, 60x20 and 40x12, and after every step the frame must still say
// "Press …" for the next one (its wrapped lines joined again), and fit the terminal. At 80x24 the
// lesson's own words on the step just played (its `after`) are shown in full as well.
import {describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {lessonSession, lessonStep, pressText} from '../../source/learn/lesson-guide.js';
import {lessons} from '../../source/learn/lessons.js';
import {play} from '../../source/tcp/session.js';
import {frameOf, linesOf, overwideLines, statusText} from '../helpers/frames.js';
import {keyOf} from '../helpers/move-keys.js';
import {keys, press, renderApp, waitUntil} from '../helpers/render-app.js';

const sizes = [
	[80, 24],
	[60, 20],
	[40, 12],
] as const;

/** Runs of whitespace as one space: a sentence reads the same however it was wrapped. */
function collapse(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim();
}

/** The status line's text with the wrapping undone. */
function status(frame: string): string {
	return collapse(statusText(frame));
}

function expectFits(frame: string, columns: number, rows: number, what: string): void {
	expect.soft(linesOf(frame).length, `${what}: lines\n${frame}`).toBeLessThanOrEqual(rows - 1);
	expect.soft(overwideLines(frame, columns - 1), what).toEqual([]);
}

async function startLesson(lesson: Lesson, columns: number, rows: number) {
	const app = renderApp({columns, rows, start: {mode: 'lesson', name: lesson.name}});
	const frame = () => frameOf(app.lastFrame);
	// The header may be cut at 40 columns; its start is enough to know the lesson is on.
	const title = t('en', 'mode.lessonHeader', {
		index: lessons.indexOf(lesson) + 1,
		count: lessons.length,
		title: t('en', lesson.title),
	}).slice(0, 20);
	await waitUntil(() => (linesOf(frame())[0] ?? '').includes(title), title);
	await press(app.stdin);
	return {...app, frame};
}

describe.each(sizes)('at %ix%i', (columns, rows) => {
	describe.each(lessons.map((lesson) => [lesson.name, lesson] as const))(
		'lesson %s',
		(_, lesson) => {
			it('after each step the status says which key to press next, and the frame fits', async () => {
				const app = await startLesson(lesson, columns, rows);
				let session = lessonSession(lesson, {isnClient: 100, isnServer: 300});
				for (const [index] of lesson.steps.entries()) {
					const step = lessonStep(lesson, index);
					if (!step) throw new Error(`${lesson.name}: no step ${index}`);
					const what = `${lesson.name} before step ${index + 1} (${step.input})`;
					let frame = app.frame();
					expectFits(frame, columns, rows, what);
					const prompt = collapse(pressText('en', session, step.move));
					// A status longer than its rows (40x12) says "▼ more: PgDn"; the prompt is then on
					// the page where there is room for it, reached with PgDn.
					for (let turned = 0; turned < 12 && !status(frame).includes(prompt); turned++) {
						if (!/▼ more: PgDn/.test(frame)) break;
						await press(app.stdin, keys.pageDown);
						frame = app.frame();
						expectFits(frame, columns, rows, `${what}, a page on`);
					}
					// Soft, so that a failure lists every step that lost the key, not only the first.
					expect.soft(status(frame), `${what}:\n${frame}`).toContain(prompt);
					// Only the step's key: the lesson moves on by itself to the next side.
					await press(app.stdin, keyOf(step.move));
					session = play(session, step.move, step.input);
					expect(app.frame(), what).not.toBe(frame);
				}
				const end = app.frame();
				expectFits(end, columns, rows, `${lesson.name} at the end`);
				app.unmount();
			});
		},
	);
});

describe.each(lessons.map((lesson) => [lesson.name, lesson] as const))(
	'at 80x24, lesson %s',
	(_, lesson) => {
		it("after each step the lesson's words on it are shown in full", async () => {
			const app = await startLesson(lesson, 80, 24);
			for (const [index, done] of lesson.steps.entries()) {
				const step = lessonStep(lesson, index);
				if (!step) throw new Error(`${lesson.name}: no step ${index}`);
				await press(app.stdin, keyOf(step.move));
				const frame = app.frame();
				expect
					.soft(status(frame), `${lesson.name} after ${step.input}:\n${frame}`)
					.toContain(collapse(t('en', done.after)));
			}
			app.unmount();
		});
	},
);
