// The quiz screen answered by keys (arrows, then Enter), checked against the questions makeQuiz
// gives for the same settings: the feedback, the score, the summary, and the results the App
// reports, with the clock injected so that every time is exact.
import {describe, expect, it} from 'vitest';
import type {QuizSettings} from '../../source/app.js';
import {t} from '../../source/i18n/index.js';
import {makeQuiz, type Question} from '../../source/quiz/quiz.js';
import type {QuizResults} from '../../source/quiz/results.js';
import {frameOf, header, linesOf, selected, words} from '../helpers/frames.js';
import {letters, plan, verdictOf} from '../helpers/quiz.js';
import {
	escapeTo,
	keys,
	memoryKeeper,
	pick,
	press,
	renderApp,
	waitUntil,
} from '../helpers/render-app.js';

const startedAt = Date.UTC(2025, 2, 3, 8, 0);

function start(settings: QuizSettings) {
	let clock = startedAt;
	const results: QuizResults[] = [];
	const quits: string[] = [];
	const keeper = memoryKeeper();
	const app = renderApp({
		start: {mode: 'quiz'},
		quiz: settings,
		progress: keeper.keeper,
		now: () => clock,
		onQuizResults: (latest) => results.push(latest),
		onQuit: (reason) => quits.push(reason),
	});
	const frame = () => frameOf(app.lastFrame);
	return {
		...app,
		frame,
		results,
		quits,
		keeper,
		latest: () => results.at(-1),
		/** Let `ms` pass on the injected clock. */
		wait: (ms: number) => {
			clock += ms;
		},
		now: () => clock,
	};
}

type Quiz = ReturnType<typeof start>;

function headerText(settings: QuizSettings, index: number, score: number): string {
	return t('en', 'mode.quizHeader', {
		topic: t('en', `mode.topic.${settings.topic}`),
		index,
		count: settings.count,
		score,
	});
}

/** Move down to option `choice`, one arrow per render, check the selection, think, then Enter. */
async function answer(quiz: Quiz, choice: number, thinking: number): Promise<void> {
	for (let index = 0; index < choice; index++) await press(quiz.stdin, keys.down);
	expect(selected(quiz.frame())).toMatch(new RegExp(`^▶ ${letters[choice]}\\. `));
	quiz.wait(thinking);
	await press(quiz.stdin, '\r');
}

function feedbackOf(question: Question, choice: number): string {
	// The explanation may be cut to the rows left; its first words always show.
	return choice === question.correct
		? `${verdictOf(question, choice)} ${question.explanation.split(' ').slice(0, 6).join(' ')}`
		: verdictOf(question, choice);
}

const sittings: readonly QuizSettings[] = [
	{count: 3, seed: 7, topic: 'all', student: 'alice'},
	{count: 3, seed: 2024, topic: 'handshake', student: 'bob'},
	{count: 3, seed: 99, topic: 'teardown', student: 'chen'},
];

describe.each(sittings.map((settings) => [settings.topic, settings.seed, settings] as const))(
	'a quiz on %s, seed %i',
	(_, __, settings) => {
		const questions = makeQuiz({...settings, lang: 'en'});
		const choices = plan(questions);
		const thinking = [1500, 2300, 4100];
		const right = questions.filter((question, index) => choices[index] === question.correct).length;

		it('is answered by keys: feedback, score and summary follow the questions, and the results are exact', async () => {
			const quiz = start(settings);
			await press(quiz.stdin);
			let score = 0;
			let lastAnswerAt = 0;
			for (const [index, question] of questions.entries()) {
				const choice = choices[index] ?? 0;
				expect(header(quiz.frame())).toContain(headerText(settings, index + 1, score));
				expect(words(quiz.frame())).toContain(question.prompt);
				for (const [option, text] of question.options.entries()) {
					expect(words(quiz.frame())).toContain(`${letters[option]}. ${text}`);
				}
				await answer(quiz, choice, thinking[index] ?? 0);
				lastAnswerAt = quiz.now();
				if (choice === question.correct) score++;
				const feedback = words(quiz.frame());
				expect(feedback, `question ${index + 1}`).toContain(feedbackOf(question, choice));
				// The options are marked: ✓ the right one, ✗ the one chosen if it was wrong.
				const marks = linesOf(quiz.frame())
					.map((line) => line.trimStart())
					.filter((line) => /^[✓✗] [A-H]\. /.test(line));
				const marked: Array<[number, string]> =
					choice === question.correct
						? [[choice, '✓']]
						: [
								[question.correct, '✓'],
								[choice, '✗'],
							];
				expect(marks.map((line) => line.slice(0, 4))).toEqual(
					marked.sort(([a], [b]) => a - b).map(([option, mark]) => `${mark} ${letters[option]}.`),
				);
				// The other verdict is nowhere: a right answer shows no ✗ at all.
				if (choice === question.correct) expect(feedback).not.toContain('✗');
				else expect(feedback).not.toContain(`✓ ${t('en', 'mode.right')}`);
				expect(header(quiz.frame())).toContain(headerText(settings, index + 1, score));
				// Each answer is reported at once, so that quitting now would keep it; the quiz is
				// complete once every question has its answer, before its summary is shown.
				expect(quiz.latest()?.questions[index]?.answer).toBe(choice);
				expect(quiz.latest()?.complete).toBe(index === questions.length - 1);
				quiz.wait(700);
				await press(quiz.stdin, '\r');
			}
			expect(score).toBe(right);

			const summary = words(quiz.frame());
			expect(header(quiz.frame())).toContain(
				t('en', 'mode.quizSummaryHeader', {topic: t('en', `mode.topic.${settings.topic}`)}),
			);
			expect(summary).toContain(
				t('en', 'mode.quizDone', {
					student: settings.student,
					score: right,
					total: settings.count,
					percent: Math.round((100 * right) / settings.count),
				}),
			);
			expect(summary).toContain(t('en', 'mode.missed', {count: settings.count - right}));

			const results = quiz.latest();
			expect(results).toMatchObject({
				format: 'tcp-tui-quiz-results',
				student: settings.student,
				seed: settings.seed,
				topic: settings.topic,
				lang: 'en',
				complete: true,
				score: right,
				total: settings.count,
				startedAt: new Date(startedAt).toISOString(),
				finishedAt: new Date(quiz.now()).toISOString(),
			});
			expect(results?.questions.map(({id}) => id)).toEqual(questions.map(({id}) => id));
			expect(results?.questions.map(({answer}) => answer)).toEqual(choices);
			expect(results?.questions.map(({ms}) => ms)).toEqual(thinking);
			expect(results?.questions.map(({right: ok}) => ok)).toEqual(
				questions.map((question, index) => choices[index] === question.correct),
			);
			expect(results?.questions.map(({correct}) => correct)).toEqual(
				questions.map(({correct}) => correct),
			);

			// The best score is kept for the topic, from the moment the last question was answered.
			await waitUntil(() => quiz.keeper.saved.length > 0, 'the score saved');
			expect(quiz.keeper.last()?.quiz[settings.topic]).toEqual({
				score: right,
				total: settings.count,
				at: new Date(lastAnswerAt).toISOString(),
			});

			// Enter on the summary opens the menu.
			await press(quiz.stdin, '\r');
			expect(header(quiz.frame())).toContain(t('en', 'mode.menuTitle'));
			expect(quiz.quits).toEqual([]);
			quiz.unmount();
		});

		it('q before the end quits with the results so far, complete: false, and saves no score', async () => {
			const quiz = start(settings);
			await press(quiz.stdin);
			await answer(quiz, choices[0] ?? 0, 900);
			quiz.wait(500);
			await press(quiz.stdin, '\r');
			await press(quiz.stdin, 'q');
			await waitUntil(() => quiz.quits.length > 0, 'the quiz quits');
			expect(quiz.quits).toEqual(['quit']);
			const results = quiz.latest();
			expect(results?.complete).toBe(false);
			expect(results?.questions.map(({answer}) => answer)).toEqual([
				choices[0],
				...questions.slice(1).map(() => null),
			]);
			expect(results?.questions.map(({ms}) => ms)).toEqual([
				900,
				...questions.slice(1).map(() => 0),
			]);
			expect(results?.score).toBe(choices[0] === questions[0]?.correct ? 1 : 0);
			expect(quiz.keeper.saved).toEqual([]);
			quiz.unmount();
		});
	},
);

describe('other keys', () => {
	const settings: QuizSettings = {count: 3, seed: 5, topic: 'all', student: 'dana'};

	it('q on the first question: nothing answered, complete: false', async () => {
		const quiz = start(settings);
		await press(quiz.stdin);
		await press(quiz.stdin, 'q');
		await waitUntil(() => quiz.quits.length > 0, 'the quiz quits');
		expect(quiz.quits).toEqual(['quit']);
		expect(quiz.latest()).toMatchObject({complete: false, score: 0, total: 3});
		expect(quiz.latest()?.questions.map(({answer}) => answer)).toEqual([null, null, null]);
		quiz.unmount();
	});

	it('answers by letter in either case and by number; ↑ from A wraps to the last; Space goes on', async () => {
		const questions = makeQuiz({...settings, lang: 'en'});
		const quiz = start(settings);
		await press(quiz.stdin);
		// The footer names the letters there are: A-C for three options, A-D for four.
		const count = questions[0]?.options.length ?? 0;
		expect(linesOf(quiz.frame()).at(-1)).toContain(
			t('en', 'mode.quizKeys', {keys: `A-${letters[count - 1]}`}),
		);
		await press(quiz.stdin, 'b');
		expect(quiz.latest()?.questions[0]?.answer).toBe(1);
		// A letter after the answer does not answer again.
		await press(quiz.stdin, 'a', ' ');
		expect(quiz.latest()?.questions[0]?.answer).toBe(1);
		expect(header(quiz.frame())).toContain('question 2/3');
		await press(quiz.stdin, 'C');
		expect(quiz.latest()?.questions[1]?.answer).toBe(2);
		await press(quiz.stdin, '\r', '9');
		// No ninth option: 9 does nothing.
		expect(quiz.latest()?.questions[2]?.answer).toBeNull();
		await press(quiz.stdin, keys.up);
		const last = (questions[2]?.options.length ?? 0) - 1;
		expect(selected(quiz.frame())).toMatch(new RegExp(`^▶ ${letters[last]}\\. `));
		await press(quiz.stdin, keys.down);
		expect(selected(quiz.frame())).toMatch(/^▶ A\. /);
		await press(quiz.stdin, '2');
		expect(quiz.latest()?.questions[2]?.answer).toBe(1);
		expect(quiz.latest()?.complete).toBe(true);
		await press(quiz.stdin, ' ');
		expect(header(quiz.frame())).toContain(
			t('en', 'mode.quizSummaryHeader', {topic: t('en', `mode.topic.${settings.topic}`)}),
		);
		expect(linesOf(quiz.frame()).at(-1)).toContain(t('en', 'mode.quizSummaryKeys'));
		// ↑/↓ scroll the summary: ↓ then ↑ is back at the top.
		const top = linesOf(quiz.frame())[1];
		await press(quiz.stdin, keys.down, keys.up);
		expect(linesOf(quiz.frame())[1]).toBe(top);
		quiz.unmount();
	});

	it('Ctrl+C is an interrupt', async () => {
		const quiz = start(settings);
		await press(quiz.stdin);
		await press(quiz.stdin, '\u0003');
		await waitUntil(() => quiz.quits.length > 0, 'the quiz quits');
		expect(quiz.quits).toEqual(['interrupt']);
		expect(quiz.latest()?.complete).toBe(false);
		quiz.unmount();
	});

	it('Esc leaves for the menu; a quiz started from there is the next seed', async () => {
		const quiz = start(settings);
		await press(quiz.stdin);
		await escapeTo(quiz, t('en', 'mode.menuTitle'));
		await pick(quiz, t('en', 'mode.quiz'));
		await pick(quiz, t('en', 'mode.topic.all'));
		const [next] = makeQuiz({lang: 'en', ...settings, seed: settings.seed + 1});
		const [first] = makeQuiz({...settings, lang: 'en'});
		expect(next?.prompt).not.toBe(first?.prompt);
		expect(header(quiz.frame())).toContain(headerText(settings, 1, 0));
		expect(words(quiz.frame())).toContain(next?.prompt);
		quiz.unmount();
	});
});
