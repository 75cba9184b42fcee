// The learning modes of the built CLI in a real terminal (tmux, 80x24, CI unset): a quiz whose
// JSON results go to a file while the screen is drawn, Ctrl+C in a quiz, the screen-reader view,
// saving a session to a file (and failing to), and the mode menu into a lesson. Keys are sent one
// at a time, each after the screen showed the previous one: ink-select-input merges a burst.
// Needs `npm run build` first (npm test does it) and tmux (CI installs it: see .ci/run).
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import {lessons} from '../../source/learn/lessons.js';
import {makeQuiz} from '../../source/quiz/quiz.js';
import type {QuizResults} from '../../source/quiz/results.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {fixedIsns, run} from '../helpers/cli.js';
import {selected, words} from '../helpers/frames.js';
import {lessonHeader} from '../helpers/guides.js';
import {keyOf} from '../helpers/move-keys.js';
import {plan} from '../helpers/quiz.js';
import {
	type AppPane,
	answerInPane,
	appCommand,
	shows,
	TmuxServer,
	tmuxTests,
} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/modes.tmux.test.ts');

const size = {columns: 80, rows: 24} as const;
const handshake = 'c:syn s:syn c:ack';
const quizSettings = {count: 3, seed: 7, topic: 'all', student: 'alice'} as const;

/** The app in a pane: the shell starts in `cwd`, the app's working directory. */
type Pane = AppPane & {readonly cwd: string};

/** tmux's name for a key the App reads. */
function tmuxKey(key: string): string {
	return key === '\r' ? 'Enter' : key === '\t' ? 'Tab' : key;
}

const server = new TmuxServer(`tcp-tui-modes-${process.pid}`);

describe.skipIf(skipReason !== undefined)(
	`learning modes in a real terminal (tmux)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each test has a session of its own and mostly waits for the screen: they run side by side.
	{concurrent: true},
	() => {
		let root = '';
		const dir = (name: string) => path.join(root, name);

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-modes-'));
			server.kill();
			const quiz = ['--quiz', '--count', '3', '--seed', '7', '--name', 'alice', '--json'];
			const panes: Record<string, Pane> = {
				quiz: {cwd: dir('quiz'), args: quiz, stdout: 'out.json'},
				'quiz-ctrl-c': {cwd: dir('quiz-ctrl-c'), args: quiz, stdout: 'out.json'},
				reader: {cwd: dir('reader'), args: ['--screen-reader', ...fixedIsns]},
				'reader-env': {cwd: dir('reader-env'), args: fixedIsns, env: ['INK_SCREEN_READER=true']},
				export: {cwd: dir('export'), args: fixedIsns},
				gone: {cwd: dir('gone'), args: fixedIsns},
				lesson: {cwd: dir('lesson'), args: fixedIsns},
			};
			// Every session starts now, so that the apps start up side by side.
			for (const [name, pane] of Object.entries(panes)) {
				mkdirSync(pane.cwd);
				const progress = path.join(root, `progress-${name}.json`);
				server.start(name, appCommand({...pane, progress}), {...size, cwd: pane.cwd});
			}
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		/** The sandbox's first frame. */
		const sandboxReady = async (name: string) =>
			server.waitFor(name, (rows) => rows.some((row) => row.startsWith(' Tab side')), {
				what: 'the sandbox',
				timeout: 15_000,
			});

		const questions = makeQuiz({...quizSettings, lang: 'en'});
		const choices = plan(questions);

		/** Answer question `index` by arrows and Enter, each key after the screen showed the last. */
		async function answer(name: string, index: number): Promise<void> {
			const question = questions[index];
			const choice = choices[index] ?? 0;
			if (!question) throw new Error(`no question ${index}`);
			await answerInPane(server, name, question, {index, count: questions.length, choice});
		}

		it('(a) a quiz answered by keys: the screen shows it, out.json gets only the results, exit 0', async () => {
			// The screen is drawn although stdout goes to a file (it is drawn on stderr).
			const first = await server.waitFor(
				'quiz',
				(rows) =>
					(rows[0] ?? '').includes(
						t('en', 'mode.quizHeader', {
							topic: t('en', 'mode.topic.all'),
							index: 1,
							count: 3,
							score: 0,
						}),
					),
				{what: 'the first question', timeout: 15_000},
			);
			// The footer names the letters that answer: A-D for four options, A-C for three.
			const letters = `A-${'ABCD'[(questions[0]?.options.length ?? 4) - 1]}`;
			expect(shows(t('en', 'mode.quizKeys', {keys: letters}))(first)).toBe(true);
			for (const index of questions.keys()) {
				await answer('quiz', index);
				server.sendKeys('quiz', 'Enter');
			}
			const right = questions.filter(
				(question, index) => choices[index] === question.correct,
			).length;
			const summary = await server.waitFor(
				'quiz',
				shows(
					t('en', 'mode.quizDone', {
						student: 'alice',
						score: right,
						total: questions.length,
						percent: Math.round((100 * right) / questions.length),
					}),
				),
				{what: 'the summary'},
			);
			expect(summary[0]).toContain(
				t('en', 'mode.quizSummaryHeader', {topic: t('en', 'mode.topic.all')}),
			);
			server.sendKeys('quiz', 'q');
			expect(await server.exitCode('quiz')).toBe(0);

			const text = readFileSync(path.join(dir('quiz'), 'out.json'), 'utf8');
			expect(text).not.toContain('\u001B');
			const results = JSON.parse(text) as QuizResults;
			expect(results).toMatchObject({
				complete: true,
				student: 'alice',
				seed: 7,
				topic: 'all',
				lang: 'en',
				total: 3,
				score: right,
			});
			expect(results.questions).toHaveLength(3);
			expect(results.questions.map(({id}) => id)).toEqual(questions.map(({id}) => id));
			expect(results.questions.map(({answer: chosen}) => chosen)).toEqual(choices);
			for (const question of results.questions) {
				expect(question.right).toBe(question.answer === question.correct);
			}
			expect(results.score).toBe(results.questions.filter((question) => question.right).length);
		});

		it('(b) Ctrl+C during a quiz: exit 130, and the results say complete: false', async () => {
			await answer('quiz-ctrl-c', 0);
			server.sendKeys('quiz-ctrl-c', 'C-c');
			expect(await server.exitCode('quiz-ctrl-c')).toBe(130);
			const results = JSON.parse(
				readFileSync(path.join(dir('quiz-ctrl-c'), 'out.json'), 'utf8'),
			) as QuizResults;
			expect(results.complete).toBe(false);
			expect(results.student).toBe('alice');
			expect(results.questions.map(({answer: chosen}) => chosen)).toEqual([choices[0], null, null]);
		});

		describe.each([
			['--screen-reader', 'reader'],
			['INK_SCREEN_READER=true', 'reader-env'],
		])('(c) %s', (_, name) => {
			it('reads as sentences: the states and the last segment, no box drawing or arrows', async () => {
				await server.waitFor(
					name,
					shows(t('en', 'reader.where', {title: `tcp-tui ${t('en', 'ui.sandbox')}`, me: 'client'})),
					{
						what: 'the screen-reader view',
						timeout: 15_000,
					},
				);
				server.sendKeys(name, 's');
				const rows = await server.waitFor(name, shows('Last segment'), {what: 'the SYN read out'});
				const text = words(rows);
				expect(text).toContain('SYN_SENT');
				// The SYN's arrival made the server SYN_RECEIVED, and the view says what it owes.
				expect(text).toContain(
					t('en', 'reader.endpoint', {
						me: 'server',
						state: 'SYN_RECEIVED',
						situation: t('en', 'situation.owesSynAck', {me: 'server'}),
						keys: '',
					}).replace(/ \.$/, ''),
				);
				expect(text).toContain('Last segment');
				expect(text).toContain(
					t('en', 'reader.segment', {me: 'client', label: 'SYN seq=0', passage: ''}),
				);
				expect(rows.join('\n')).not.toMatch(/[╭╮╰╯━│─▶◀]/);
				server.sendKeys(name, 'q');
				expect(await server.exitCode(name)).toBe(0);
			});
		});

		/** s Tab s Tab a, each key after the screen showed the one before. */
		async function openConnection(name: string): Promise<void> {
			await sandboxReady(name);
			const steps: ReadonlyArray<readonly [string, (rows: readonly string[]) => boolean]> = [
				['s', shows('SYN_SENT')],
				['Tab', (rows) => (rows[0] ?? '').includes('▶ Server active')],
				// The SYN,ACK's arrival makes the client ESTABLISHED, owing the ACK.
				['s', shows(t('en', 'situation.owesAckSynAck', {me: 'client'}))],
				['Tab', (rows) => (rows[0] ?? '').includes('▶ Client active')],
				[
					'a',
					(rows) =>
						(rows.find((row) => row.includes('ESTABLISHED')) ?? '').match(/ESTABLISHED/g)
							?.length === 2,
				],
			];
			for (const [key, shown] of steps) {
				server.sendKeys(name, key);
				await server.waitFor(name, shown, {what: `after ${key}`});
			}
		}

		/** e, then the format whose label is given, picked with ↓ and Enter. */
		async function exportAs(name: string, label: string): Promise<void> {
			server.sendKeys(name, 'e');
			await server.waitFor(name, (rows) => (rows[0] ?? '').includes(t('en', 'mode.exportTitle')), {
				what: 'the export picker',
			});
			await server.pick(name, label);
		}

		it('(d) e, then Markdown: the file lands in the working directory, equal to --script --format markdown', async () => {
			await openConnection('export');
			await exportAs('export', t('en', 'mode.export.markdown'));
			const saved = t('en', 'mode.exported', {format: 'markdown', path: ''}).trim();
			const rows = await server.waitFor('export', shows(saved), {what: `'${saved}'`});
			const files = readdirSync(dir('export')).filter((file) => file.endsWith('.md'));
			expect(files).toHaveLength(1);
			const file = path.join(dir('export'), files[0] ?? '');
			expect(words(rows)).toContain(t('en', 'mode.exported', {format: 'markdown', path: file}));
			const script = run(['--script', handshake, '--format', 'markdown', ...fixedIsns]);
			expect(script.status).toBe(0);
			expect(readFileSync(file, 'utf8')).toBe(script.stdout);
			server.sendKeys('export', 'q');
			expect(await server.exitCode('export')).toBe(0);
		});

		it('(e) the working directory is gone: "Could not save", and the program keeps running', async () => {
			await sandboxReady('gone');
			rmSync(dir('gone'), {recursive: true, force: true});
			await exportAs('gone', t('en', 'mode.export.text'));
			const failed =
				t('en', 'mode.exportFailed', {path: '', reason: ''}).split(':')[0]?.trim() ?? '';
			expect(failed).toContain('Could not save');
			const rows = await server.waitFor('gone', shows(failed), {what: `'${failed}'`});
			expect(words(rows)).toContain(dir('gone'));
			server.sendKeys('gone', 's');
			await server.waitFor('gone', shows('SYN_SENT'), {what: 'SYN_SENT after s: still running'});
			server.sendKeys('gone', 'q');
			expect(await server.exitCode('gone')).toBe(0);
		});

		it('(f) Esc, Lessons, the first lesson, its keys, q: the lesson is saved, the cursor is back, exit 0', async () => {
			const lesson = lessons[0];
			if (!lesson) throw new Error('no lessons');
			await sandboxReady('lesson');
			expect(server.cursorVisible('lesson')).toBe(false);
			server.sendKeys('lesson', 'Escape');
			// Without --name the menu first asks whose progress it is: Enter keeps the login name.
			await server.waitFor(
				'lesson',
				(rows) => (rows[0] ?? '').includes(t('en', 'progress.students.title')),
				{what: 'whose progress'},
			);
			server.sendKeys('lesson', 'Enter');
			await server.waitFor(
				'lesson',
				(rows) => (rows[0] ?? '').includes(t('en', 'mode.menuTitle')),
				{
					what: 'the menu',
				},
			);
			const lessonsItem = t('en', 'mode.lessons', {done: 0, total: lessons.length});
			server.sendKeys('lesson', 'Down');
			await server.waitFor('lesson', (rows) => selected(rows).includes(lessonsItem), {
				what: 'Lessons selected',
			});
			server.sendKeys('lesson', 'Enter');
			await server.waitFor(
				'lesson',
				(rows) => (rows[0] ?? '').includes(t('en', 'mode.lessonsTitle')),
				{
					what: 'the lessons',
				},
			);
			server.sendKeys('lesson', 'Enter');
			const title = lessonHeader(lesson);
			await server.waitFor('lesson', (rows) => (rows[0] ?? '').includes(title), {what: title});

			const steps = parseSteps('en', lesson.steps.map(({move}) => move).join(' '));
			for (const [index, {move}] of steps.entries()) {
				server.sendKeys('lesson', tmuxKey(keyOf(move)));
				const shown =
					index + 1 < steps.length
						? (rows: readonly string[]) =>
								(rows[0] ?? '').includes(
									t('en', 'mode.lessonStep', {step: index + 2, steps: steps.length}),
								)
						: shows(t('en', 'mode.lessonDone', {outro: t('en', lesson.outro)}).split('.')[0] ?? '');
				await server.waitFor('lesson', shown, {what: `lesson step ${index + 1}`});
			}
			expect(server.cursorVisible('lesson')).toBe(false);
			server.sendKeys('lesson', 'q');
			expect(await server.exitCode('lesson')).toBe(0);
			expect(server.cursorVisible('lesson')).toBe(true);
			// One student's progress, under the login name the menu kept.
			const progress = JSON.parse(
				readFileSync(path.join(root, 'progress-lesson.json'), 'utf8'),
			) as {students: Record<string, {lessons: Record<string, unknown>}>};
			const students = Object.values(progress.students);
			expect(students).toHaveLength(1);
			expect(Object.keys(students[0]?.lessons ?? {})).toEqual([lesson.name]);
		});
	},
);
