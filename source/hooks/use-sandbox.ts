// The sandbox screen's state and what each key command does to it. The reducer is pure.
import {useReducer} from 'react';
import type {MessageKey} from '../i18n/index.js';
import type {Command} from '../keys.js';
import {actionName} from '../tcp/explain.js';
import {actionOf, type ConnectionOptions} from '../tcp/machine.js';
import {createSession, play, type Session, undo} from '../tcp/session.js';
import {peerOf, type Side} from '../tcp/states.js';

/** A message about the tool itself (undo, toggles), shown instead of the last move's explanation. */
export type Notice = {readonly key: MessageKey; readonly params?: Readonly<Record<string, string>>};

export type SandboxState = {
	readonly options: ConnectionOptions;
	readonly session: Session;
	readonly active: Side;
	readonly hints: boolean;
	readonly absolute: boolean;
	readonly help: boolean;
	readonly helpScroll: number;
	readonly confirmingReset: boolean;
	/** How many diagram lines the view is scrolled back from the newest. */
	readonly scroll: number;
	readonly notice: Notice | null;
	/** Why the screen should close: q, or Ctrl+C (which exits with status 130, as shells expect). */
	readonly quit: false | 'quit' | 'interrupt';
};

export function initialSandbox(options: ConnectionOptions, absolute = false): SandboxState {
	return {
		options,
		session: createSession(options),
		active: 'client',
		hints: true,
		absolute,
		help: false,
		helpScroll: 0,
		confirmingReset: false,
		scroll: 0,
		notice: {key: 'ui.welcome'},
		quit: false,
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

export function sandboxReducer(state: SandboxState, command: Command): SandboxState {
	if (command.type === 'quit' || command.type === 'interrupt')
		return {...state, quit: command.type};
	if (state.help) return inHelp(state, command);
	if (state.confirmingReset) {
		const yes = command.type === 'other' && command.key.toLowerCase() === 'y';
		return yes
			? {
					...initialSandbox(state.options, state.absolute),
					hints: state.hints,
					notice: {key: 'ui.reset'},
				}
			: {...state, confirmingReset: false, notice: null};
	}
	switch (command.type) {
		case 'move':
			return {
				...state,
				session: play(state.session, {side: state.active, action: actionOf(command.action)}),
				scroll: 0,
				notice: null,
			};
		case 'switch':
			return {...state, active: peerOf(state.active)};
		case 'undo': {
			const last = state.session.steps.at(-1);
			if (!last) return {...state, notice: {key: 'ui.nothingToUndo'}};
			return {
				...state,
				session: undo(state.session),
				scroll: 0,
				notice: {
					key: last.move.side === 'net' ? 'ui.undoneNet' : 'ui.undone',
					params: {me: last.move.side, action: actionName(last.move.action.type)},
				},
			};
		}
		case 'reset':
			return {...state, confirmingReset: true};
		case 'hints':
			return {
				...state,
				hints: !state.hints,
				notice: {key: state.hints ? 'ui.hintsOff' : 'ui.hintsOn'},
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
			return state;
		case 'scroll':
			return {...state, scroll: scrolled(state.scroll, command.by, command.max)};
		case 'other':
			return {...state, notice: {key: 'ui.unknownKey', params: {key: command.key}}};
	}
}

export function useSandbox(options: ConnectionOptions, absolute: boolean) {
	return useReducer(sandboxReducer, undefined, () => initialSandbox(options, absolute));
}
