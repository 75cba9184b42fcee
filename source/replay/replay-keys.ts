// The replay screen's keys: one table for the key handler and the footer, so a footer item can
// never name a key that does nothing.
import type {Key} from 'ink';
import type {MessageKey} from '../i18n/index.js';
import {page} from '../keys.js';

export type ReplayCommand =
	| {readonly type: 'next' | 'back' | 'first' | 'last' | 'numbers' | 'list' | 'quit' | 'interrupt'}
	| {readonly type: 'scroll'; readonly by: number};

type Binding = {
	readonly command: ReplayCommand;
	/** How the footer names the key, or null for a key the footer does not show. */
	readonly footer: readonly [key: string, label: MessageKey, priority: number] | null;
};

/** Printable keys. Space and → both step forward, u and ← both go back. */
const characters: Readonly<Record<string, Binding>> = {
	' ': {command: {type: 'next'}, footer: ['Space/→', 'replay.footer.next', 1]},
	u: {command: {type: 'back'}, footer: ['u/←', 'replay.footer.back', 1]},
	g: {command: {type: 'first'}, footer: ['g', 'replay.footer.first', 3]},
	G: {command: {type: 'last'}, footer: ['G', 'replay.footer.last', 2]},
	'#': {command: {type: 'numbers'}, footer: ['#', 'footer.abs', 3]},
	l: {command: {type: 'list'}, footer: ['Esc', 'replay.footer.list', 2]},
	q: {command: {type: 'quit'}, footer: ['q', 'footer.quit', 1]},
};

export function replayCommandFor(input: string, key: Key): ReplayCommand[] {
	if (key.ctrl && input === 'c') return [{type: 'interrupt'}];
	if (key.rightArrow || key.return) return [{type: 'next'}];
	if (key.leftArrow || key.backspace || key.delete) return [{type: 'back'}];
	if (key.upArrow) return [{type: 'scroll', by: 1}];
	if (key.downArrow) return [{type: 'scroll', by: -1}];
	if (key.pageUp) return [{type: 'scroll', by: page}];
	if (key.pageDown) return [{type: 'scroll', by: -page}];
	if (key.home) return [{type: 'first'}];
	if (key.end) return [{type: 'last'}];
	if (key.escape) return [{type: 'list'}];
	if (key.ctrl || key.meta) return [];
	// Several characters can come in one read (a fast typist, a paste): each counts.
	return [...input].flatMap((character) => {
		const binding = characters[character];
		return binding ? [binding.command] : [];
	});
}

/** The footer's items; the list item only when there is a list to go back to. */
export function replayFooterItems(
	hasList: boolean,
): ReadonlyArray<readonly [string, MessageKey, number]> {
	return Object.values(characters).flatMap(({command, footer}) =>
		footer && (hasList || command.type !== 'list') ? [footer] : [],
	);
}
