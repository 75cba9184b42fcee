// Random keys, seeded so that a failure replays: into the App at several sizes (it must never throw,
// never draw a frame taller or wider than the terminal, and always show what its state holds), and
// through the pure reducer behind it (the TCP engine's invariants hold after every key).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {actionOfCommand, commandFor, type KeyName, keyNameOf} from '../../source/commands.js';
import {
	initialSandbox,
	keyScreenOf,
	type SandboxAction,
	type SandboxState,
	sandboxReducer,
} from '../../source/hooks/use-sandbox.js';
import type {Connection} from '../../source/tcp/machine.js';
import {seqLe} from '../../source/tcp/segment.js';
import {type Side, states} from '../../source/tcp/states.js';
import {activeSide, frameOf, linesOf, overwideLines, statePair} from '../helpers/frames.js';
import {keys, press, renderApp} from '../helpers/render-app.js';

const isns = {isnClient: 100, isnServer: 300};

/** Every bound key, weighted towards moves and side switches, plus unbound and pasted input. */
const weightedKeys: ReadonlyArray<readonly [string, number]> = [
	['s', 6],
	['a', 6],
	['f', 5],
	['r', 2],
	['d', 3],
	['l', 2],
	['t', 2],
	[keys.tab, 8],
	[keys.left, 1],
	[keys.right, 1],
	[keys.up, 2],
	[keys.down, 2],
	[keys.pageUp, 1],
	[keys.pageDown, 1],
	['?', 2],
	['u', 3],
	['n', 1],
	['y', 2],
	['h', 1],
	['#', 1],
	['z', 1],
	['v', 1],
	['S', 1],
	['s\ta', 1],
	['q', 1],
	// The network, the automatic peer, scenarios and the two-way what-if. (The scenario list, o,
	// and the mode menu, Esc, keep their own state inside ink-select-input, which the reducer
	// alongside cannot follow.)
	['m', 2],
	['\r', 3],
	['x', 1],
	['+', 1],
	['1', 1],
	['2', 1],
	['p', 1],
	[' ', 2],
	['w', 1],
];

const {tab} = keys;

/**
 * Runs of keys a student would type, so that random play also gets past the handshake: open,
 * close from either side, send data and acknowledge it.
 */
const phrases: ReadonlyArray<readonly [readonly string[], number]> = [
	[['s', tab, 's', tab, 'a'], 3],
	[['f', tab, 'a', 'f', tab, 'a'], 2],
	[['d', tab, 'a', tab], 2],
	[['n', 'y'], 1],
];

const keyArbitrary = fc.oneof(
	...weightedKeys.map(([key, weight]) => ({arbitrary: fc.constant([key]), weight})),
	...phrases.map(([phrase, weight]) => ({arbitrary: fc.constant(phrase), weight})),
);

/** A seeded run of `length` keys; the same seed always gives the same keys. */
function randomKeys(seed: number, length: number): string[] {
	const [sample] = fc.sample(fc.array(keyArbitrary, {minLength: length, maxLength: length}), {
		seed,
		numRuns: 1,
	});
	if (!sample) throw new Error('fast-check gave no sample');
	return sample.flat().slice(0, length);
}

const specialKeys: Readonly<Record<string, KeyName>> = {
	[keys.tab]: 'Tab',
	[keys.left]: '←',
	[keys.right]: '→',
	[keys.up]: '↑',
	[keys.down]: '↓',
	[keys.pageUp]: 'PgUp',
	[keys.pageDown]: 'PgDn',
	[keys.escape]: 'Esc',
};

/** What one key does: q quits (the App's), the others are what useKeymap hands the reducer. */
type Pressed = SandboxAction | 'quit';

/** What useKeymap hands on for one input event, character by character, in the model's state. */
function pressedFor(state: SandboxState, key: string): Pressed[] {
	const named = specialKeys[key];
	const parts: Array<readonly [KeyName, string]> = named
		? [[named, key]]
		: [...key].map((character) => [keyNameOf(character), character] as const);
	let model = state;
	const pressed: Pressed[] = [];
	for (const [name, typed] of parts) {
		const command = commandFor(keyScreenOf(model), name);
		if (command === 'quit') return [...pressed, 'quit'];
		const action: SandboxAction = command
			? {type: 'command', command, key: typed}
			: {type: 'other', key: typed};
		pressed.push(action);
		model = sandboxReducer(model, action);
	}
	return pressed;
}

const immediate = () =>
	new Promise<void>((resolve) => {
		setImmediate(resolve);
	});

/**
 * Wait for the frame a key draws. Ink and React pass it on through one or two setImmediate hops
 * (a lone Esc waits one to tell it from an escape sequence), so turns of the check phase are
 * counted rather than milliseconds: a timer can fire between two hops when the machine is busy.
 * A key that changes nothing draws no frame, hence the bound.
 */
async function settle(frames: readonly string[], before: number): Promise<void> {
	for (let turn = 0; turn < 6 && frames.length === before; turn++) await immediate();
}

/**
 * An assertion for the hot loops: thousands of them run, so the message (the keys so far, the
 * frame) is only built when one fails.
 */
function check(ok: boolean, message: () => string): void {
	if (!ok) throw new Error(message());
}

function describeKeys(keyList: readonly string[]): string {
	return JSON.stringify(keyList.join(''));
}

// ---------------------------------------------------------------------------------------------
// The screen

const sizes = [
	{columns: 80, rows: 24},
	{columns: 60, rows: 20},
	{columns: 40, rows: 12},
	{columns: 100, rows: 30},
] as const;

const runsPerSize = 3;
const keysPerRun = 100;

function seedFor(columns: number, rows: number, run: number): number {
	return columns * 1000 + rows * 10 + run;
}

/**
 * Known bug (see the report): the help's lines are not cut to the terminal's width (the
 * SYN_RECEIVED glossary line is 88 columns, the title 46), so help frames are checked for width
 * only where they fit.
 */
const helpFitsFrom = 90;

/** A fresh screen, ready for keys (Ink starts reading input from an effect). */
async function mount(columns: number, rows: number) {
	const app = renderApp({columns, rows});
	await press(app.stdin);
	return app;
}

/** What a run went through, so that the test can tell a fuzz that stayed in one corner. */
type Seen = {
	checked: number;
	help: number;
	confirming: number;
	hintsOff: number;
	pairs: Set<string>;
};

/** Play a seeded run into the App, checking every frame against the reducer's state. */
async function fuzzScreen(columns: number, rows: number, seed: number, seen: Seen): Promise<void> {
	const keyList = randomKeys(seed, keysPerRun);
	let app = await mount(columns, rows);
	let model = initialSandbox(isns);
	let played: string[] = [];
	for (const key of keyList) {
		played.push(key);
		const where = () => `seed ${seed} at ${columns}x${rows}, keys ${describeKeys(played)}`;
		const drawn = app.frames.length;
		app.stdin.write(key);
		await settle(app.frames, drawn);
		const pressed = pressedFor(model, key);
		model = pressed.reduce(
			(before, action) => (action === 'quit' ? before : sandboxReducer(before, action)),
			model,
		);
		if (pressed.includes('quit')) {
			// Ink exits from an effect after the render, a few turns later.
			for (let turn = 0; turn < 10 && app.stdin.listenerCount('readable') > 0; turn++) {
				await immediate();
			}
			check(app.stdin.listenerCount('readable') === 0, () => `${where()}: input kept after q`);
			app.unmount();
			app = await mount(columns, rows);
			model = initialSandbox(isns);
			played = [];
			continue;
		}
		const frame = frameOf(app.lastFrame);
		const show = (problem: string) => () => `${where()}: ${problem}\n${frame}`;
		check(linesOf(frame).length <= rows - 1, show(`more than ${rows - 1} lines`));
		const help = model.overlay.kind === 'help';
		if (!help || columns >= helpFitsFrom) {
			// The App keeps one column free (app.tsx: a full last column can leave a pending wrap).
			const wide = overwideLines(frame, columns - 1);
			check(wide.length === 0, show(`lines wider than ${columns - 1}:\n${wide.join('\n')}`));
		}
		const confirmingReset = model.overlay.kind === 'confirm-reset';
		if (help) {
			check(frame.startsWith(' tcp-tui help'), show('help expected'));
		} else {
			const {client, server} = model.sim.session.connection;
			const expected = `${client.state}/${server.state}`;
			check(statePair(frame) === expected, show(`panes should show ${expected}`));
			check(activeSide(frame) === model.sim.active, show(`${model.sim.active} should be active`));
			const confirming = frame.includes('Start over from the beginning?');
			check(confirming === confirmingReset, show(`confirming should be ${confirming}`));
			check(model.view.hints || !frame.includes('valid now'), show('hints are off'));
		}
		seen.checked++;
		if (help) seen.help++;
		if (confirmingReset) seen.confirming++;
		if (!model.view.hints) seen.hintsOff++;
		if (!help) seen.pairs.add(statePair(frame));
	}
	app.unmount();
}

describe('random keys into the screen', () => {
	for (const {columns, rows} of sizes) {
		it(`never throws, always fits and shows its state at ${columns}x${rows}`, async () => {
			const seen: Seen = {checked: 0, help: 0, confirming: 0, hintsOff: 0, pairs: new Set()};
			for (let run = 0; run < runsPerSize; run++) {
				await fuzzScreen(columns, rows, seedFor(columns, rows, run), seen);
			}
			// Most keys are checked (the rest quit and start a new screen), in all the modes.
			expect(seen.checked).toBeGreaterThan(runsPerSize * keysPerRun * 0.8);
			expect(seen.pairs).toContain('ESTABLISHED/ESTABLISHED');
			expect(seen.pairs.size).toBeGreaterThanOrEqual(6);
			expect(seen.help).toBeGreaterThan(0);
			expect(seen.confirming).toBeGreaterThan(0);
			expect(seen.hintsOff).toBeGreaterThan(0);
			// About 10 s on an idle machine; a CI machine running other files beside it is slower.
		}, 60_000);
	}
});

// ---------------------------------------------------------------------------------------------
// The engine behind it

function checkEndpoint(connection: Connection, side: Side, where: () => string): void {
	const endpoint = connection[side];
	check(states.includes(endpoint.state), () => `${where()}: bad state ${endpoint.state}`);
	check(endpoint.side === side, () => `${where()}: ${side} holds ${endpoint.side}`);
	check(
		(endpoint.rcvNxt === null) === (endpoint.irs === null),
		() => `${where()}: ${side} RCV.NXT is known iff IRS is`,
	);
	check(seqLe(endpoint.sndUna, endpoint.sndNxt), () => `${where()}: ${side} SND.UNA > SND.NXT`);
}

function checkStep(
	before: SandboxState,
	action: SandboxAction,
	after: SandboxState,
	where: () => string,
): void {
	const {connection} = after.sim.session;
	const {client, server} = connection;
	checkEndpoint(connection, 'client', where);
	checkEndpoint(connection, 'server', where);
	// With segments in flight (or lost) the two sides may rightly disagree until they are resent.
	const settled =
		after.sim.session.network === 'instant' && after.sim.session.inFlight.length === 0;
	if (settled && client.state === 'ESTABLISHED' && server.state === 'ESTABLISHED') {
		check(
			client.sndNxt === server.rcvNxt,
			() => `${where()}: client SND.NXT ${client.sndNxt} != server RCV.NXT ${server.rcvNxt}`,
		);
		check(
			server.sndNxt === client.rcvNxt,
			() => `${where()}: server SND.NXT ${server.sndNxt} != client RCV.NXT ${client.rcvNxt}`,
		);
	}
	const helpScroll = after.overlay.kind === 'help' ? after.overlay.scroll : 0;
	const {cursor, page} = after.view;
	check(
		page >= 0 && helpScroll >= 0 && (cursor === null || cursor >= 1),
		() => `${where()}: cursor ${cursor}, page ${page}, help scroll ${helpScroll}`,
	);
	const played = after.sim.session.steps.length === before.sim.session.steps.length + 1;
	if (action.type !== 'command' || !actionOfCommand(action.command) || !played) return;
	const step = after.sim.session.steps.at(-1);
	if (!step) throw new Error('no step');
	check(step.move.side === before.sim.active, () => `${where()}: move played for the wrong side`);
	if (step.result.verdict.ok) {
		const last = step.result.happenings.at(-1)?.states;
		check(
			last?.client === client.state && last.server === server.state,
			() => `${where()}: the ladder's last states ${JSON.stringify(last)} are not the panes'`,
		);
	} else {
		// A rejected move leaves the connection exactly as it was: the same object, not a copy.
		check(
			connection === before.sim.session.connection,
			() => `${where()}: a rejected move changed the connection`,
		);
		check(step.result.segments.length === 0, () => `${where()}: a rejected move sent segments`);
		check(
			!(step.result.verdict.validNow ?? []).includes(step.move.action.type as never),
			() => `${where()}: rejected ${step.move.action.type} but lists it as valid now`,
		);
	}
}

/** What replays went through, so that the tests can tell a fuzz that stayed in one corner. */
type Tally = {
	commands: number;
	established: number;
	rejected: number;
	undone: number;
	states: Set<string>;
};

function newTally(): Tally {
	return {commands: 0, established: 0, rejected: 0, undone: 0, states: new Set()};
}

/** Play keys through the reducer alone, checking the engine after every command. */
function replay(keyList: readonly string[], seed: number, tally: Tally): void {
	let state = initialSandbox(isns);
	// The connection before each step still in the session, to check that undo restores it.
	let history: Connection[] = [];
	for (const [index, key] of keyList.entries()) {
		for (const action of pressedFor(state, key)) {
			const where = () =>
				`seed ${seed}, key ${index} of ${describeKeys(keyList.slice(0, index + 1))}`;
			if (action === 'quit') {
				state = initialSandbox(isns);
				history = [];
				tally.commands++;
				continue;
			}
			const before = state;
			const after = sandboxReducer(before, action);
			checkStep(before, action, after, where);
			const grew = after.sim.session.steps.length - before.sim.session.steps.length;
			if (after.sim.session.initial !== before.sim.session.initial) {
				// Started over: a new session.
				history = [];
			} else if (grew > 0) {
				// One move, and the automatic peer's answers to it, if it is on.
				history.push(before.sim.session.connection);
				for (const step of after.sim.session.steps.slice(before.sim.session.steps.length, -1)) {
					history.push(step.result.connection);
				}
				if (after.sim.session.steps.at(-1)?.result.verdict.ok === false) tally.rejected++;
			} else if (grew < 0) {
				tally.undone++;
				const restored = history.splice(grew).at(0);
				check(after.sim.session.connection === restored, () => `${where()}: undo did not restore`);
			}
			check(
				history.length === after.sim.session.steps.length,
				() => `${where()}: ${after.sim.session.steps.length} steps, ${history.length} expected`,
			);
			const {client, server} = after.sim.session.connection;
			if (client.state === 'ESTABLISHED' && server.state === 'ESTABLISHED') tally.established++;
			tally.states.add(client.state).add(server.state);
			tally.commands++;
			state = after;
		}
	}
}

describe('the same random keys through the reducer', () => {
	it('keeps the engine invariants on the sequences the screen got', () => {
		const tally = newTally();
		for (const {columns, rows} of sizes) {
			for (let run = 0; run < runsPerSize; run++) {
				const seed = seedFor(columns, rows, run);
				replay(randomKeys(seed, keysPerRun), seed, tally);
			}
		}
		expect(tally.commands).toBeGreaterThanOrEqual(sizes.length * runsPerSize * keysPerRun);
	});

	it('keeps them over longer runs, which reach every state', () => {
		const tally = newTally();
		for (let seed = 1; seed <= 20; seed++) replay(randomKeys(seed, 1000), seed, tally);
		expect(tally.commands).toBeGreaterThanOrEqual(20_000);
		// A fuzz that never got both sides to ESTABLISHED would check the pair invariant vacuously.
		expect(tally.established).toBeGreaterThan(100);
		expect(tally.rejected).toBeGreaterThan(100);
		expect(tally.undone).toBeGreaterThan(100);
		// CLOSING needs two FINs in flight at once: the manual network's keys (m, Enter) get there.
		expect([...tally.states].sort()).toEqual([...states].sort());
	});
});
