// Making the window shorter while the app runs must not erase the user's scrollback: Ink clears
// the terminal then, and its clear (ESC[3J) also wiped the shell history above the program.
// Needs `npm run build` first (npm test does it) and tmux.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/cli.js';
import {shellQuote, shows, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/scrollback.tmux.test.ts');
const server = new TmuxServer(`tcp-tui-scrollback-${process.pid}`);

describe.skipIf(skipReason !== undefined)(
	`the scrollback${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	() => {
		let root = '';

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-scrollback-'));
			server.kill();
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		it('survives shrinking the window from 30 to 20 rows and growing it back', async () => {
			const name = 'shrink';
			const env = ['env', '-u', 'CI', 'PS1=$ ', 'LANG=C.UTF-8', 'TERM=xterm-256color'];
			server.start(name, [...env, 'bash', '--norc', '--noprofile', '-i'], {
				columns: 80,
				rows: 30,
				cwd: root,
			});
			await server.waitFor(name, (rows) => rows.some((row) => row.startsWith('$')), {
				what: 'the prompt',
			});
			// More lines than the window holds, so the first ones are in the scrollback.
			server.sendKeys(name, "seq -f 'history-%g' 1 60", 'Enter');
			await server.waitFor(name, shows('history-60'), {what: 'the history printed'});
			const app = [process.execPath, cliPath, '--name', 'bob'].map(shellQuote).join(' ');
			const progress = `TCP_TUI_PROGRESS=${shellQuote(path.join(root, 'progress.json'))}`;
			server.sendKeys(name, `${progress} ${app}`, 'Enter');
			await server.waitFor(name, shows('q quit'), {what: 'the sandbox', timeout: 10_000});
			server.resize(name, 80, 20);
			await server.waitFor(name, shows('q quit'), {what: 'the sandbox at 20 rows'});
			server.resize(name, 80, 30);
			await server.waitFor(name, shows('q quit'), {what: 'the sandbox at 30 rows again'});
			server.sendKeys(name, 'q');
			// The prompt is the last line written; the window's rows below it may be blank.
			const lastWritten = (rows: readonly string[]) => rows.findLast((row) => row.trim() !== '');
			await server.waitFor(name, (rows) => lastWritten(rows)?.startsWith('$') ?? false, {
				what: 'the prompt back',
			});
			const history = server.run(['capture-pane', '-p', '-S', '-', '-E', '-', '-t', name]);
			expect(history).toContain('history-1\n');
			expect(history).toContain('history-2\n');
		});
	},
);
