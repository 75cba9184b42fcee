// In a terminal that cannot show Unicode (NO_COLOR=1 LANG=C LC_ALL=C, 80x24), nothing outside
// ASCII is printed: on every screen (the menu, the name entry, the sandbox and its overlays, help,
// every lesson, challenge and scenario, the quiz to its summary, replay) and in --help and errors.
// Each screen is read with capture-pane after every key; every character beyond 7 bits is collected
// with where it was seen, and the file fails once with the whole list. Needs `npm run build` and
// tmux; skipped without tmux unless TCP_TUI_REQUIRE_TMUX=1.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {challenges} from '../../source/learn/challenges.js';
import {lessons} from '../../source/learn/lessons.js';
import {scenarios} from '../../source/learn/scenarios.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {cliPath, fixedIsns, testEnvironment} from '../helpers/cli.js';
import {nonAscii} from '../helpers/frames.js';
import {keyOf} from '../helpers/move-keys.js';
import {appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';
import {demoCapture} from '../replay/build-capture.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/ascii.tmux.test.ts');
const server = new TmuxServer(`tcp-tui-ascii-${process.pid}`);

/** A terminal without Unicode and without colour: the app must choose ASCII by itself. */
const plainTerminal = ['NO_COLOR=1', 'LANG=C', 'LC_ALL=C'];
const size = {columns: 80, rows: 24} as const;

/** tmux's name for a key the App reads. */
function tmuxKey(key: string): string {
	const names: Readonly<Record<string, string>> = {'\r': 'Enter', '\t': 'Tab', ' ': 'Space'};
	return names[key] ?? key;
}

describe.skipIf(skipReason !== undefined)(
	`ASCII only in a plain terminal (tmux)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each test has sessions of its own and mostly waits for the screen: they run side by side,
	// and the check of what they all saw after them.
	{concurrent: true},
	() => {
		let root = '';
		/** Every character beyond ASCII seen, as "where: row". */
		const seen: string[] = [];
		let screens = 0;

		/** Read the screen as it stands and note any character beyond ASCII. */
		const check = (name: string, where: string) => {
			const rows = server.capture(name);
			screens++;
			for (const row of rows) {
				if (nonAscii(row).length > 0) seen.push(`${name} ${where}: ${row.trim()}`);
			}
		};

		/**
		 * Send a key and wait until the screen has changed and settled; a key that changes nothing
		 * (a toggle with nothing to show) leaves the screen as it was, which is read again.
		 */
		const press = async (name: string, key: string, what: string) => {
			const before = server.capture(name).join('\n');
			server.sendKeys(name, key);
			try {
				await server.waitFor(name, (rows) => rows.join('\n') !== before, {what, timeout: 3000});
			} catch {
				// Unchanged: read it as it is.
			}
			check(name, what);
		};

		/** In a picker: Down until the marked line (> in ASCII) names `label`, then Enter. */
		const pick = async (name: string, label: string) => {
			const marked = () => server.capture(name).find((row) => row.startsWith('> ')) ?? '';
			for (let moved = 0; !marked().includes(label); moved++) {
				if (moved > 8) throw new Error(`no '${label}' in:\n${server.capture(name).join('\n')}`);
				await press(name, 'Down', `down to ${label}`);
			}
			await press(name, 'Enter', label);
		};

		const open = async (name: string, args: readonly string[], ready: RegExp) => {
			server.start(
				name,
				appCommand({
					env: plainTerminal,
					args,
					progress: path.join(root, `progress-${name}.json`),
				}),
				{...size, cwd: root},
			);
			await server.waitFor(name, (rows) => rows.some((row) => ready.test(row)), {
				what: `${name} ready`,
				timeout: 15_000,
			});
			check(name, 'first screen');
		};

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-ascii-'));
			server.kill();
			// tmux stops with its last session: this one keeps it up between the app's sessions.
			server.start('keep', ['sleep', '600'], {...size, cwd: root});
			writeFileSync(path.join(root, 'demo.pcap'), demoCapture());
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
			if (seen.length > 0) console.warn(seen.join('\n'));
		});

		it('the menu, whose progress, the name entry, the lists and help', {
			timeout: 60_000,
		}, async () => {
			await open('menu', ['--menu', ...fixedIsns], /Whose progress/);
			await pick('menu', 'Someone else');
			await press('menu', 'Enter', 'an empty name refused');
			for (const letter of 'ann') await press('menu', letter, `typing ${letter}`);
			await press('menu', 'Enter', 'the modes');
			for (const item of ['Lessons', 'Quiz', 'Challenges', 'Student']) {
				await pick('menu', item);
				await press('menu', 'Escape', `back from ${item}`);
			}
			await pick('menu', 'Help');
			await press('menu', 'PageDown', 'help, further down');
			server.killSession('menu');
		});

		it('the sandbox: moves, overlays, manual delivery, the peer, export, start over', {
			timeout: 60_000,
		}, async () => {
			await open('sandbox', fixedIsns, /^ Tab side/);
			const keys: Array<[string, string]> = [
				['s', 'a SYN'],
				['Tab', 'the server'],
				['s', 'SYN,ACK'],
				['Tab', 'the client'],
				['a', 'the ACK'],
				['d', 'data'],
				['s', 'a rejected SYN'],
				['h', 'hints'],
				['i', 'On Linux notes'],
				['#', 'absolute numbers'],
				['?', 'help'],
				['PageDown', 'help, further down'],
				['Escape', 'help closed'],
				['m', 'manual delivery'],
				['f', 'a FIN in flight'],
				['+', 'a copy'],
				['x', 'a drop'],
				['t', 'a retransmission'],
				['Enter', 'delivered'],
				['e', 'the export formats'],
				['Escape', 'export cancelled'],
				['n', 'start over?'],
				['y', 'started over'],
				['p', 'the automatic peer'],
				['s', 'a SYN the peer answers'],
				['w', 'the two-way what if'],
				['o', 'the scenarios'],
			];
			for (const [key, what] of keys) await press('sandbox', key, what);
			server.killSession('sandbox');
		});

		it('every lesson, step by step', {timeout: 120_000}, async () => {
			for (const lesson of lessons) {
				const name = `lesson-${lesson.name}`;
				await open(name, ['--lesson', lesson.name, '--name', 'ann', ...fixedIsns], /^ Lesson /);
				const steps = parseSteps('en', lesson.steps.map(({move}) => move).join(' '));
				for (const [index, {move}] of steps.entries()) {
					await press(name, tmuxKey(keyOf(move)), `step ${index + 1}`);
				}
				server.killSession(name);
			}
		});

		it('every challenge, and its solution', {timeout: 120_000}, async () => {
			for (const challenge of challenges) {
				const name = `challenge-${challenge.name}`;
				await open(
					name,
					['--challenge', challenge.name, '--name', 'ann', ...fixedIsns],
					/^ Challenge/,
				);
				await press(name, 'v', 'the solution');
				server.killSession(name);
			}
		});

		it('every scenario, step by step', {timeout: 240_000}, async () => {
			// Each scenario in a session of its own, all of them side by side.
			await Promise.all(
				scenarios.map(async (scenario) => {
					const name = `scenario-${scenario.name}`;
					await open(name, ['--scenario', scenario.name, ...fixedIsns], /Space/);
					for (const [index] of scenario.steps.entries()) {
						await press(name, 'Space', `step ${index + 1}`);
					}
					server.killSession(name);
				}),
			);
		});

		it('a quiz, right and wrong answers, to its summary', {timeout: 60_000}, async () => {
			await open('quiz', ['--quiz', '--count', '3', '--seed', '7', '--name', 'ann'], /question 1/);
			for (const [index, letter] of ['a', 'b', 'c'].entries()) {
				await press('quiz', letter, `answer ${index + 1}`);
				await press('quiz', 'Enter', index < 2 ? `question ${index + 2}` : 'the summary');
			}
			server.killSession('quiz');
		});

		it('replay: the list of connections and a connection played', {timeout: 60_000}, async () => {
			await open('replay', ['replay', 'demo.pcap'], /Connections in demo\.pcap/);
			await press('replay', 'Enter', 'the replay');
			for (const step of [1, 2, 3, 4, 5, 6]) await press('replay', 'Space', `segment ${step}`);
			await press('replay', 'Escape', 'the list again');
			server.killSession('replay');
		});

		it('--help, --list and a usage error', {timeout: 60_000}, () => {
			const env = {...testEnvironment(), NO_COLOR: '1', LANG: 'C', LC_ALL: 'C'};
			for (const args of [['--help'], ['--list'], ['--isn-client', 'x'], ['report']]) {
				const result = spawnSync(process.execPath, [cliPath, ...args], {
					encoding: 'utf8',
					env,
					timeout: 15_000,
				});
				for (const [stream, text] of [
					['stdout', result.stdout],
					['stderr', result.stderr],
				] as const) {
					for (const row of text.split('\n')) {
						if (nonAscii(row).length > 0) seen.push(`${args.join(' ')} ${stream}: ${row.trim()}`);
					}
				}
			}
		});

		it.sequential('printed nothing but ASCII on any of these screens', () => {
			expect(screens).toBeGreaterThan(100);
			expect(seen).toEqual([]);
		});
	},
);
