// --quiz --json when the terminal goes away: `tmux kill-session` sends SIGHUP to the program in the
// pane, as a dropped SSH session does. In a real terminal (tmux, 80x24, CI unset), once after the
// last answer (the results were written then; the hang-up adds nothing) and once in the middle of
// the quiz (the hang-up writes them, incomplete). Both files must be one whole JSON document whose
// `complete` says which. Needs `npm run build` first (npm test does it) and tmux.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeQuiz} from '../../source/quiz/quiz.js';
import type {QuizResults} from '../../source/quiz/results.js';
import {answerInPane, appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/quiz-signals.tmux.test.ts');

const size = {columns: 80, rows: 24} as const;
const seed = 21;
const count = 3;
const questions = makeQuiz({lang: 'en', count, seed, topic: 'all'});

const server = new TmuxServer(`tcp-tui-quiz-signals-${process.pid}`);

const delay = async (ms: number) =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, ms);
	});

/** The file's text once it holds a whole JSON document, waiting up to `timeout` ms for it. */
async function resultsIn(file: string, timeout = 5000): Promise<string> {
	const deadline = Date.now() + timeout;
	let text = '';
	for (;;) {
		text = existsSync(file) ? readFileSync(file, 'utf8') : '';
		try {
			JSON.parse(text);
			return text;
		} catch {
			if (Date.now() > deadline) break;
			await delay(50);
		}
	}
	throw new Error(`no whole JSON in ${file} after ${timeout} ms; it holds:\n${text}`);
}

describe.skipIf(skipReason !== undefined)(
	`--quiz --json and SIGHUP (tmux kill-session)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each test has a session of its own and mostly waits for the screen: they run side by side.
	{concurrent: true},
	() => {
		let root = '';

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-quiz-signals-'));
			server.kill();
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		/** The quiz in a new session, its results going to out.json in its own directory. */
		function startQuiz(name: string): string {
			const cwd = path.join(root, name);
			mkdirSync(cwd);
			const command = appCommand({
				args: ['--quiz', '--count', `${count}`, '--seed', `${seed}`, '--name', 'alice', '--json'],
				progress: path.join(root, `${name}-progress.json`),
				stdout: 'out.json',
			});
			server.start(name, command, {...size, cwd});
			return path.join(cwd, 'out.json');
		}

		/** Question `index`, answered right on even indexes and wrong on odd ones. */
		async function answer(name: string, index: number): Promise<number> {
			const question = questions[index];
			if (!question) throw new Error(`no question ${index}`);
			const choice =
				index % 2 === 0 ? question.correct : (question.correct + 1) % question.options.length;
			await answerInPane(server, name, question, {index, count, choice});
			return choice;
		}

		it('after the last answer: the file was written then, and the hang-up leaves it whole and complete', async () => {
			const name = 'signals-end';
			const file = startQuiz(name);
			const chosen: number[] = [];
			for (let index = 0; index < count; index++) {
				chosen.push(await answer(name, index));
				// Enter goes to the next question, or, after the last, stays on its feedback.
				if (index < count - 1) server.sendKeys(name, 'Enter');
			}
			// Written at the last answer, before anything ends the program.
			const before = await resultsIn(file);
			server.killSession(name);
			await delay(500);
			const after = await resultsIn(file);
			expect(after).toBe(before);
			const results = JSON.parse(after) as QuizResults;
			expect(results).toMatchObject({seed, student: 'alice', complete: true, total: count});
			expect(results.questions.map(({answer: given}) => given)).toEqual(chosen);
			expect(results.score).toBe(2);
		});

		it('in the middle: the hang-up writes what was answered, marked incomplete', async () => {
			const name = 'signals-middle';
			const file = startQuiz(name);
			const first = await answer(name, 0);
			server.sendKeys(name, 'Enter');
			await server.waitFor(name, (rows) => rows.join(' ').includes(`question 2/${count}`), {
				what: 'question 2',
			});
			expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe('');
			server.killSession(name);
			const results = JSON.parse(await resultsIn(file)) as QuizResults;
			expect(results).toMatchObject({seed, student: 'alice', complete: false, total: count});
			expect(results.questions.map(({answer: given}) => given)).toEqual([first, null, null]);
			expect(results.questions[0]?.id).toBe(questions[0]?.id);
		});
	},
);
