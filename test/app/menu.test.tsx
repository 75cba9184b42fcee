// The mode menu: Esc opens and closes it, ↓ and Enter lead into the lessons, challenges, quiz
// topics, help and quit, and it shows the progress the keeper holds. One key per press(), since
// ink-select-input needs a render between keys.
import {describe, expect, it} from 'vitest';
import type {QuizSettings} from '../../source/app.js';
import {t} from '../../source/i18n/index.js';
import type {Challenge} from '../../source/learn/challenge.js';
import {parOf} from '../../source/learn/challenge-guide.js';
import {challenges} from '../../source/learn/challenges.js';
import {lessons} from '../../source/learn/lessons.js';
import {
	emptyProgress,
	type Progress,
	withChallenge,
	withLesson,
	withQuizScore,
} from '../../source/progress/progress.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {
	footer,
	frameOf,
	linesOf,
	nonAscii,
	statePair,
	statusText,
	words,
} from '../helpers/frames.js';
import {keyOf} from '../helpers/move-keys.js';
import {escapeTo, memoryKeeper, pick, press, renderApp, waitUntil} from '../helpers/render-app.js';

const quiz: QuizSettings = {count: 3, seed: 11, topic: 'all', student: 'bob'};
const earlier = new Date(Date.UTC(2024, 5, 1));

function start(progress: Progress = emptyProgress()) {
	const quits: string[] = [];
	const keeper = memoryKeeper(progress);
	const app = renderApp({quiz, progress: keeper.keeper, onQuit: (reason) => quits.push(reason)});
	const frame = () => frameOf(app.lastFrame);
	const title = () => linesOf(frame())[0] ?? '';
	const toScreen = (title: string) => escapeTo(app, title);
	return {...app, frame, title, toScreen, quits, keeper};
}

const sandboxTitle = `tcp-tui  ${t('en', 'ui.sandbox')}`;

/** Every mark the lists show: a lesson done, a challenge solved, one tried, a quiz's best score. */
function marked(lesson: string, solved: Challenge, shown: Challenge): Progress {
	return withQuizScore(
		withChallenge(
			withChallenge(
				withLesson(emptyProgress(), lesson, earlier),
				solved.name,
				{solved: true, moves: 6},
				earlier,
			),
			shown.name,
			{solved: false, moves: parOf(shown)},
			earlier,
		),
		'all',
		7,
		10,
		earlier,
	);
}

describe('opening and closing the menu', () => {
	it('the sandbox footer shows "Esc menu"', () => {
		const app = start();
		expect(footer(app.frame())).toContain('Esc menu');
		expect(footer(app.frame())).toContain(t('en', 'mode.escHint'));
		app.unmount();
	});

	it('Esc opens the menu with every mode; Esc closes it, and the sandbox is as it was', async () => {
		const app = start();
		await press(app.stdin, 's');
		expect(statePair(app.frame())).toBe('SYN_SENT/SYN_RECEIVED');
		await app.toScreen(t('en', 'mode.menuTitle'));
		const menu = app.frame();
		for (const label of [
			t('en', 'mode.sandbox'),
			t('en', 'mode.lessons', {done: 0, total: lessons.length}),
			t('en', 'mode.quiz'),
			t('en', 'mode.challenges', {done: 0, total: challenges.length}),
			t('en', 'mode.help'),
			t('en', 'mode.quit'),
		]) {
			expect(menu).toContain(label);
		}
		// The first item is the one selected.
		expect(linesOf(menu)[1]).toBe(`▶ ${t('en', 'mode.sandbox')}`);
		await app.toScreen(sandboxTitle);
		expect(statePair(app.frame())).toBe('SYN_SENT/SYN_RECEIVED');
		app.unmount();
	});

	it('a sandbox key pressed in the menu does not reach the sandbox', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await press(app.stdin, 's');
		await press(app.stdin, 'f');
		await app.toScreen(sandboxTitle);
		expect(statePair(app.frame())).toBe('CLOSED/LISTEN');
		app.unmount();
	});
});

describe('into each mode', () => {
	it('Lessons lists every lesson; Enter starts the one picked; Esc in the list goes back', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.lessons', {done: 0, total: lessons.length}));
		expect(app.title()).toContain(t('en', 'mode.lessonsTitle'));
		for (const [index, lesson] of lessons.entries()) {
			expect(app.frame()).toContain(`${index + 1}. ${t('en', lesson.title)}`);
		}
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.lessons', {done: 0, total: lessons.length}));
		const second = lessons[1];
		if (!second) throw new Error('fewer than two lessons');
		await pick(app, `2. ${t('en', second.title)}`);
		expect(app.title()).toContain(
			t('en', 'mode.lessonHeader', {index: 2, count: lessons.length, title: t('en', second.title)}),
		);
		expect(app.title()).toContain(
			t('en', 'mode.lessonStep', {step: 1, steps: second.steps.length}),
		);
		app.unmount();
	});

	it('Challenges lists every challenge; Enter starts the one picked at moves 0', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.challenges', {done: 0, total: challenges.length}));
		expect(app.title()).toContain(t('en', 'mode.challengesTitle'));
		for (const challenge of challenges) expect(app.frame()).toContain(t('en', challenge.title));
		const last = challenges.at(-1);
		if (!last) throw new Error('no challenges');
		await pick(app, t('en', last.title));
		expect(app.title()).toContain(t('en', 'mode.challengeHeader', {title: t('en', last.title)}));
		expect(app.title()).toContain(t('en', 'mode.challengeMoves', {moves: 0, par: parOf(last)}));
		app.unmount();
	});

	it('Quiz lists the topics; the one picked starts its quiz, and the next quiz gets new questions', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.quiz'));
		expect(app.title()).toContain(t('en', 'mode.quizTitle'));
		for (const topic of ['all', 'handshake', 'teardown'] as const) {
			expect(app.frame()).toContain(t('en', `mode.topic.${topic}`));
		}
		await pick(app, t('en', 'mode.topic.handshake'));
		const header = (index: number) =>
			t('en', 'mode.quizHeader', {
				topic: t('en', 'mode.topic.handshake'),
				index,
				count: quiz.count,
				score: 0,
			});
		expect(app.title()).toContain(header(1));
		// The first quiz of a sitting is the seed's, the next one the seed's + 1.
		const [first] = makeQuiz({lang: 'en', count: quiz.count, seed: quiz.seed, topic: 'handshake'});
		expect(words(app.frame())).toContain(first?.prompt);

		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.quiz'));
		await pick(app, t('en', 'mode.topic.handshake'));
		const [next] = makeQuiz({
			lang: 'en',
			count: quiz.count,
			seed: quiz.seed + 1,
			topic: 'handshake',
		});
		expect(next?.prompt).not.toBe(first?.prompt);
		expect(words(app.frame())).toContain(next?.prompt);
		app.unmount();
	});

	it('Help opens the help over the sandbox; a key closes it', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.help'));
		expect(app.title()).toContain(t('en', 'ui.helpTitle'));
		await press(app.stdin, 'x');
		expect(app.title()).toContain(sandboxTitle);
		app.unmount();
	});

	it('Sandbox, picked during a lesson, leaves the lesson for the free sandbox', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.lessons', {done: 0, total: lessons.length}));
		await pick(app, `1. ${t('en', lessons[0]?.title ?? 'lesson.handshake.title')}`);
		expect(app.title()).toContain(
			t('en', 'mode.lessonStep', {step: 1, steps: lessons[0]?.steps.length ?? 0}),
		);
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.sandbox'));
		expect(app.title()).toContain(sandboxTitle);
		expect(statePair(app.frame())).toBe('CLOSED/LISTEN');
		expect(statusText(app.frame())).toContain('Welcome');
		app.unmount();
	});

	it('Quit ends the program', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.quit'));
		await waitUntil(() => app.quits.length > 0, 'the App quits');
		expect(app.quits).toEqual(['quit']);
		app.unmount();
	});

	it('q in the menu quits too', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await press(app.stdin, 'q');
		await waitUntil(() => app.quits.length > 0, 'the App quits');
		expect(app.quits).toEqual(['quit']);
		app.unmount();
	});

	it('q quits from a list in the menu, but a name being typed takes q as a letter', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'progress.menu.student', {name: quiz.student}));
		await waitUntil(() => app.title().includes(t('en', 'progress.students.title')), 'the names');
		await pick(app, t('en', 'progress.students.someoneElse'));
		await waitUntil(() => app.title().includes(t('en', 'progress.name.title')), 'the name entry');
		await press(app.stdin, ...'quinn', '\u007F', 'q', '\r');
		await waitUntil(
			() => app.frame().includes(t('en', 'progress.menu.student', {name: 'quinq'})),
			'the new name in the menu',
		);
		expect(app.quits).toEqual([]);
		await pick(app, t('en', 'mode.lessons', {done: 0, total: lessons.length}));
		await waitUntil(() => app.title().includes(t('en', 'mode.lessonsTitle')), 'the lessons');
		await press(app.stdin, 'Q');
		await waitUntil(() => app.quits.length > 0, 'the App quits');
		expect(app.quits).toEqual(['quit']);
		app.unmount();
	});
});

describe('progress marks', () => {
	const [doneLesson, otherLesson] = lessons;
	const [solved, shown, untouched] = challenges;
	if (!doneLesson || !otherLesson || !solved || !shown || !untouched) {
		throw new Error('the marks need two lessons and three challenges');
	}
	const progress = marked(doneLesson.name, solved, shown);

	it('the modes count what is done, and the quiz shows its best', async () => {
		const app = start(progress);
		await app.toScreen(t('en', 'mode.menuTitle'));
		expect(app.frame()).toContain(t('en', 'mode.lessons', {done: 1, total: lessons.length}));
		expect(app.frame()).toContain(t('en', 'mode.challenges', {done: 1, total: challenges.length}));
		expect(app.frame()).toContain(t('en', 'mode.quizBest', {score: 7, total: 10}));
		app.unmount();
	});

	it('✓ done marks the completed lesson only', async () => {
		const app = start(progress);
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.lessons', {done: 1, total: lessons.length}));
		const line = (title: string) => linesOf(app.frame()).find((row) => row.includes(title)) ?? '';
		expect(line(t('en', doneLesson.title))).toContain(`✓ ${t('en', 'mode.done')}`);
		expect(line(t('en', otherLesson.title))).not.toContain('✓');
		app.unmount();
	});

	it('challenges say solved in N, solution seen, or nothing', async () => {
		const app = start(progress);
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.challenges', {done: 1, total: challenges.length}));
		const line = (title: string) => linesOf(app.frame()).find((row) => row.includes(title)) ?? '';
		expect(line(t('en', solved.title))).toContain(`✓ ${t('en', 'mode.solved', {moves: 6})}`);
		expect(line(t('en', shown.title))).toContain(t('en', 'mode.shown'));
		expect(line(t('en', untouched.title))).not.toMatch(/✓|\(/);
		app.unmount();
	});

	it('the quiz topics show their best score', async () => {
		const app = start(progress);
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.quizBest', {score: 7, total: 10}));
		const line = (label: string) => linesOf(app.frame()).find((row) => row.includes(label)) ?? '';
		expect(line(t('en', 'mode.topic.all'))).toContain(t('en', 'mode.best', {score: 7, total: 10}));
		expect(line(t('en', 'mode.topic.handshake'))).not.toContain('best');
		app.unmount();
	});

	it('a lesson finished now is marked done when the menu opens again', async () => {
		const app = start();
		await app.toScreen(t('en', 'mode.menuTitle'));
		await pick(app, t('en', 'mode.lessons', {done: 0, total: lessons.length}));
		await pick(app, `1. ${t('en', doneLesson.title)}`);
		for (const step of parseSteps('en', doneLesson.steps.map(({move}) => move).join(' '))) {
			await press(app.stdin, keyOf(step.move));
		}
		expect(statusText(app.frame())).toContain('Lesson complete');
		await waitUntil(() => app.keeper.saved.length > 0, 'the lesson saved');
		await app.toScreen(t('en', 'mode.menuTitle'));
		expect(app.frame()).toContain(t('en', 'mode.lessons', {done: 1, total: lessons.length}));
		await pick(app, t('en', 'mode.lessons', {done: 1, total: lessons.length}));
		const line = linesOf(app.frame()).find((row) => row.includes(t('en', doneLesson.title))) ?? '';
		expect(line).toContain(`✓ ${t('en', 'mode.done')}`);
		app.unmount();
	});
});

describe('the menu in ASCII', () => {
	it('titles, items and marks have no character beyond ASCII, in every list', async () => {
		// A lesson done, a challenge solved and one seen, a best score: every mark is shown.
		const [lesson] = lessons;
		const [solved, shown] = challenges;
		if (!lesson || !solved || !shown) throw new Error('the marks need a lesson and two challenges');
		const progress = marked(lesson.name, solved, shown);
		const app = renderApp({ascii: true, quiz, progress: memoryKeeper(progress).keeper});
		const frame = () => frameOf(app.lastFrame);
		const seen: string[] = [];
		const look = (where: string) => {
			for (const line of linesOf(frame())) {
				if (nonAscii(line).length > 0) seen.push(`${where}: ${line}`);
			}
		};
		await escapeTo(app, 'tcp-tui: choose a mode');
		look('modes');
		expect(linesOf(frame())[0]).toContain('Up/Down and Enter');
		for (const item of ['Lessons', 'Quiz', 'Challenges']) {
			await pick(app, item);
			look(item);
			if (item !== 'Quiz') expect(frame()).toContain('OK ');
			await escapeTo(app, 'tcp-tui: choose a mode');
		}
		expect(seen).toEqual([]);
		app.unmount();
	});
});
