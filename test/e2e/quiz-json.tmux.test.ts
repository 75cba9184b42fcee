// --quiz --json reports the quiz --quiz started, even when the student goes on to a second quiz
// from the menu: in a real terminal (tmux, 80x24, CI unset), the first quiz is answered, Enter at
// its summary opens the menu, Quiz → Everything starts another, one question of it is answered,
// and q quits. out.json must hold the first quiz, complete. Keys are sent one at a time, each
// after the screen showed the one before. Needs `npm run build` first (npm test does it) and tmux.
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import {makeQuiz, type Question} from '../../source/quiz/quiz.js';
import type {QuizResults} from '../../source/quiz/results.js';
import {answerInPane, appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/quiz-json.tmux.test.ts');

const size = {columns: 80, rows: 24} as const;
const seed = 9;
const name = 'quiz-json';
/** The App's second quiz of a sitting takes the next seed (app.tsx: quiz.seed + taken). */
const first = makeQuiz({lang: 'en', count: 1, seed, topic: 'all'});
const second = makeQuiz({lang: 'en', count: 1, seed: seed + 1, topic: 'all'});

const server = new TmuxServer(`tcp-tui-quiz-json-${process.pid}`);

describe.skipIf(skipReason !== undefined)(
	`--quiz --json with a second quiz (tmux)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	() => {
		let root = '';

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-quiz-json-'));
			server.kill();
			const cwd = path.join(root, name);
			mkdirSync(cwd);
			const command = appCommand({
				args: ['--quiz', '--count', '1', '--seed', String(seed), '--name', 'alice', '--json'],
				progress: path.join(root, 'progress.json'),
				stdout: 'out.json',
			});
			server.start(name, command, {...size, cwd});
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		/** The only question of a quiz on screen, answered with option `choice`. */
		const answer = (question: Question, choice: number) =>
			answerInPane(server, name, question, {index: 0, count: 1, choice});

		it('out.json has the --quiz quiz (seed 9, complete), not the one started from the menu', async () => {
			const [question] = first;
			const [other] = second;
			if (!question || !other) throw new Error('no questions');
			// The two quizzes differ, so the file tells which one it holds.
			expect(other.id).not.toBe(question.id);

			await answer(question, question.correct);
			server.sendKeys(name, 'Enter');
			await server.waitFor(
				name,
				(rows) =>
					(rows[0] ?? '').includes(
						t('en', 'mode.quizSummaryHeader', {topic: t('en', 'mode.topic.all')}),
					),
				{what: 'the summary'},
			);
			server.sendKeys(name, 'Enter');
			await server.waitFor(name, (rows) => (rows[0] ?? '').includes(t('en', 'mode.menuTitle')), {
				what: 'the menu',
			});
			// "Quiz: multiple choice", with the best score now that one quiz is done.
			await server.pick(name, t('en', 'mode.quiz').split(':')[0] ?? 'Quiz');
			await server.waitFor(name, (rows) => (rows[0] ?? '').includes(t('en', 'mode.quizTitle')), {
				what: 'the quiz topics',
			});
			await server.pick(name, t('en', 'mode.topic.all'));
			const wrong = (other.correct + 1) % other.options.length;
			await answer(other, wrong);
			server.sendKeys(name, 'q');
			expect(await server.exitCode(name)).toBe(0);

			const results = JSON.parse(
				readFileSync(path.join(root, name, 'out.json'), 'utf8'),
			) as QuizResults;
			expect(results).toMatchObject({seed, complete: true, student: 'alice', total: 1, score: 1});
			expect(results.questions.map(({id}) => id)).toEqual([question.id]);
			expect(results.questions.map(({answer: chosen}) => chosen)).toEqual([question.correct]);
		});
	},
);
