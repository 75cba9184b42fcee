// The sandbox screen's state and what each key command does to it. The reducer is pure.
import {useReducer} from 'react';
import {challengeNamed} from '../challenges/challenges.js';
import type {MessageKey} from '../i18n/index.js';
import {t} from '../i18n/index.js';
import type {Command} from '../keys.js';
import {lessonNamed} from '../lessons/lessons.js';
import {type Scenario, scenarioNamed} from '../scenarios/scenarios.js';
import {parseSteps} from '../script/parse-steps.js';
import {actionName} from '../tcp/explain.js';
import {actionOf, type Move} from '../tcp/machine.js';
import {
	answeredByPeer,
	createSession,
	type NetMove,
	play,
	type Session,
	type SessionOptions,
	type Step,
	undo,
	withNetwork,
} from '../tcp/session.js';
import {peerOf, type Side} from '../tcp/states.js';
import {
	type ChallengeGuide,
	challengeSession,
	movesOf,
	parOf,
	solutionSession,
} from './challenge-guide.js';
import {attempt, type LessonGuide, lessonSession, lessonStep} from './lesson-guide.js';

/** Something finished that the progress file should remember. A new object each time. */
export type Achievement =
	| {readonly kind: 'lesson'; readonly name: string}
	| {
			readonly kind: 'challenge';
			readonly name: string;
			readonly solved: boolean;
			readonly moves: number;
	  };

/** A message about the tool itself (undo, toggles), shown instead of the last move's explanation. */
export type Notice = {readonly key: MessageKey; readonly params?: Readonly<Record<string, string>>};

/**
 * A scenario being played: which one, the index of its next step, and how many session steps there
 * were after each scenario step, so that undoing one rewinds the scenario too.
 */
export type Playing = {
	readonly scenario: Scenario;
	readonly next: number;
	readonly marks: readonly number[];
};

export type SandboxState = {
	readonly options: SessionOptions;
	readonly session: Session;
	readonly active: Side;
	readonly hints: boolean;
	/** Whether explanations keep their "On Linux: …" notes. */
	readonly linux: boolean;
	readonly absolute: boolean;
	readonly help: boolean;
	readonly helpScroll: number;
	readonly confirmingReset: boolean;
	/** How many diagram lines the view is scrolled back from the newest. */
	readonly scroll: number;
	readonly notice: Notice | null;
	/** Why the screen should close: q, or Ctrl+C (which exits with status 130, as shells expect). */
	readonly quit: false | 'quit' | 'interrupt';
	/** The segment in flight that Enter, x and + act on, counting from 1 (the oldest). */
	readonly picked: number;
	readonly playing: Playing | null;
	/** The scenario's sentence for the step just played. */
	readonly said: string | null;
	readonly menu: boolean;
	/** A lesson or challenge in progress on this screen. */
	readonly guide: LessonGuide | ChallengeGuide | null;
	readonly achieved: Achievement | null;
};

/** How the student chose to see things, which starting over keeps. */
function viewOf(state: SandboxState): Pick<SandboxState, 'hints' | 'linux'> {
	return {hints: state.hints, linux: state.linux};
}

export function initialSandbox(options: SessionOptions, absolute = false): SandboxState {
	return {
		options,
		session: createSession(options),
		active: 'client',
		hints: true,
		linux: true,
		absolute,
		help: false,
		helpScroll: 0,
		confirmingReset: false,
		scroll: 0,
		notice: {key: 'ui.welcome'},
		quit: false,
		picked: 1,
		playing: null,
		said: null,
		menu: false,
		guide: null,
		achieved: null,
	};
}

function startScenario(state: SandboxState, scenario: Scenario): SandboxState {
	// A scenario plays both sides, with its own network and rules.
	const options = {
		...state.options,
		network: scenario.network,
		peer: null,
		twoWay: scenario.twoWay ?? false,
	};
	return {
		...initialSandbox(options, state.absolute),
		...viewOf(state),
		playing: {scenario, next: 0, marks: []},
		notice: {
			key: 'ui.scenarioStart',
			params: {title: scenario.title, intro: scenario.intro},
		},
	};
}

function playNext(state: SandboxState): SandboxState {
	const {playing} = state;
	if (!playing) return {...state, notice: {key: 'ui.noScenario'}};
	const step = playing.scenario.steps[playing.next];
	const [parsed] = step ? parseSteps(step.move) : [];
	if (!step || !parsed)
		return {...state, notice: {key: 'ui.scenarioEnd', params: {outro: playing.scenario.outro}}};
	const session = play(state.session, parsed.move, parsed.input);
	const last = playing.next + 1 >= playing.scenario.steps.length;
	return {
		...state,
		session,
		scroll: 0,
		picked: 1,
		playing: {...playing, next: playing.next + 1, marks: [...playing.marks, session.steps.length]},
		said: [step.say, last ? playing.scenario.outro : undefined].filter(Boolean).join(' ') || null,
		notice: null,
	};
}

function toggleNetwork(state: SandboxState): SandboxState {
	const network = state.session.network === 'instant' ? 'manual' : 'instant';
	const session = withNetwork(state.session, network);
	if (!session) return {...state, notice: {key: 'ui.networkBusy'}};
	return {
		...state,
		session,
		options: {...state.options, network},
		notice: {key: network === 'manual' ? 'ui.networkManual' : 'ui.networkInstant'},
	};
}

function togglePeer(state: SandboxState): SandboxState {
	const peer = state.session.peer === null ? peerOf(state.active) : null;
	// Switched on, it answers at once what it already owes, as a real stack would have.
	const session = answeredByPeer({...state.session, peer});
	const notice: Notice = peer ? {key: 'ui.peerOn', params: {me: peer}} : {key: 'ui.peerOff'};
	return {...state, session, options: {...state.options, peer}, notice};
}

function toggleTwoWay(state: SandboxState): SandboxState {
	const twoWay = !state.session.twoWay;
	return {
		...state,
		session: {...state.session, twoWay},
		options: {...state.options, twoWay},
		notice: {key: twoWay ? 'ui.twoWayOn' : 'ui.twoWayOff'},
	};
}

function scrolled(position: number, by: number, max = Number.POSITIVE_INFINITY): number {
	return Math.max(0, Math.min(max, position + by));
}

function inHelp(state: SandboxState, command: Command): SandboxState {
	// The help reads from the top, so ↑ (by +1, "older" in the diagram) moves towards its start.
	if (command.type === 'scroll') {
		return {...state, helpScroll: scrolled(state.helpScroll, -command.by, command.max)};
	}
	return {...state, help: false, helpScroll: 0};
}

function startLesson(state: SandboxState, name: string): SandboxState {
	const lesson = lessonNamed(name);
	if (!lesson) return {...state, menu: false};
	const first = lessonStep(lesson, 0)?.move;
	return {
		...initialSandbox(state.options, state.absolute),
		...viewOf(state),
		session: lessonSession(lesson, state.options),
		active: first && first.side !== 'net' ? first.side : 'client',
		notice: null,
		guide: {kind: 'lesson', lesson, step: 0, wrong: null},
	};
}

function startChallenge(state: SandboxState, name: string): SandboxState {
	const challenge = challengeNamed(name);
	if (!challenge) return {...state, menu: false};
	const session = challengeSession(challenge, state.options);
	return {
		...initialSandbox(state.options, state.absolute),
		...viewOf(state),
		session,
		notice: {
			key: 'mode.challengeGoal',
			params: {goal: t(challenge.goal), par: String(parOf(challenge))},
		},
		guide: {kind: 'challenge', challenge, base: session.steps.length, status: 'playing'},
	};
}

function restartGuide(state: SandboxState): SandboxState {
	const {guide} = state;
	if (guide?.kind === 'lesson') {
		return {...startLesson(state, guide.lesson.name), notice: {key: 'mode.lessonRestart'}};
	}
	if (guide?.kind === 'challenge') return startChallenge(state, guide.challenge.name);
	return {
		...initialSandbox(state.options, state.absolute),
		...viewOf(state),
		notice: {key: 'ui.reset'},
	};
}

/** A move's key: in a lesson only the step's move is played; in a challenge the goal is checked. */
function playMove(state: SandboxState, move: Move | NetMove): SandboxState {
	const moved = {...state, scroll: 0, notice: null, said: null};
	const {guide} = state;
	if (guide?.kind === 'lesson') {
		const tried = attempt(state.session, guide, move);
		if (!tried.advanced) return {...moved, guide: tried.guide};
		const next = lessonStep(guide.lesson, tried.guide.step)?.move;
		const finished = tried.guide.step >= guide.lesson.steps.length;
		return {
			...moved,
			session: tried.session,
			guide: tried.guide,
			picked: 1,
			active: next && next.side !== 'net' ? next.side : state.active,
			achieved: finished ? {kind: 'lesson', name: guide.lesson.name} : state.achieved,
		};
	}
	const session = play(state.session, move);
	const played = {...moved, session, picked: move.side === 'net' ? 1 : state.picked};
	if (guide?.kind !== 'challenge' || guide.status !== 'playing' || !guide.challenge.done(session)) {
		return played;
	}
	const moves = movesOf(session, guide.base);
	return {
		...played,
		guide: {...guide, status: 'solved'},
		achieved: {kind: 'challenge', name: guide.challenge.name, solved: true, moves},
	};
}

function showSolution(state: SandboxState): SandboxState {
	const {guide} = state;
	if (guide?.kind !== 'challenge') return {...state, notice: {key: 'mode.solutionKey'}};
	const {challenge} = guide;
	const session = solutionSession(challenge, state.options);
	const moves = challenge.solution
		.trim()
		.split(/[\s,]+/)
		.join(' ');
	const status = guide.status === 'solved' ? 'solved' : 'shown';
	return {
		...state,
		session,
		scroll: 0,
		picked: 1,
		said: null,
		guide: {...guide, status},
		notice: {
			key: status === 'solved' ? 'mode.solutionShownSolved' : 'mode.solutionShown',
			params: {par: String(parOf(challenge)), moves},
		},
		achieved:
			status === 'shown'
				? {kind: 'challenge', name: challenge.name, solved: false, moves: parOf(challenge)}
				: state.achieved,
	};
}

function undone(state: SandboxState): SandboxState {
	const {guide, session} = state;
	if (guide?.kind === 'challenge' && session.steps.length <= guide.base) {
		return {...state, notice: {key: 'mode.cannotUndoSetup'}};
	}
	if (guide?.kind === 'lesson') {
		if (guide.step === 0) return {...state, notice: {key: 'ui.nothingToUndo'}};
		const step = guide.step - 1;
		const move = lessonStep(guide.lesson, step)?.move;
		return {
			...state,
			session: undo(session),
			scroll: 0,
			picked: 1,
			active: move && move.side !== 'net' ? move.side : state.active,
			guide: {...guide, step, wrong: null},
			notice: null,
		};
	}
	// The move undone is the last one the student (or the scenario) made; the automatic peer's
	// answers to it go with it.
	const last = session.steps.findLast((step) => !step.byPeer);
	if (!last) return {...state, notice: {key: 'ui.nothingToUndo'}};
	const after = undo(session);
	return {
		...state,
		session: after,
		scroll: 0,
		picked: 1,
		said: null,
		playing: rewound(state.playing, after.steps.length),
		notice: {
			key: undoneKey(last),
			params: {me: last.move.side, action: actionName(last.move.action.type)},
		},
	};
}

function undoneKey(step: Step): MessageKey {
	if (!step.result.verdict.ok) return 'ui.undoneRejected';
	return step.move.side === 'net' ? 'ui.undoneNet' : 'ui.undone';
}

/** The scenario steps whose moves were undone are to be played again. */
function rewound(playing: Playing | null, steps: number): Playing | null {
	if (!playing) return null;
	const marks = playing.marks.filter((mark) => mark <= steps);
	return {...playing, marks, next: playing.next - (playing.marks.length - marks.length)};
}

export function sandboxReducer(state: SandboxState, command: Command): SandboxState {
	if (command.type === 'quit' || command.type === 'interrupt')
		return {...state, quit: command.type};
	if (state.help) return inHelp(state, command);
	if (state.confirmingReset) {
		const yes = command.type === 'other' && command.key.toLowerCase() === 'y';
		return yes ? restartGuide(state) : {...state, confirmingReset: false, notice: null};
	}
	switch (command.type) {
		case 'move':
			return playMove(state, {side: state.active, action: actionOf(command.action)});
		case 'net':
			return playMove(state, {side: 'net', action: {type: command.action, index: state.picked}});
		case 'pick':
			if (state.session.network === 'instant') return {...state, notice: {key: 'no.net.instant'}};
			return command.index > state.session.inFlight.length
				? {
						...state,
						notice: {
							key: 'ui.noSuchFlight',
							params: {count: String(state.session.inFlight.length)},
						},
					}
				: {
						...state,
						picked: command.index,
						notice: {key: 'ui.picked', params: {index: String(command.index)}},
					};
		case 'network':
		case 'peer':
		case 'scenarios':
		case 'twoWay':
			// A lesson or challenge fixes the network and who plays each side; changing them would
			// take it off its course (or let an automatic peer make moves that count for nothing).
			if (state.guide) return {...state, notice: {key: 'mode.fixedInGuide'}};
			return command.type === 'network'
				? toggleNetwork(state)
				: command.type === 'peer'
					? togglePeer(state)
					: command.type === 'scenarios'
						? {...state, menu: true}
						: toggleTwoWay(state);
		case 'startScenario': {
			const scenario = scenarioNamed(command.name);
			return scenario ? startScenario(state, scenario) : {...state, menu: false};
		}
		case 'next':
			return playNext(state);
		case 'switch':
			return {...state, active: peerOf(state.active)};
		case 'undo':
			return undone(state);
		case 'solution':
			return showSolution(state);
		case 'export':
			return state;
		case 'startLesson':
			return startLesson(state, command.name);
		case 'startChallenge':
			return startChallenge(state, command.name);
		case 'sandbox':
			return {...initialSandbox(state.options, state.absolute), ...viewOf(state)};
		case 'reset':
			return {...state, confirmingReset: true};
		case 'hints':
			return {
				...state,
				hints: !state.hints,
				notice: {key: state.hints ? 'ui.hintsOff' : 'ui.hintsOn'},
			};
		case 'linuxNotes':
			return {
				...state,
				linux: !state.linux,
				notice: {key: state.linux ? 'linux.notesOff' : 'linux.notesOn'},
			};
		case 'numbers':
			return {
				...state,
				absolute: !state.absolute,
				notice: {key: state.absolute ? 'ui.relative' : 'ui.absolute'},
			};
		case 'help':
			return {...state, help: true, helpScroll: 0};
		case 'close':
			return state.menu ? {...state, menu: false} : state;
		case 'scroll':
			return {...state, scroll: scrolled(state.scroll, command.by, command.max)};
		case 'other':
			return {...state, notice: {key: 'ui.unknownKey', params: {key: command.key}}};
	}
}

/** A lesson or challenge to start with, as the command line asks. */
export type Opening =
	| {readonly mode: 'lesson' | 'challenge'; readonly name: string}
	| {readonly mode: 'sandbox' | 'menu' | 'quiz'};

export function useSandbox(
	options: SessionOptions,
	absolute: boolean,
	scenario: Scenario | null = null,
	opening: Opening = {mode: 'sandbox'},
) {
	return useReducer(sandboxReducer, undefined, () => {
		const initial = initialSandbox(options, absolute);
		if (opening.mode === 'lesson') return startLesson(initial, opening.name);
		if (opening.mode === 'challenge') return startChallenge(initial, opening.name);
		return scenario ? startScenario(initial, scenario) : initial;
	});
}
