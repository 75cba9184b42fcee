// The terminal as a user has it, in tmux (80x24, CI unset): keys that arrive together (one
// send-keys, one read) are handled one at a time, in order; Ctrl+Z suspends and `fg` resumes; a
// screen that is not a terminal, or TERM=dumb, is refused; nothing lands in a stderr that is a file.
// Needs `npm run build` first (npm test does it) and tmux.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeQuiz} from '../../source/quiz/quiz.js';
import {cliPath} from '../helpers/cli.js';
import {selected} from '../helpers/frames.js';
import {verdictOf} from '../helpers/quiz.js';
import {appCommand, shellQuote, shows, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/terminal.tmux.test.ts');

const size = {columns: 80, rows: 24} as const;
const server = new TmuxServer(`tcp-tui-terminal-${process.pid}`);
const seed = 21;
const [question] = makeQuiz({lang: 'en', count: 1, seed, topic: 'all'});

describe.skipIf(skipReason !== undefined)(
	`the real terminal${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each test has a session of its own and mostly waits for the screen: they run side by side.
	{concurrent: true},
	() => {
		let root = '';
		const cwdOf = (name: string) => {
			const cwd = path.join(root, name);
			mkdirSync(cwd, {recursive: true});
			return cwd;
		};
		const start = (name: string, args: readonly string[], redirect = '') => {
			const command = appCommand({args, progress: path.join(root, `${name}.json`)});
			// appCommand's sh -c line, with the redirection put after the app's own words.
			const line = command[2]?.replace('; echo EXIT=', `${redirect}; echo EXIT=`) ?? '';
			server.start(name, ['sh', '-c', line], {...size, cwd: cwdOf(name)});
		};

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-terminal-'));
			server.kill();
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		it('menu: ↓↓ in one read moves twice', async () => {
			start('menu', ['--menu', '--name', 'bob']);
			await server.waitFor('menu', (rows) => selected(rows).includes('Sandbox'), {
				what: 'the menu',
			});
			server.sendKeys('menu', 'Down', 'Down');
			await server.waitFor('menu', (rows) => selected(rows).includes('Quiz'), {
				what: 'Quiz highlighted',
			});
			server.sendKeys('menu', 'C-c');
			expect(await server.exitCode('menu')).toBe(130);
		});

		it('quiz: ↓ then Enter in one read answers B, the option ↓ highlighted', async () => {
			if (!question) throw new Error('no question');
			start('quiz', ['--quiz', '--count', '1', '--seed', String(seed), '--name', 'bob']);
			await server.waitFor('quiz', (rows) => selected(rows).startsWith('▶ A. '), {
				what: 'the question',
				timeout: 15_000,
			});
			server.sendKeys('quiz', 'Down', 'Enter');
			const verdict = verdictOf(question, 1);
			await server.waitFor('quiz', shows(verdict), {what: `the feedback '${verdict}'`});
			server.sendKeys('quiz', 'C-c');
			expect(await server.exitCode('quiz')).toBe(130);
		});

		it('Ctrl+Z gives the terminal back; fg redraws, keys work, q quits with 0', async () => {
			const name = 'suspend';
			const env = ['env', '-u', 'CI', 'PS1=$ ', 'LANG=C.UTF-8', 'TERM=xterm-256color'];
			server.start(name, [...env, 'bash', '--norc', '--noprofile', '-i'], {
				...size,
				cwd: cwdOf(name),
			});
			await server.waitFor(name, (rows) => rows.some((row) => row.startsWith('$')), {
				what: 'the prompt',
			});
			const app = [process.execPath, cliPath, '--menu', '--name', 'bob'].map(shellQuote).join(' ');
			const progress = `TCP_TUI_PROGRESS=${shellQuote(path.join(root, 'suspend.json'))}`;
			// The shell runs it as a job of its own, which Ctrl+Z stops and fg continues.
			server.sendKeys(name, `${progress} ${app}`, 'Enter');
			await server.waitFor(name, (rows) => selected(rows).includes('Sandbox'), {what: 'the menu'});
			server.sendKeys(name, 'C-z');
			await server.waitFor(name, (rows) => rows.some((row) => row.includes('Stopped')), {
				what: 'the shell saying Stopped',
			});
			expect(server.cursorVisible(name)).toBe(true);
			// The frame is gone: the shell has the terminal.
			expect(selected(server.capture(name))).toBe('');
			server.sendKeys(name, 'fg', 'Enter');
			await server.waitFor(name, (rows) => selected(rows).includes('Sandbox'), {
				what: 'the menu drawn again',
			});
			expect(server.cursorVisible(name)).toBe(false);
			server.sendKeys(name, 'Down');
			await server.waitFor(name, (rows) => selected(rows).includes('Lessons'), {
				what: 'Lessons highlighted',
			});
			server.sendKeys(name, 'Escape');
			await server.waitFor(name, shows('q quit'), {what: 'the sandbox'});
			server.sendKeys(name, 'q');
			await server.waitFor(name, (rows) => rows.at(-1)?.startsWith('$') ?? false, {
				what: 'the prompt back',
			});
			// The status on a cleared screen, where the full-height frame cannot hide it.
			server.sendKeys(name, "s=$?; printf '\\033[2J\\033[H'; echo EXIT=$s", 'Enter');
			expect(await server.exitCode(name)).toBe(0);
			expect(server.cursorVisible(name)).toBe(true);
		});

		it('stdout not a terminal: one line, exit 1', async () => {
			start('stdout-file', ['--menu'], ' > out.txt 2> err.txt');
			expect(await server.exitCode('stdout-file')).toBe(1);
			const dir = path.join(root, 'stdout-file');
			expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('');
			expect(readFileSync(path.join(dir, 'err.txt'), 'utf8')).toMatch(
				/^tcp-tui: stdout is not a terminal: [^\n]*--script[^\n]*\n$/,
			);
		});

		it('--quiz --json with stderr not a terminal: one line, exit 1', async () => {
			start('json-stderr-file', ['--quiz', '--json'], ' > out.json 2> err.txt');
			expect(await server.exitCode('json-stderr-file')).toBe(1);
			const dir = path.join(root, 'json-stderr-file');
			expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('');
			expect(readFileSync(path.join(dir, 'err.txt'), 'utf8')).toMatch(
				/^tcp-tui: stderr is not a terminal: [^\n]*\n$/,
			);
		});

		it('TERM=dumb: one line suggesting --script, exit 1', async () => {
			const name = 'dumb';
			const command = appCommand({env: ['TERM=dumb'], args: ['--menu']});
			server.start(name, command, {...size, cwd: cwdOf(name)});
			expect(await server.exitCode(name)).toBe(1);
			expect(server.capture(name).join('\n')).toMatch(/tcp-tui: this terminal \(TERM=dumb\)[^\n]*/);
			expect(server.capture(name).join('\n')).toContain('--script');
		});

		it('a stderr that is a file gets nothing at exit (no ESC[?25h)', async () => {
			start('stderr-file', ['--menu', '--name', 'bob'], ' 2> err.txt');
			await server.waitFor('stderr-file', (rows) => selected(rows).includes('Sandbox'), {
				what: 'the menu',
			});
			server.sendKeys('stderr-file', 'Escape');
			await server.waitFor('stderr-file', shows('q quit'), {what: 'the sandbox'});
			server.sendKeys('stderr-file', 'q');
			expect(await server.exitCode('stderr-file')).toBe(0);
			const err = path.join(root, 'stderr-file', 'err.txt');
			expect(existsSync(err) ? readFileSync(err, 'utf8') : '').toBe('');
		});
	},
);
