// The ladder's cursor in a real terminal: after a whole open and close, ↑ walks back over every
// step and the status shows each step's whole explanation, read back from the screen (turning its
// pages with PgDn where it is longer than its rows) and compared with the engine's.
// Needs `npm run build` first (npm test does it) and tmux.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseSteps} from '../../source/script/parse-steps.js';
import {explain} from '../../source/tcp/explain.js';
import {createSession, play} from '../../source/tcp/session.js';
import {statusText} from '../helpers/frames.js';
import {appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/cursor.tmux.test.ts');
const server = new TmuxServer(`tcp-tui-cursor-${process.pid}`);

// The keys of the teardown after a handshake, and the same moves as the engine writes them.
const keys = ['s', 'Tab', 's', 'Tab', 'a', 'f', 'Tab', 'a', 'f', 'Tab', 'a'];
const moves = 'c:syn s:syn c:ack c:fin s:ack s:fin c:ack';
const steps = parseSteps('en', moves).reduce(
	(session, step) => play(session, step.move, step.input),
	createSession({isnClient: 100, isnServer: 300}),
).steps;

/** The status as the frames helper reads it, from a capture whose blank rows below are dropped. */
function statusOf(rows: readonly string[]): string {
	return statusText(rows.slice(0, rows.findLastIndex((row) => row.trim() !== '') + 1).join('\n'));
}

const oneLine = (text: string) => text.replaceAll(/\s+/g, ' ').trim();

describe.skipIf(skipReason !== undefined)(
	`the ladder's cursor${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	() => {
		let root = '';

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-cursor-'));
			server.kill();
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		for (const size of [
			{columns: 80, rows: 24},
			{columns: 40, rows: 12},
		] as const) {
			it(`reads every step's explanation back at ${size.columns}x${size.rows}`, async () => {
				const name = `walk-${size.columns}`;
				const args = ['--isn-client', '100', '--isn-server', '300', '--name', 'bob'];
				server.start(name, appCommand({args, progress: path.join(root, `${name}.json`)}), {
					...size,
					cwd: root,
				});
				await server.waitFor(name, (rows) => rows.some((row) => row.includes('q quit')), {
					what: 'the sandbox',
					timeout: 10_000,
				});
				for (const key of keys) server.sendKeys(name, key);
				await server.waitFor(
					name,
					(rows) => oneLine(statusOf(rows)).includes("acknowledged the server's FIN"),
					{what: 'the last ACK explained'},
				);
				for (let number = steps.length; number >= 1; number--) {
					server.sendKeys(name, 'Up');
					const head = `${number}/${steps.length}`;
					let rows = await server.waitFor(
						name,
						(screen) => oneLine(statusOf(screen)).includes(`Step ${number} of`),
						{what: `step ${head} under the cursor`},
					);
					// Every page of the status, joined: the explanation is in there whole.
					const pages = [statusOf(rows)];
					for (let page = 2; /▼ more: PgDn/.test(pages.at(-1) ?? ''); page++) {
						server.sendKeys(name, 'PgDn');
						rows = await server.waitFor(name, (screen) => statusOf(screen).includes(`(${page}/`), {
							what: `page ${page} of step ${head}`,
						});
						pages.push(statusOf(rows));
					}
					// The pages, without the rows that are about the pages: the "more" mark and the hint.
					const read = oneLine(
						pages
							.map((page) => page.replace(/ ?▼ more: Pg(Dn|Up) \(\d+\/\d+\)/, ''))
							.join(' ')
							.replaceAll(/ ?↑\/↓ steps · ↓ at the end: now/g, ''),
					);
					const verdict = steps[number - 1]?.result.verdict;
					if (!verdict) throw new Error(`no step ${number}`);
					expect(read, `step ${head}`).toContain(oneLine(explain('en', verdict, {linux: false})));
				}
				server.sendKeys(name, 'q');
				expect(await server.exitCode(name)).toBe(0);
			});
		}
	},
);
