// The sandbox screen's state and what each command does to it, split by concern: the simulation,
// how the student views it, the overlay over it, and the guide (lesson, challenge or scenario)
// leading it. The reducer is pure; the screen calls it through named callbacks.
import {useMemo, useReducer} from 'react';
import {
	actionOfCommand,
	type Command,
	commandFor,
	type KeyScreen,
	keyNameOf,
	netActionOfCommand,
	scrollBy,
} from '../commands.js';
import {showSolution} from '../learn/challenge-guide.js';
import {playFree, undoFree} from '../learn/free-play.js';
import {
	type Achievement,
	type Begun,
	beginGuide,
	beginScenarioGuide,
	type Changed,
	type Guide,
	guideApi,
	type Notice,
} from '../learn/guide.js';
import type {Scenario} from '../learn/scenarios.js';
import type {Start} from '../start.js';
import {actionOf, type Move} from '../tcp/machine.js';
import {
	answeredByPeer,
	createSession,
	type NetMove,
	type Session,
	type SessionOptions,
	withFields,
	withNetwork,
} from '../tcp/session.js';
import {peerOf, type Side} from '../tcp/states.js';

export type {Achievement, Notice} from '../learn/guide.js';

/** The simulation: the session played so far, and where the keys act. */
export type Sim = {
	/** The sandbox's settings: what starting over starts from. */
	readonly options: SessionOptions;
	readonly session: Session;
	/** The side the move keys act on. */
	readonly active: Side;
	/** The segment in flight that Enter, x and + act on, counting from 1 (the oldest). */
	readonly picked: number;
};

/** How the student chose to see things; starting over keeps them. */
export type View = {
	readonly hints: boolean;
	/** Whether explanations keep their "On Linux: …" notes. */
	readonly linux: boolean;
	readonly absolute: boolean;
	/**
	 * The step the ladder's cursor is on (numbered as the ladder numbers them), whose whole
	 * explanation the status shows; null follows the newest step.
	 */
	readonly cursor: number | null;
	/** Which page of a status too long for its rows is shown (0: the first). */
	readonly page: number;
};

/** What covers the screen, if anything: one at a time. */
export type Overlay =
	| {readonly kind: 'none'}
	/** `scroll`: how many lines the help is scrolled down from its top. */
	| {readonly kind: 'help'; readonly scroll: number}
	| {readonly kind: 'confirm-reset'}
	| {readonly kind: 'scenarios'};

export type SandboxState = {
	readonly sim: Sim;
	readonly view: View;
	readonly overlay: Overlay;
	/** A lesson, challenge or scenario leading the student, or null for free play. */
	readonly guide: Guide | null;
	/** What the last key said about the tool itself; null when the status is about the moves. */
	readonly notice: Notice | null;
	/** The latest thing finished, for the App to remember; a new object each time. */
	readonly achieved: Achievement | null;
};

export type SandboxAction =
	/** A key's command; `key` is what was typed, `bounds` what only the screen knows. */
	| {
			readonly type: 'command';
			readonly command: Command;
			readonly key: string;
			readonly bounds?: Bounds;
	  }
	/** A key with no command here. */
	| {readonly type: 'other'; readonly key: string}
	| {readonly type: 'begin'; readonly kind: Guide['kind']; readonly name: string}
	/** Sandbox, picked in the menu: out of a lesson or challenge into free play. */
	| {readonly type: 'leave'}
	/** Help, picked in the menu. */
	| {readonly type: 'help'}
	/** The scenario list closed without a pick. */
	| {readonly type: 'close'};

/** What the screen knows that the keys need: how far the help scrolls, the ladder's steps, pages. */
export type Bounds = {
	/** How far the help may scroll. */
	readonly max?: number;
	/** The steps that have rows in the ladder, oldest first: where the cursor can stop. */
	readonly stops?: readonly number[];
	/** How many pages the status has now. */
	readonly pages?: number;
};

const none: Overlay = {kind: 'none'};

/** Following the newest step, from its first page: where any move leaves the view. */
const live = {cursor: null, page: 0} as const;

/** Whose keys are read: the overlay's while one is open, else the sandbox's. */
export function keyScreenOf(state: SandboxState): KeyScreen {
	switch (state.overlay.kind) {
		case 'help':
			return 'help';
		case 'confirm-reset':
			return 'confirm-reset';
		default:
			return 'sandbox';
	}
}

/**
 * The command a key with none on the screen it was read for has on the screen the state is on now.
 * Several keys in one input event are all read for the screen of the last frame: `ny` typed at once
 * reads y on the sandbox, though n has just asked to confirm. (The screen handles quitting, the
 * menu and export itself, so those are not taken here.)
 */
function commandNow(state: SandboxState, key: string): Command | undefined {
	const command = commandFor(keyScreenOf(state), keyNameOf(key));
	return command === 'quit' || command === 'menu' || command === 'export' ? undefined : command;
}

/**
 * Wrong keys in a row past this many are counted, not kept: the ladder shows one row for them
 * and the status the newest, so a paste of a thousand wrong keys costs no more than a few.
 */
const rejectionsKept = 3;

export function initialSandbox(given: SessionOptions, absolute = false): SandboxState {
	const options = {...given, rejectionsKept};
	return {
		sim: {options, session: createSession(options), active: 'client', picked: 1},
		view: {hints: true, linux: true, absolute, ...live},
		overlay: none,
		guide: null,
		notice: {key: 'ui.welcome'},
		achieved: null,
	};
}

/** A fresh sandbox that keeps how the student views it. */
function fresh(state: SandboxState, options = state.sim.options): SandboxState {
	return {...initialSandbox(options), view: {...state.view, ...live}};
}

function begun(state: SandboxState, started: Begun<Guide>): SandboxState {
	const base = fresh(state, started.options);
	return {
		...base,
		sim: {...base.sim, session: started.session, active: started.active},
		guide: started.guide,
		notice: started.notice,
		achieved: state.achieved,
	};
}

/** A guide's answer to a key: its new session and guide, or only what it says. */
function applied(state: SandboxState, changed: Changed<Guide>, keepPicked = false): SandboxState {
	if ('refused' in changed) return {...state, notice: changed.refused};
	return {
		...state,
		sim: {
			...state.sim,
			session: changed.session,
			active: changed.active ?? state.sim.active,
			picked: keepPicked ? state.sim.picked : 1,
		},
		view: {...state.view, ...live},
		guide: changed.guide,
		notice: changed.notice,
		achieved: changed.achieved ?? state.achieved,
	};
}

/** A move's key: the guide decides what it does (a lesson plays only its step); else it is played. */
function playMove(state: SandboxState, move: Move | NetMove): SandboxState {
	const {guide, sim} = state;
	// The network's moves act on the picked segment, which then goes back to the oldest.
	const keepPicked = move.side !== 'net';
	if (guide) return applied(state, guideApi(guide).onMove(sim.session, guide, move), keepPicked);
	return {
		...state,
		sim: {...sim, session: playFree(sim.session, move), picked: keepPicked ? sim.picked : 1},
		view: {...state.view, ...live},
		notice: null,
	};
}

function undone(state: SandboxState): SandboxState {
	const {guide, sim} = state;
	if (guide) return applied(state, guideApi(guide).undo(sim.session, guide));
	const free = undoFree(sim.session);
	if (!free) return {...state, notice: {key: 'ui.nothingToUndo'}};
	return {
		...state,
		sim: {...sim, session: free.session, picked: 1},
		view: {...state.view, ...live},
		notice: free.notice,
	};
}

function restarted(state: SandboxState): SandboxState {
	const {guide} = state;
	const again = guide ? guideApi(guide).restart(guide, state.sim.options) : null;
	return again ? begun(state, again) : {...fresh(state), notice: {key: 'ui.reset'}};
}

function toggleNetwork(state: SandboxState): SandboxState {
	const {sim} = state;
	const network = sim.session.network === 'instant' ? 'manual' : 'instant';
	const session = withNetwork(sim.session, network);
	if (!session) return {...state, notice: {key: 'ui.networkBusy'}};
	return {
		...state,
		sim: {...sim, session, options: {...sim.options, network}},
		notice: {key: network === 'manual' ? 'ui.networkManual' : 'ui.networkInstant'},
	};
}

function togglePeer(state: SandboxState): SandboxState {
	const {sim} = state;
	const peer = sim.session.peer === null ? peerOf(sim.active) : null;
	// Switched on, it answers at once what it already owes, as a real stack would have.
	const session = answeredByPeer(withFields(sim.session, {peer}));
	const notice: Notice = peer ? {key: 'ui.peerOn', params: {me: peer}} : {key: 'ui.peerOff'};
	return {...state, sim: {...sim, session, options: {...sim.options, peer}}, notice};
}

function toggleTwoWay(state: SandboxState): SandboxState {
	const {sim} = state;
	const twoWay = !sim.session.twoWay;
	return {
		...state,
		sim: {...sim, session: withFields(sim.session, {twoWay}), options: {...sim.options, twoWay}},
		notice: {key: twoWay ? 'ui.twoWayOn' : 'ui.twoWayOff'},
	};
}

function scrolled(position: number, by: number, max = Number.POSITIVE_INFINITY): number {
	return Math.max(0, Math.min(max, position + by));
}

function picked(state: SandboxState, key: string): SandboxState {
	const {sim} = state;
	const index = Number(key);
	if (sim.session.network === 'instant') return {...state, notice: {key: 'no.net.instant'}};
	if (index > sim.session.inFlight.length) {
		return {
			...state,
			notice: {key: 'ui.noSuchFlight', params: {count: String(sim.session.inFlight.length)}},
		};
	}
	return {
		...state,
		sim: {...sim, picked: index},
		notice: {key: 'ui.picked', params: {index: String(index)}},
	};
}

/** The help reads from the top, so ↑ ("older" in the diagram) moves towards its start. */
function inHelp(state: SandboxState, action: SandboxAction): SandboxState {
	const by = action.type === 'command' ? scrollBy[action.command] : undefined;
	if (action.type === 'command' && by !== undefined && state.overlay.kind === 'help') {
		return {
			...state,
			overlay: {kind: 'help', scroll: scrolled(state.overlay.scroll, -by, action.bounds?.max)},
		};
	}
	return {...state, overlay: none};
}

/**
 * ↑/↓ move the cursor one step (↓ past the newest follows the newest again); PgUp/PgDn turn the
 * status's pages while it has more, and else move the cursor a page of steps.
 */
function browsed(view: View, by: number, bounds: Bounds): View {
	const pages = bounds.pages ?? 1;
	if (Math.abs(by) > 1) {
		if (by < 0 && view.page < pages - 1) return {...view, page: view.page + 1};
		if (by > 0 && view.page > 0) return {...view, page: view.page - 1};
	}
	const stops = bounds.stops ?? [];
	const at = view.cursor === null ? stops.length : stops.indexOf(view.cursor);
	const next = Math.max(0, Math.min(stops.length, (at < 0 ? stops.length : at) - by));
	return {...view, cursor: next === stops.length ? null : (stops[next] ?? null), page: 0};
}

function command(
	state: SandboxState,
	pressed: Command,
	key: string,
	bounds: Bounds = {},
): SandboxState {
	const {sim, guide} = state;
	const action = actionOfCommand(pressed);
	if (action) return playMove(state, {side: sim.active, action: actionOf(action)});
	const net = netActionOfCommand(pressed);
	if (net) return playMove(state, {side: 'net', action: {type: net, index: sim.picked}});
	const by = scrollBy[pressed];
	if (by !== undefined) {
		return {...state, view: browsed(state.view, by, bounds)};
	}
	switch (pressed) {
		case 'pick':
			return picked(state, key);
		case 'network':
		case 'peer':
		case 'scenarios':
		case 'two-way':
			// A lesson or challenge fixes the network and who plays each side; changing them would
			// take it off its course (or let an automatic peer make moves that count for nothing).
			if (guide && guideApi(guide).guided) return {...state, notice: {key: 'mode.fixedInGuide'}};
			if (pressed === 'network') return toggleNetwork(state);
			if (pressed === 'peer') return togglePeer(state);
			if (pressed === 'two-way') return toggleTwoWay(state);
			return {...state, overlay: {kind: 'scenarios'}};
		case 'next':
			if (!guide) return {...state, notice: {key: 'ui.noScenario'}};
			return applied(state, guideApi(guide).next(sim.session, guide, sim.options));
		case 'switch-side':
			return {...state, sim: {...sim, active: peerOf(sim.active)}};
		case 'undo':
			return undone(state);
		case 'solution':
			if (guide?.kind !== 'challenge') return {...state, notice: {key: 'mode.solutionKey'}};
			return applied(state, showSolution(guide, sim.options));
		case 'reset':
			return {...state, overlay: {kind: 'confirm-reset'}};
		case 'hints':
			return {
				...state,
				view: {...state.view, hints: !state.view.hints},
				notice: {key: state.view.hints ? 'ui.hintsOff' : 'ui.hintsOn'},
			};
		case 'linux-notes':
			return {
				...state,
				view: {...state.view, linux: !state.view.linux},
				notice: {key: state.view.linux ? 'linux.notesOff' : 'linux.notesOn'},
			};
		case 'numbers':
			return {
				...state,
				view: {...state.view, absolute: !state.view.absolute},
				notice: {key: state.view.absolute ? 'ui.relative' : 'ui.absolute'},
			};
		case 'help':
			return {...state, overlay: {kind: 'help', scroll: 0}};
		// The screen acts on these itself (the menu, export, quitting), or they belong elsewhere.
		default:
			return state;
	}
}

export function sandboxReducer(state: SandboxState, action: SandboxAction): SandboxState {
	switch (action.type) {
		case 'begin': {
			const started = beginGuide(action.kind, action.name, state.sim.options);
			return started ? begun(state, started) : {...state, overlay: none};
		}
		case 'leave':
			return fresh(state);
		case 'help':
			return {...state, overlay: {kind: 'help', scroll: 0}};
		case 'close':
			return {...state, overlay: none};
		default:
			break;
	}
	// The scenario list reads its own keys.
	if (state.overlay.kind === 'scenarios') return state;
	const pressed = action.type === 'command' ? action.command : commandNow(state, action.key);
	switch (state.overlay.kind) {
		case 'help':
			return inHelp(state, action);
		case 'confirm-reset':
			return pressed === 'confirm' ? restarted(state) : {...state, overlay: none, notice: null};
		case 'none':
			return pressed
				? command(state, pressed, action.key, action.type === 'command' ? action.bounds : undefined)
				: {...state, notice: {key: 'ui.unknownKey', params: {key: action.key}}};
	}
}

/** The sandbox's state and what the screen can do to it, by name. */
export type SandboxCallbacks = {
	readonly command: (command: Command, key: string, bounds?: Bounds) => void;
	readonly other: (key: string) => void;
	readonly begin: (kind: Guide['kind'], name: string) => void;
	readonly leaveGuide: () => void;
	readonly openHelp: () => void;
	readonly closeOverlay: () => void;
};

export function useSandbox(
	options: SessionOptions,
	absolute: boolean,
	scenario: Scenario | null = null,
	start: Start = {mode: 'sandbox'},
): readonly [SandboxState, SandboxCallbacks] {
	const [state, dispatch] = useReducer(sandboxReducer, undefined, () => {
		const initial = initialSandbox(options, absolute);
		if (start.mode === 'lesson' || start.mode === 'challenge') {
			return sandboxReducer(initial, {type: 'begin', kind: start.mode, name: start.name});
		}
		return scenario ? begun(initial, beginScenarioGuide(scenario, options)) : initial;
	});
	const callbacks = useMemo<SandboxCallbacks>(
		() => ({
			command: (pressed, key, bounds) =>
				dispatch({
					type: 'command',
					command: pressed,
					key,
					...(bounds === undefined ? {} : {bounds}),
				}),
			other: (key) => dispatch({type: 'other', key}),
			begin: (kind, name) => dispatch({type: 'begin', kind, name}),
			leaveGuide: () => dispatch({type: 'leave'}),
			openHelp: () => dispatch({type: 'help'}),
			closeOverlay: () => dispatch({type: 'close'}),
		}),
		[],
	);
	return [state, callbacks] as const;
}
