// A screen's keys, read through the one table of commands (commands.ts). Keys reach the screens one
// at a time (serial-input.ts); an input event that still holds several characters (a test writing
// 's\ta', a paste) is handled one character after another, in order.
import {type Key, useInput} from 'ink';
import {useRef} from 'react';
import {type Command, commandFor, type KeyName, type KeyScreen, keyNameOf} from '../commands.js';

/** A key as the table names it, from what Ink read. */
function specialKey(input: string, key: Key): KeyName | undefined {
	if (key.ctrl && input === 'c') return 'Ctrl+C';
	if (key.tab) return 'Tab';
	if (key.leftArrow) return '←';
	if (key.rightArrow) return '→';
	if (key.upArrow) return '↑';
	if (key.downArrow) return '↓';
	if (key.pageUp) return 'PgUp';
	if (key.pageDown) return 'PgDn';
	if (key.home) return 'Home';
	if (key.end) return 'End';
	if (key.backspace || key.delete) return 'Backspace';
	if (key.escape) return 'Esc';
	if (key.return) return 'Enter';
	return undefined;
}

export type KeyHandlers = {
	/** A key the screen has a command for; `key` is what was typed ('3' for the command '1-9'). */
	readonly onCommand: (command: Command, key: string) => void;
	/**
	 * Any other key (not Ctrl or Alt combinations), one character at a time: to say it does nothing,
	 * or text the screen takes (a name typed). '' for a named key such as an arrow.
	 */
	readonly onOther?: (key: string) => void;
};

/** Keys that a screen without a command for them ignores, as it did before they had names. */
const silent: ReadonlySet<KeyName> = new Set(['Home', 'End', 'Backspace']);

/**
 * Reads the keys for `screen`, while `isActive`. The screen and handlers of the latest render are
 * the ones used: Ink takes a new input handler only in an effect after the frame is drawn, and a
 * key that comes in between must not be read with the screen before (an overlay just closed).
 */
export function useKeymap(screen: KeyScreen, handlers: KeyHandlers, isActive = true): void {
	const latest = useRef({screen, handlers});
	latest.current = {screen, handlers};
	useInput(
		(input, key) => {
			const {screen, handlers} = latest.current;
			const special = specialKey(input, key);
			const keys: Array<readonly [KeyName, string]> = special
				? [[special, input]]
				: key.ctrl || key.meta
					? []
					: [...input].map((character) => [keyNameOf(character), character] as const);
			for (const [name, typed] of keys) {
				const command = commandFor(screen, name);
				if (command) handlers.onCommand(command, typed);
				else if (name !== 'Ctrl+C' && !silent.has(name)) handlers.onOther?.(typed);
			}
		},
		{isActive},
	);
}
