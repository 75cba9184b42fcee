// The built CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.
// Needs `npm run build` first (npm test does it) and tmux (CI installs it: see .ci/run).
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fixedIsns} from '../helpers/cli.js';
import {type AppPane, appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const {skipReason, requireSetup} = tmuxTests('test/e2e/tmux.test.ts');

type Size = {readonly columns: number; readonly rows: number};
const wide: Size = {columns: 80, rows: 24};
const narrow: Size = {columns: 60, rows: 20};

const stateNames =
	/\b(CLOSED|LISTEN|SYN_SENT|SYN_RECEIVED|ESTABLISHED|FIN_WAIT_1|FIN_WAIT_2|CLOSE_WAIT|CLOSING|LAST_ACK|TIME_WAIT)\b/g;

function statesOn(row: string | undefined): string[] {
	return [...(row ?? '').matchAll(stateNames)].map((match) => match[1] ?? '');
}

/** The row with the bordered panes' tops (╭━ ▶ Client ━━╮╭─ Server ──╮), wherever it landed. */
function paneTops(rows: readonly string[]): number {
	return rows.findIndex((row) => /^[╭+][━─=-] /.test(row));
}

/** The two panes' states, [client, server], in the bordered layout (the row under the tops). */
function sideBySideStates(rows: readonly string[]): string[] {
	const tops = paneTops(rows);
	return tops < 0 ? [] : statesOn(rows[tops + 1]);
}

/** The header says which side the keys act on. */
function activeSide(rows: readonly string[]): string | undefined {
	const header = rows.find((row) => row.startsWith(' tcp-tui  sandbox'));
	return header?.match(/[▶>] (Client|Server) active/)?.[1];
}

/** The ladder's visible body: the rows under its 'Client … Server' title, down to the status. */
function ladderBody(rows: readonly string[]): string[] {
	const title = rows.findIndex((row) => /^Client +Server/.test(row));
	if (title < 0) return [];
	const body: string[] = [];
	// Status lines start with one space then text; ladder rows with a state name or a margin.
	for (const row of rows.slice(title + 1)) {
		if (row.trim() === '' || /^ \S/.test(row)) break;
		body.push(row);
	}
	return body;
}

function newestLadderRow(rows: readonly string[]): string {
	return ladderBody(rows).at(-1) ?? '';
}

const hasAll = (row: string, parts: readonly string[]) => parts.every((part) => row.includes(part));

/** The header starts the frame on the terminal's first row. */
const headerOnTop = (rows: readonly string[]) => (rows[0] ?? '').startsWith(' tcp-tui  sandbox');

/** Index of the last row with something on it. */
function lastFilledRow(rows: readonly string[]): number {
	return rows.findLastIndex((row) => row.trim() !== '');
}

/** The footer is the frame's last row; the frame is one row shorter than the terminal. */
const footerAtBottom = (rows: readonly string[], size: Size) => {
	const last = lastFilledRow(rows);
	return last === size.rows - 2 && (rows[last] ?? '').includes('? help');
};

/**
 * The frame is drawn where it belongs: the capture is the terminal's size, the header is its first
 * row, the footer its last, and no row is there twice (a stale copy of a row means an incremental
 * redraw landed in the wrong place).
 */
function expectWholeFrame(rows: readonly string[], size: Size): void {
	const screen = `\n${rows.join('\n')}`;
	expect(rows, `rows captured${screen}`).toHaveLength(size.rows);
	expect(headerOnTop(rows), `header on the first row${screen}`).toBe(true);
	expect(footerAtBottom(rows, size), `footer with '? help' on row ${size.rows - 1}${screen}`).toBe(
		true,
	);
	const filled = rows.map((row) => row.trimEnd()).filter((row) => row !== '');
	const repeated = filled.filter((row, index) => filled.indexOf(row) !== index);
	expect(repeated, `rows that appear twice${screen}`).toEqual([]);
}

const esc = String.fromCodePoint(0x1b);
const sgrPattern = new RegExp(`${esc}\\[([0-9;:]*)m`, 'g');

/** SGR sequences that set a foreground or background colour (30–38, 40–48, 90–97, 100–107). */
function colourCodes(text: string): string[] {
	return [...text.matchAll(sgrPattern)]
		.filter(([, parameters = '']) =>
			parameters
				.split(/[;:]/)
				.map(Number)
				.some(
					(code) =>
						(code >= 30 && code <= 38) ||
						(code >= 40 && code <= 48) ||
						(code >= 90 && code <= 97) ||
						(code >= 100 && code <= 107),
				),
		)
		.map(([sequence]) => JSON.stringify(sequence));
}

const server = new TmuxServer();

describe.skipIf(skipReason !== undefined)(
	`tcp-tui in a real terminal (tmux)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each test has a session of its own and mostly waits for the screen: they run side by side,
	// all but the steps of the one session, which run in order.
	{concurrent: true},
	() => {
		beforeAll(() => {
			requireSetup();
			server.kill();
			// Start every session now, so that the apps start up side by side, each with ISNs 100 and 300.
			const start = (name: string, {env, args = []}: AppPane = {}) => {
				server.start(name, appCommand({env, args: [...fixedIsns, ...args]}), {...wide, cwd: root});
			};
			start('main');
			start('ctrl-c');
			start('no-color', {env: ['NO_COLOR=1']});
			start('ascii', {args: ['--ascii']});
			start('scenario', {args: ['--scenario', 'lost-syn']});
		});

		afterAll(() => {
			server.kill();
		});

		/** Wait until the app has drawn its first frame. */
		const ready = async (name: string) =>
			server.waitFor(
				name,
				(rows) =>
					activeSide(rows) !== undefined &&
					ladderBody(rows).length > 0 &&
					rows.some((row) => row.startsWith(' Tab side')),
				{what: 'the first frame', timeout: 15_000},
			);

		// The steps of one session, in order: each test continues where the previous one stopped.
		describe('one session at 80x24', () => {
			type Step = {
				readonly key: string;
				readonly active: 'Client' | 'Server';
				readonly states: readonly [string, string];
				/** What the newest ladder row must contain (a Tab adds no row). */
				readonly row: readonly string[];
				/** What the panes' state row must also show: the badge of what a side owes. */
				readonly owes?: string;
			};

			/** Press the key, wait for its state and ladder row, then check the whole frame. */
			async function play(steps: readonly Step[]): Promise<void> {
				for (const step of steps) {
					const before = newestLadderRow(server.capture('main'));
					server.sendKeys('main', step.key);
					const rows = await server.waitFor(
						'main',
						(screen) =>
							activeSide(screen) === step.active &&
							(screen[paneTops(screen)] ?? '').includes(`▶ ${step.active} `) &&
							sideBySideStates(screen).join(' ') === step.states.join(' ') &&
							(step.owes === undefined ||
								(screen[paneTops(screen) + 1] ?? '').includes(step.owes)) &&
							hasAll(newestLadderRow(screen), step.row) &&
							(step.key === 'Tab' || newestLadderRow(screen) !== before),
						{
							what: `after '${step.key}': ${step.states.join('/')} and a row with ${step.row.join(' + ')}`,
						},
					);
					expectWholeFrame(rows, wide);
				}
			}

			it.sequential('opens on the sandbox, colours on, the cursor hidden', async () => {
				const rows = await ready('main');
				expectWholeFrame(rows, wide);
				expect(sideBySideStates(rows)).toEqual(['CLOSED', 'LISTEN']);
				expect(rows[0]).toContain('▶ Client active');
				expect(rows.some((row) => row.startsWith(' Welcome.'))).toBe(true);
				expect(server.cursorVisible('main')).toBe(false);
				// The control for the NO_COLOR test below: without it, this screen has colour.
				expect(colourCodes(server.capture('main', {escapes: true}).join('\n'))).not.toEqual([]);
			});

			it.sequential('rejects f on the CLOSED client with ✗, and u takes the rejection back', async () => {
				server.sendKeys('main', 'f');
				let rows = await server.waitFor(
					'main',
					(screen) =>
						newestLadderRow(screen).includes('✗ FIN rejected') &&
						screen.some((row) => row.startsWith(' ✗ rejected:')),
					{what: 'the rejected FIN'},
				);
				expectWholeFrame(rows, wide);
				expect(sideBySideStates(rows)).toEqual(['CLOSED', 'LISTEN']);

				server.sendKeys('main', 'u');
				rows = await server.waitFor(
					'main',
					(screen) => ladderBody(screen).length === 1 && !screen.join('\n').includes('✗'),
					{what: 'the rejection undone'},
				);
				expectWholeFrame(rows, wide);
			});

			it.sequential('opens the connection: s Tab s Tab a', async () => {
				await play([
					// Each side changes state as a segment arrives, owing what it must still send.
					{
						key: 's',
						active: 'Client',
						states: ['SYN_SENT', 'SYN_RECEIVED'],
						row: ['SYN_SENT', 'SYN seq=0', 'SYN_RECEIVED'],
						owes: 'SYN_RECEIVED · owes SYN,ACK',
					},
					{
						key: 'Tab',
						active: 'Server',
						states: ['SYN_SENT', 'SYN_RECEIVED'],
						row: ['SYN seq=0'],
					},
					{
						key: 's',
						active: 'Server',
						states: ['ESTABLISHED', 'SYN_RECEIVED'],
						row: ['ESTABLISHED', 'SYN,ACK seq=0 ack=1'],
						owes: 'ESTABLISHED · owes ACK',
					},
					{
						key: 'Tab',
						active: 'Client',
						states: ['ESTABLISHED', 'SYN_RECEIVED'],
						row: ['SYN,ACK'],
					},
					{
						key: 'a',
						active: 'Client',
						states: ['ESTABLISHED', 'ESTABLISHED'],
						row: ['ACK seq=1 ack=1', 'ESTABLISHED'],
					},
				]);
			});

			it.sequential('stacks the panes at 60x20 and brings the borders back at 80x24', async () => {
				server.resize('main', narrow.columns, narrow.rows);
				const rows = await server.waitFor(
					'main',
					(screen) =>
						screen.some(
							(row, index) =>
								/^▶ Client +ESTABLISHED\b/.test(row) &&
								/^ {2}Server +ESTABLISHED\b/.test(screen[index + 1] ?? ''),
						),
					{what: 'the stacked one-line panes at 60x20'},
				);
				expectWholeFrame(rows, narrow);
				const joined = server.capture('main', {joinWrapped: true});
				const tooWide = joined.filter((row) => stringWidth(row.trimEnd()) > narrow.columns);
				expect(tooWide, `rows wider than ${narrow.columns} columns`).toEqual([]);
				expect(rows.join('\n')).not.toMatch(/[╭│]\s*(ISS|IRS)/);

				server.resize('main', wide.columns, wide.rows);
				const back = await server.waitFor(
					'main',
					(screen) =>
						/^╭━ ▶ Client ━+╮╭─ Server ─+╮$/.test(screen[paneTops(screen)] ?? '') &&
						sideBySideStates(screen).join(' ') === 'ESTABLISHED ESTABLISHED',
					{what: 'the bordered panes back at 80x24'},
				);
				expectWholeFrame(back, wide);
			});

			it.sequential('closes it: f Tab a f Tab a t, through TIME_WAIT to CLOSED', async () => {
				await play([
					{
						key: 'f',
						active: 'Client',
						states: ['FIN_WAIT_1', 'CLOSE_WAIT'],
						row: ['FIN_WAIT_1', 'FIN,ACK seq=1 ack=1', 'CLOSE_WAIT'],
						owes: 'CLOSE_WAIT · owes ACK of FIN',
					},
					{key: 'Tab', active: 'Server', states: ['FIN_WAIT_1', 'CLOSE_WAIT'], row: ['FIN,ACK']},
					{
						key: 'a',
						active: 'Server',
						states: ['FIN_WAIT_2', 'CLOSE_WAIT'],
						row: ['FIN_WAIT_2', 'ACK seq=1 ack=2'],
					},
					{
						key: 'f',
						active: 'Server',
						states: ['TIME_WAIT', 'LAST_ACK'],
						row: ['TIME_WAIT', 'FIN,ACK seq=1 ack=2', 'LAST_ACK'],
						owes: 'TIME_WAIT · owes ACK of FIN',
					},
					{key: 'Tab', active: 'Client', states: ['TIME_WAIT', 'LAST_ACK'], row: ['LAST_ACK']},
					{
						key: 'a',
						active: 'Client',
						states: ['TIME_WAIT', 'CLOSED'],
						row: ['ACK seq=2 ack=2', 'CLOSED'],
					},
					{
						key: 't',
						active: 'Client',
						states: ['CLOSED', 'CLOSED'],
						row: ['CLOSED', '2MSL timer expired'],
					},
				]);
				const ladder = ladderBody(server.capture('main'));
				expect(ladder.at(-3)).toMatch(/^TIME_WAIT +│◀─+ FIN,ACK seq=1 ack=2 ─+│ LAST_ACK$/);
				expect(ladder.at(-2)).toMatch(/^ +│─+ ACK seq=2 ack=2 ─+▶│ CLOSED$/);
			});

			it.sequential('q quits with exit code 0 and shows the cursor again', async () => {
				server.sendKeys('main', 'q');
				expect(await server.exitCode('main')).toBe(0);
				expect(server.cursorVisible('main')).toBe(true);
				server.killSession('main');
			});
		});

		it('Ctrl+C quits with exit status 130, as an interrupted program should, and shows the cursor', async () => {
			await ready('ctrl-c');
			expect(server.cursorVisible('ctrl-c')).toBe(false);
			server.sendKeys('ctrl-c', 'C-c');
			expect(await server.exitCode('ctrl-c')).toBe(130);
			expect(server.cursorVisible('ctrl-c')).toBe(true);
			server.killSession('ctrl-c');
		});

		it('NO_COLOR=1: no colour escapes on the screen', async () => {
			await ready('no-color');
			server.sendKeys('no-color', 's');
			const rows = await server.waitFor(
				'no-color',
				(screen) => sideBySideStates(screen).join(' ') === 'SYN_SENT SYN_RECEIVED',
				{what: 'SYN_SENT after s'},
			);
			expectWholeFrame(rows, wide);
			const text = server.capture('no-color', {escapes: true}).join('\n');
			expect(colourCodes(text)).toEqual([]);
		});

		it('--ascii: only ASCII characters on the screen', async () => {
			await ready('ascii');
			server.sendKeys('ascii', 's');
			const rows = await server.waitFor(
				'ascii',
				(screen) =>
					sideBySideStates(screen).join(' ') === 'SYN_SENT SYN_RECEIVED' &&
					hasAll(newestLadderRow(screen), ['SYN seq=0', '>|']) &&
					screen.some((row) => row.includes('| SYN_RECEIVED - owes SYN,ACK ')),
				{what: 'SYN_SENT after s'},
			);
			expectWholeFrame(rows, wide);
			expect(rows[0]).toContain('> Client active');
			const text = server.capture('ascii', {escapes: true}).join('\n');
			const nonAscii = [...new Set([...text].filter((character) => character > '\u007F'))];
			expect(nonAscii).toEqual([]);
		});

		it('plays the lost-SYN scenario with Space: the SYN is lost, resent by t, and the handshake completes', async () => {
			const opened = await server.waitFor(
				'scenario',
				(rows) => rows.some((row) => row.includes('Lost SYN, retransmitted')),
				{what: 'the scenario introduction', timeout: 15_000},
			);
			expect(opened[0]).toContain('network: manual');
			expectWholeFrame(opened, wide);
			const expectations: Array<(rows: readonly string[]) => boolean> = [
				(rows) => hasAll(newestLadderRow(rows), ['SYN seq=0', '···']),
				(rows) => hasAll(newestLadderRow(rows), ['SYN seq=0', '✗ lost']),
				(rows) => hasAll(newestLadderRow(rows), ['SYN seq=0 (resent)', '···']),
				// Each side changes state as a segment arrives, not as it sends one.
				(rows) => hasAll(newestLadderRow(rows), ['(resent)', '▶│ SYN_RECEIVED']),
				(rows) => hasAll(newestLadderRow(rows), ['SYN,ACK seq=0 ack=1', '···']),
				(rows) => hasAll(newestLadderRow(rows), ['ESTABLISHED', '◀', 'SYN,ACK']),
				(rows) => hasAll(newestLadderRow(rows), ['ACK seq=1 ack=1', '···']),
				(rows) =>
					hasAll(newestLadderRow(rows), ['ACK seq=1 ack=1', '▶│ ESTABLISHED']) &&
					sideBySideStates(rows).join(' ') === 'ESTABLISHED ESTABLISHED',
			];
			for (const [index, expected] of expectations.entries()) {
				server.sendKeys('scenario', 'Space');
				const rows = await server.waitFor('scenario', expected, {
					what: `scenario step ${index + 1}`,
				});
				expectWholeFrame(rows, wide);
			}
			const end = server.capture('scenario').join('\n');
			expect(end).toContain('A retransmission reuses the sequence number');
			expect(end).toContain('in flight: nothing');
		});
	},
);
