// Which key does what: one table for the key handler, the footer, the panes' hints and the help.
import type {MessageKey} from './i18n/index.js';
import type {ActionType} from './tcp/machine.js';
import type {NetActionType} from './tcp/network.js';

export const actionKeys = {
	syn: 's',
	ack: 'a',
	fin: 'f',
	rst: 'r',
	data: 'd',
	listen: 'l',
	timeout: 't',
} as const satisfies Record<ActionType, string>;

export type Command =
	| {readonly type: 'move'; readonly action: ActionType}
	| {
			readonly type:
				| 'switch'
				| 'undo'
				| 'reset'
				| 'hints'
				| 'linuxNotes'
				| 'numbers'
				| 'help'
				| 'close'
				| 'quit'
				| 'interrupt'
				| 'network'
				| 'peer'
				| 'scenarios'
				| 'next'
				| 'twoWay'
				| 'solution'
				| 'export';
	  }
	/** The network acts on the segment picked in flight (1 = the oldest). */
	| {readonly type: 'net'; readonly action: NetActionType}
	| {readonly type: 'pick'; readonly index: number}
	| {readonly type: 'startScenario'; readonly name: string}
	| {readonly type: 'startLesson'; readonly name: string}
	| {readonly type: 'startChallenge'; readonly name: string}
	/** Leave a lesson or challenge for the free sandbox. */
	| {readonly type: 'sandbox'}
	/** `max` is how far back there is to go; the screen fills it in, as only it knows the rows. */
	| {readonly type: 'scroll'; readonly by: number; readonly max?: number}
	| {readonly type: 'other'; readonly key: string};

const byCharacter: Readonly<Record<string, Command>> = {
	...Object.fromEntries(
		Object.entries(actionKeys).map(([action, key]) => [
			key,
			{type: 'move', action: action as ActionType},
		]),
	),
	u: {type: 'undo'},
	m: {type: 'network'},
	x: {type: 'net', action: 'drop'},
	'+': {type: 'net', action: 'dup'},
	'\r': {type: 'net', action: 'deliver'},
	p: {type: 'peer'},
	o: {type: 'scenarios'},
	' ': {type: 'next'},
	w: {type: 'twoWay'},
	v: {type: 'solution'},
	e: {type: 'export'},
	...Object.fromEntries(
		[1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => [String(index), {type: 'pick', index}]),
	),
	n: {type: 'reset'},
	h: {type: 'hints'},
	i: {type: 'linuxNotes'},
	'#': {type: 'numbers'},
	'?': {type: 'help'},
	q: {type: 'quit'},
	'\t': {type: 'switch'},
};

/** A page of scrolling; the diagram scrolls by its own height, this is what PgUp/PgDn send. */
export const page = 8;

export function commandForCharacter(character: string): Command {
	return (
		byCharacter[character.toLowerCase()] ??
		byCharacter[character] ?? {type: 'other', key: character}
	);
}

/** The keys as the help lists them: what to press, and what it does. */
export const helpKeys: ReadonlyArray<readonly [string, MessageKey]> = [
	['Tab ←/→', 'key.switch'],
	['s', 'key.syn'],
	['a', 'key.ack'],
	['f', 'key.fin'],
	['r', 'key.rst'],
	['d', 'key.data'],
	['l', 'key.listen'],
	['t', 'key.timeout'],
	['u', 'key.undo'],
	['n', 'key.reset'],
	['h', 'key.hints'],
	['i', 'key.linuxNotes'],
	['#', 'key.numbers'],
	['↑/↓ PgUp/PgDn', 'key.scroll'],

	['?', 'key.help'],
	['q Ctrl+C', 'key.quit'],
];

/**
 * A footer item: the key, the catalog's word for what it does, and its priority (1 first): narrow
 * screens drop the rest. The footer shows "s SYN", "Tab side", or in Chinese "Tab 切换".
 */
export type FooterItem = readonly [key: string, label: MessageKey, priority: number];

/** The footer's items in the order shown. */
export const footerItems: readonly FooterItem[] = [
	['Tab', 'footer.side', 2],
	['s', 'footer.syn', 1],
	['a', 'footer.ack', 1],
	['f', 'footer.fin', 1],
	['r', 'footer.rst', 3],
	['d', 'footer.data', 3],
	['l', 'footer.listen', 4],
	['t', 'footer.timer', 3],
	['u', 'footer.undo', 2],
	['n', 'footer.new', 4],
	['m', 'footer.net', 4],
	['o', 'footer.scenarios', 4],
	['h', 'footer.hints', 4],
	['#', 'footer.abs', 4],
	['Esc', 'footer.menu', 1],
	['?', 'footer.help', 1],
	['q', 'footer.quit', 1],
];

/** A lesson plays one move at a time: undo, start again, and the menu for the next lesson. */
export const lessonFooterItems: readonly FooterItem[] = [
	['u', 'footer.back', 2],
	['n', 'footer.again', 3],
];

export const challengeFooterItems: readonly FooterItem[] = [
	['v', 'footer.solution', 2],
	['n', 'footer.again', 3],
];

/** The network's and the scenarios' keys, listed after the glossary in the help. */
export const moreHelpKeys: ReadonlyArray<readonly [string, MessageKey]> = [
	['m', 'key.network'],
	['Enter', 'key.deliver'],
	['x', 'key.drop'],
	['+', 'key.dup'],
	['1-9', 'key.pick'],
	['p', 'key.peer'],
	['o', 'key.scenarios'],
	['Space', 'key.next'],
	['w', 'key.twoWay'],
	['e', 'key.export'],
	['Esc', 'key.menu'],
	['v', 'key.solution'],
];

/** In manual delivery the footer leads with the network's keys. */
export const networkFooterItems: readonly FooterItem[] = [
	['⏎', 'footer.deliver', 1],
	['x', 'footer.drop', 1],
	['+', 'footer.dup', 2],
	['1-9', 'footer.pick', 2],
	['t', 'footer.timer', 1],
	['m', 'footer.instant', 3],
];
