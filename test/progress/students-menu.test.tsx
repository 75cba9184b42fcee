// One lab account, many students, in the App: the menu asks whose progress it is once, shows the
// name, and switches to another; each name's progress lives in one shared file (the real store).
import * as fs from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import App, {type ProgressKeeper} from '../../source/app.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import {t} from '../../source/i18n/index.js';
import {lessons} from '../../source/learn/lessons.js';
import {emptyProgress, withLesson, withQuizScore} from '../../source/progress/progress.js';
import {openProgressStore} from '../../source/progress/progress-store.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {frameOf, linesOf} from '../helpers/frames.js';
import {keys, pick, press, waitUntil} from '../helpers/render-app.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) fs.rmSync(directory, {recursive: true});
});

function sharedFile(): string {
	const directory = fs.mkdtempSync(path.join(tmpdir(), 'tcp-tui-students-'));
	directories.push(directory);
	return path.join(directory, 'progress.json');
}

/** The keeper tui.tsx makes, on the real store. */
function keeperFor(file: string, student: string): ProgressKeeper {
	const store = openProgressStore(file, {lang: 'en', owner: 'lab'});
	return {
		progress: store.progressOf(student),
		warning: store.warning,
		save: (next, name) => store.save(name, next),
		progressOf: (name) => store.progressOf(name),
		students: () => store.students(),
	};
}

const quiz = {count: 1, seed: 3, topic: 'all', student: 'lab'} as const;

function start(file: string, askName: boolean) {
	const app = render(
		<App
			lang="en"
			connection={{isnClient: 1, isnServer: 2, network: 'instant', peer: null}}
			display={{glyphs: glyphsFor(false), ascii: false, color: false}}
			size={{columns: 80, rows: 24}}
			start={{mode: 'menu'}}
			quiz={quiz}
			progress={keeperFor(file, quiz.student)}
			askName={askName}
			now={() => Date.UTC(2026, 0, 5)}
		/>,
	);
	const frame = () => frameOf(app.lastFrame);
	const title = () => linesOf(frame())[0] ?? '';
	const until = (text: string) => waitUntil(() => frame().includes(text), `'${text}' on screen`);
	return {...app, frame, title, until};
}

const lessonsDone = (done: number) => t('en', 'mode.lessons', {done, total: lessons.length});

describe('whose progress', () => {
	it('asks once at the start of the menu; a new name is typed and its progress starts empty', async () => {
		const file = sharedFile();
		openProgressStore(file, {lang: 'en'}).save(
			'bob',
			withLesson(emptyProgress(), 'handshake', new Date()),
		);
		const app = start(file, true);
		await app.until(t('en', 'progress.students.title'));
		// The login name first (selected), then the others, then someone else.
		expect(linesOf(app.frame()).slice(1, 4)).toEqual([
			'▶ lab',
			'  bob',
			`  ${t('en', 'progress.students.someoneElse')}`,
		]);
		await pick(app, t('en', 'progress.students.someoneElse'));
		await app.until(t('en', 'progress.name.title'));
		await press(app.stdin, ...'alice'.split(''));
		await app.until(`${t('en', 'progress.name.prompt')} alice`);
		await press(app.stdin, '\r');
		await app.until(t('en', 'progress.menu.student', {name: 'alice'}));
		expect(app.title()).toContain(t('en', 'mode.menuTitle'));
		expect(app.frame()).toContain(lessonsDone(0));
		app.unmount();
	});

	it('switches to a name with progress, and shows that progress', async () => {
		const file = sharedFile();
		openProgressStore(file, {lang: 'en'}).save(
			'bob',
			withLesson(emptyProgress(), 'handshake', new Date()),
		);
		const app = start(file, false);
		await app.until(t('en', 'progress.menu.student', {name: 'lab'}));
		expect(app.frame()).toContain(lessonsDone(0));
		await pick(app, t('en', 'progress.menu.student', {name: 'lab'}));
		await app.until(t('en', 'progress.students.title'));
		await pick(app, 'bob');
		await app.until(t('en', 'progress.menu.student', {name: 'bob'}));
		expect(app.frame()).toContain(lessonsDone(1));
		app.unmount();
	});

	it('Esc at the question keeps the name; Esc in the typing goes back to the names', async () => {
		const file = sharedFile();
		const app = start(file, true);
		await app.until(t('en', 'progress.students.title'));
		await pick(app, t('en', 'progress.students.someoneElse'));
		await app.until(t('en', 'progress.name.title'));
		await press(app.stdin, keys.escape);
		await app.until(t('en', 'progress.students.title'));
		await press(app.stdin, keys.escape);
		await app.until(t('en', 'progress.menu.student', {name: 'lab'}));
		app.unmount();
	});

	it('refuses an empty name, and keeps no control character of what was typed', async () => {
		const file = sharedFile();
		const app = start(file, true);
		await app.until(t('en', 'progress.students.title'));
		await pick(app, t('en', 'progress.students.someoneElse'));
		await app.until(t('en', 'progress.name.title'));
		await press(app.stdin, ' ', '\r');
		await app.until(t('en', 'progress.name.empty'));
		await press(app.stdin, '\u0007', 'z', '\u007F', 'e', 'd\u0000');
		// The blank typed first is still there; the name is trimmed when accepted.
		await app.until(`${t('en', 'progress.name.prompt')}  ed`);
		await press(app.stdin, '\r');
		await app.until(t('en', 'progress.menu.student', {name: 'ed'}));
		app.unmount();
	});

	it('a quiz taken after switching is saved under the new name, beside the others', async () => {
		const file = sharedFile();
		openProgressStore(file, {lang: 'en', owner: 'lab'}).save(
			'lab',
			withQuizScore(emptyProgress(), 'all', 0, 1, new Date()),
		);
		const app = start(file, true);
		await app.until(t('en', 'progress.students.title'));
		await pick(app, t('en', 'progress.students.someoneElse'));
		await app.until(t('en', 'progress.name.title'));
		await press(app.stdin, ...'kim'.split(''), '\r');
		await app.until(t('en', 'progress.menu.student', {name: 'kim'}));
		await pick(app, t('en', 'mode.quiz').split(':')[0] ?? 'Quiz');
		await app.until(t('en', 'mode.quizTitle'));
		await pick(app, t('en', 'mode.topic.all'));
		const [question] = makeQuiz({lang: 'en', count: 1, seed: quiz.seed, topic: 'all'});
		if (!question) throw new Error('no question');
		await app.until(question.prompt.slice(0, 30));
		for (let moved = 0; moved < question.correct; moved++) await press(app.stdin, keys.down);
		await press(app.stdin, '\r');
		await waitUntil(
			() => openProgressStore(file, {lang: 'en'}).progressOf('kim').quiz.all !== undefined,
			'the score saved under kim',
		);
		const store = openProgressStore(file, {lang: 'en'});
		expect(store.students().sort()).toEqual(['kim', 'lab']);
		expect(store.progressOf('kim').quiz.all).toMatchObject({score: 1, total: 1});
		expect(store.progressOf('lab').quiz.all).toMatchObject({score: 0, total: 1});
		app.unmount();
	});
});
