// The one table of commands. Each command is declared once: its keys, its help line, its footer
// label and priority, and the screens it works on. The key map (use-keymap.ts), the help, the
// footer, the panes' "valid now" and every lesson's "Press X" are derived from it, so none of them
// can name a key that does nothing. The quiz and the name entry word their footers as sentences of
// the catalog (keySentences), which the tests hold to the keys bound here.
import type {MessageKey} from './i18n/index.js';
import type {ActionType} from './tcp/action.js';
import type {NetActionType} from './tcp/network.js';

/** Where keys are read; each screen asks useKeymap for its own commands. */
export type KeyScreen =
	/** Everywhere, below every screen: only Ctrl+C, which the App (and ReplayApp) alone handles. */
	| 'app'
	| 'sandbox'
	/** The sandbox's overlays. */
	| 'help'
	| 'confirm-reset'
	/** A list to pick from (scenarios, export formats): ink-select-input reads ↑/↓ and Enter. */
	| 'list'
	/** A list that q quits from, on top of the list's keys: the mode menu, the replay's connections. */
	| 'menu'
	/** Typing a student's name: printable keys are text, not commands. */
	| 'name-entry'
	/** The quiz asking a question: the options' letters and numbers answer, as does Enter. */
	| 'quiz'
	/** The quiz after an answer: right or wrong, and why. */
	| 'quiz-answered'
	| 'quiz-summary'
	/** A captured connection played one segment at a time (`tcp-tui replay`). */
	| 'replay';

/** Every screen, once: the compiler checks that none is left out. */
const everyScreen = {
	app: true,
	sandbox: true,
	help: true,
	'confirm-reset': true,
	list: true,
	menu: true,
	'name-entry': true,
	quiz: true,
	'quiz-answered': true,
	'quiz-summary': true,
	replay: true,
} as const satisfies Record<KeyScreen, true>;

export const keyScreens = Object.keys(everyScreen) as readonly KeyScreen[];

/**
 * A key by the name the screen shows: a printable character ('s', '#', '?'), or one of the named
 * keys below. '1-9' stands for any digit from 1 to 9.
 */
export type KeyName =
	| 'Tab'
	| '←'
	| '→'
	| '↑'
	| '↓'
	| 'PgUp'
	| 'PgDn'
	| 'Home'
	| 'End'
	/** Backspace or Delete: most terminals send DEL for Backspace, which Ink reads as delete. */
	| 'Backspace'
	| 'Esc'
	| 'Enter'
	| 'Space'
	| 'Ctrl+C'
	| '1-9'
	| (string & {});

export type Priority = 1 | 2 | 3 | 4;

/** What the footer needs to know to choose its items. */
export type FooterContext = {
	readonly network: 'instant' | 'manual';
	/** A lesson, a challenge or a scenario on the screen, or null for the free sandbox. */
	readonly guide: 'lesson' | 'challenge' | 'scenario' | null;
	/** Space has something to do: a scenario's next step, or the next lesson. */
	readonly next: boolean;
	/**
	 * The commands that get the student on now: a lesson's step, or else the moves valid now for
	 * the side the keys act on, and the network's.
	 */
	readonly valid: ReadonlySet<Command>;
};

export type FooterSpec = {
	readonly label: MessageKey;
	/** 1 first: narrow screens drop the rest. A move that is valid now counts as `valid`. */
	readonly priority: Priority;
	/** The priority while the move is valid now: 1 unless said otherwise. */
	readonly valid?: Priority;
	/** Shown only when this holds; always when absent. */
	readonly when?: (context: FooterContext) => boolean;
	/** Leads the footer, in this order, ahead of the items in table order. */
	readonly lead?: number;
	/** Kept even when nothing else fits (menu, help, quit), last, in this order. */
	readonly keep?: number;
	/** How many of the command's keys the footer names, joined by '/' ('Space/→'): 1 if absent. */
	readonly shows?: number;
	/** The screens it is the footer item on; every screen the command is on if absent. */
	readonly screens?: readonly KeyScreen[];
};

export type HelpSection = 'keys' | 'more';

export type HelpSpec =
	| {readonly text: MessageKey; readonly section: HelpSection}
	/** On the same help line as another command: its keys are listed there. */
	| {readonly with: Command};

export type CommandSpec = {
	readonly keys: readonly KeyName[];
	readonly screens: readonly KeyScreen[];
	readonly help?: HelpSpec;
	/** In its context order; the first whose `when` holds is the footer item. */
	readonly footer?: readonly FooterSpec[];
};

const guided = (context: FooterContext) =>
	context.guide === 'lesson' || context.guide === 'challenge';
const manual = (context: FooterContext) => context.network === 'manual';
const sandboxScreens = ['sandbox'] as const satisfies readonly KeyScreen[];
/** The diagram scrolls on the sandbox and the replay, and the help over the sandbox. */
const scrollScreens = ['sandbox', 'help', 'replay'] as const satisfies readonly KeyScreen[];
/** ↑/↓ scroll the quiz's summary too, a line at a time. */
const lineScreens = [...scrollScreens, 'quiz-summary'] as const satisfies readonly KeyScreen[];
const quizScreens = [
	'quiz',
	'quiz-answered',
	'quiz-summary',
] as const satisfies readonly KeyScreen[];
/** q quits from the sandbox and its overlays, the menus, the quiz and the replay. */
const quitScreens = [
	'sandbox',
	'help',
	'confirm-reset',
	'menu',
	...quizScreens,
	'replay',
] as const satisfies readonly KeyScreen[];

/** Every command, in the order of the help and of the footer. */
export const commandNames = [
	'switch-side',
	'send-syn',
	'send-ack',
	'send-fin',
	'send-rst',
	'send-data',
	'listen',
	'timeout',
	'undo',
	'reset',
	'hints',
	'linux-notes',
	'numbers',
	'scroll-up',
	'scroll-down',
	'page-up',
	'page-down',
	'help',
	'quit',
	'interrupt',
	'network',
	'deliver',
	'drop',
	'duplicate',
	'pick',
	'peer',
	'scenarios',
	'next',
	'two-way',
	'solution',
	'export',
	'menu',
	'confirm',
	'close',
	'accept',
	'erase',
	'answer-letter',
	'answer-number',
	'highlight-up',
	'highlight-down',
	'answer',
	'next-question',
	'leave-summary',
	'step-next',
	'step-back',
	'step-first',
	'step-last',
	'connections',
] as const;

export type Command = (typeof commandNames)[number];

/** The table: the compiler checks that every command is declared, and nothing else. */
export const commands = {
	'switch-side': {
		keys: ['Tab', '←', '→'],
		screens: sandboxScreens,
		help: {text: 'key.switch', section: 'keys'},
		footer: [{label: 'footer.side', priority: 2}],
	},
	'send-syn': {
		keys: ['s'],
		screens: sandboxScreens,
		help: {text: 'key.syn', section: 'keys'},
		footer: [{label: 'footer.syn', priority: 1}],
	},
	'send-ack': {
		keys: ['a'],
		screens: sandboxScreens,
		help: {text: 'key.ack', section: 'keys'},
		footer: [{label: 'footer.ack', priority: 1}],
	},
	'send-fin': {
		keys: ['f'],
		screens: sandboxScreens,
		help: {text: 'key.fin', section: 'keys'},
		footer: [{label: 'footer.fin', priority: 1}],
	},
	'send-rst': {
		keys: ['r'],
		screens: sandboxScreens,
		help: {text: 'key.rst', section: 'keys'},
		// Abort is valid nearly everywhere, and never the move that gets the student on.
		footer: [{label: 'footer.rst', priority: 3, valid: 2}],
	},
	'send-data': {
		keys: ['d'],
		screens: sandboxScreens,
		help: {text: 'key.data', section: 'keys'},
		footer: [{label: 'footer.data', priority: 3}],
	},
	listen: {
		keys: ['l'],
		screens: sandboxScreens,
		help: {text: 'key.listen', section: 'keys'},
		footer: [{label: 'footer.listen', priority: 4}],
	},
	timeout: {
		keys: ['t'],
		screens: sandboxScreens,
		help: {text: 'key.timeout', section: 'keys'},
		footer: [{label: 'footer.timer', priority: 3}],
	},
	undo: {
		keys: ['u'],
		screens: sandboxScreens,
		help: {text: 'key.undo', section: 'keys'},
		footer: [
			{label: 'footer.back', priority: 2, lead: 2, when: (context) => context.guide === 'lesson'},
			{label: 'footer.undo', priority: 2, when: (context) => !guided(context)},
		],
	},
	reset: {
		keys: ['n'],
		screens: sandboxScreens,
		help: {text: 'key.reset', section: 'keys'},
		footer: [
			{label: 'footer.again', priority: 3, lead: 3, when: guided},
			{label: 'footer.new', priority: 4},
		],
	},
	hints: {
		keys: ['h'],
		screens: sandboxScreens,
		help: {text: 'key.hints', section: 'keys'},
		footer: [{label: 'footer.hints', priority: 4, when: (context) => !manual(context)}],
	},
	'linux-notes': {
		keys: ['i'],
		screens: sandboxScreens,
		help: {text: 'key.linuxNotes', section: 'keys'},
	},
	numbers: {
		keys: ['#'],
		screens: ['sandbox', 'replay'],
		help: {text: 'key.numbers', section: 'keys'},
		footer: [
			{
				label: 'footer.abs',
				priority: 4,
				when: (context) => !manual(context),
				screens: sandboxScreens,
			},
			{label: 'footer.abs', priority: 3, lead: 5, screens: ['replay']},
		],
	},
	'scroll-up': {
		keys: ['↑'],
		screens: lineScreens,
		help: {text: 'key.scroll', section: 'keys'},
	},
	'scroll-down': {keys: ['↓'], screens: lineScreens, help: {with: 'scroll-up'}},
	'page-up': {keys: ['PgUp'], screens: scrollScreens, help: {with: 'scroll-up'}},
	'page-down': {keys: ['PgDn'], screens: scrollScreens, help: {with: 'scroll-up'}},
	help: {
		// In the help, ? closes it again.
		keys: ['?'],
		screens: ['sandbox', 'help'],
		help: {text: 'key.help', section: 'keys'},
		footer: [{label: 'footer.help', priority: 1, keep: 2}],
	},
	quit: {
		keys: ['q'],
		screens: quitScreens,
		help: {text: 'key.quit', section: 'keys'},
		footer: [{label: 'footer.quit', priority: 1, keep: 3}],
	},
	interrupt: {keys: ['Ctrl+C'], screens: ['app'], help: {with: 'quit'}},
	network: {
		keys: ['m'],
		screens: sandboxScreens,
		help: {text: 'key.network', section: 'more'},
		footer: [
			// A lesson or challenge fixes the network: m does nothing there.
			{label: 'footer.instant', priority: 3, lead: 14, when: (c) => manual(c) && !guided(c)},
			{label: 'footer.net', priority: 4, when: (context) => !guided(context)},
		],
	},
	deliver: {
		keys: ['Enter'],
		screens: sandboxScreens,
		help: {text: 'key.deliver', section: 'more'},
		footer: [{label: 'footer.deliver', priority: 1, lead: 10, when: manual}],
	},
	drop: {
		keys: ['x'],
		screens: sandboxScreens,
		help: {text: 'key.drop', section: 'more'},
		footer: [{label: 'footer.drop', priority: 1, lead: 11, when: manual}],
	},
	duplicate: {
		keys: ['+'],
		screens: sandboxScreens,
		help: {text: 'key.dup', section: 'more'},
		footer: [{label: 'footer.dup', priority: 2, lead: 12, when: manual}],
	},
	pick: {
		keys: ['1-9'],
		screens: sandboxScreens,
		help: {text: 'key.pick', section: 'more'},
		footer: [{label: 'footer.pick', priority: 2, lead: 13, when: manual}],
	},
	peer: {keys: ['p'], screens: sandboxScreens, help: {text: 'key.peer', section: 'more'}},
	scenarios: {
		keys: ['o'],
		screens: sandboxScreens,
		help: {text: 'key.scenarios', section: 'more'},
		footer: [{label: 'footer.scenarios', priority: 4, when: (c) => !manual(c) && !guided(c)}],
	},
	next: {
		keys: ['Space'],
		screens: sandboxScreens,
		help: {text: 'key.next', section: 'more'},
		footer: [{label: 'footer.next', priority: 1, lead: 1, when: (context) => context.next}],
	},
	'two-way': {keys: ['w'], screens: sandboxScreens, help: {text: 'key.twoWay', section: 'more'}},
	solution: {
		keys: ['v'],
		screens: sandboxScreens,
		help: {text: 'key.solution', section: 'more'},
		footer: [
			{label: 'footer.solution', priority: 2, lead: 2, when: (c) => c.guide === 'challenge'},
		],
	},
	export: {keys: ['e'], screens: sandboxScreens, help: {text: 'key.export', section: 'more'}},
	menu: {
		keys: ['Esc'],
		// The quiz's footer is a sentence of the catalog (footerSentences), which names Esc.
		screens: ['sandbox', ...quizScreens],
		help: {text: 'key.menu', section: 'more'},
		footer: [{label: 'footer.menu', priority: 1, keep: 1}],
	},
	/** y, while starting over waits to be confirmed; any other key keeps going. */
	confirm: {keys: ['y'], screens: ['confirm-reset']},
	close: {keys: ['Esc'], screens: ['help', 'list', 'name-entry']},
	/** The name typed is the student's. */
	accept: {keys: ['Enter'], screens: ['name-entry']},
	/** Removes the last character typed. */
	erase: {keys: ['Backspace'], screens: ['name-entry']},
	/** The options' letters, as the screen labels them A, B, C, D (a or A). */
	'answer-letter': {keys: ['a', 'b', 'c', 'd'], screens: ['quiz']},
	/** The options' numbers: 1 answers A. */
	'answer-number': {keys: ['1-9'], screens: ['quiz']},
	/** Moves the marked option; past the first, to the last (k and j as in vi). */
	'highlight-up': {keys: ['↑', 'k'], screens: ['quiz']},
	'highlight-down': {keys: ['↓', 'j'], screens: ['quiz']},
	/** Answers with the marked option. */
	answer: {keys: ['Enter'], screens: ['quiz']},
	/** The next question, or the summary after the last. */
	'next-question': {keys: ['Enter', 'Space'], screens: ['quiz-answered']},
	/** Back to the menu from the summary, as Esc. */
	'leave-summary': {keys: ['Enter'], screens: ['quiz-summary']},
	// The replay's footer, in this order: next, back, first, last, numbers, connections, quit.
	'step-next': {
		keys: ['Space', '→', 'Enter'],
		screens: ['replay'],
		footer: [{label: 'replay.footer.next', priority: 1, lead: 1, keep: 1, shows: 2}],
	},
	'step-back': {
		keys: ['u', '←', 'Backspace'],
		screens: ['replay'],
		footer: [{label: 'replay.footer.back', priority: 1, lead: 2, keep: 2, shows: 2}],
	},
	'step-first': {
		keys: ['g', 'Home'],
		screens: ['replay'],
		footer: [{label: 'replay.footer.first', priority: 3, lead: 3}],
	},
	'step-last': {
		keys: ['G', 'End'],
		screens: ['replay'],
		footer: [{label: 'replay.footer.last', priority: 2, lead: 4}],
	},
	/** Back to the list of the capture's connections, when there is one. */
	connections: {
		keys: ['Esc', 'l'],
		screens: ['replay'],
		footer: [{label: 'replay.footer.list', priority: 2, lead: 6}],
	},
} as const satisfies Record<Command, CommandSpec>;

/** The table, typed for reading: every command with the fields it may have. */
export const commandTable: Readonly<Record<Command, CommandSpec>> = commands;

/** The command each of the student's calls and the timer is made with. */
export const moveCommands = {
	syn: 'send-syn',
	ack: 'send-ack',
	fin: 'send-fin',
	rst: 'send-rst',
	data: 'send-data',
	listen: 'listen',
	timeout: 'timeout',
} as const satisfies Record<ActionType, Command>;

/** The command for each thing the network can do to a segment in flight. */
export const netCommands = {
	deliver: 'deliver',
	drop: 'drop',
	dup: 'duplicate',
} as const satisfies Record<NetActionType, Command>;

const actionByCommand = new Map<Command, ActionType>(
	(Object.entries(moveCommands) as Array<[ActionType, Command]>).map(([action, command]) => [
		command,
		action,
	]),
);
const netByCommand = new Map<Command, NetActionType>(
	(Object.entries(netCommands) as Array<[NetActionType, Command]>).map(([action, command]) => [
		command,
		action,
	]),
);

/** The call a move command makes, or undefined for any other command. */
export function actionOfCommand(command: Command): ActionType | undefined {
	return actionByCommand.get(command);
}

export function netActionOfCommand(command: Command): NetActionType | undefined {
	return netByCommand.get(command);
}

/** A page of scrolling: what PgUp and PgDn move the diagram and the help by. */
export const page = 8;

/** How far each scrolling command moves, towards older lines (up) or newer ones (down). */
export const scrollBy: Readonly<Partial<Record<Command, number>>> = {
	'scroll-up': 1,
	'scroll-down': -1,
	'page-up': page,
	'page-down': -page,
};

/** The key that makes a command, as running text names it: 's', 'Enter', 'Space', 'Tab'. */
export function keyOf(command: Command): KeyName {
	const [first] = commandTable[command].keys;
	if (first === undefined) throw new Error(`${command} has no key`);
	return first;
}

/** A command's key as the footer writes it: short, ⏎ for Enter; 'Space/→' for two of its keys. */
export function footerKeyOf(command: Command, shows = 1): string {
	return commandTable[command].keys
		.slice(0, Math.max(1, shows))
		.map((key) => (key === 'Enter' ? '⏎' : key))
		.join('/');
}

/** Pairs of keys the help writes with a slash between them: ↑/↓, ←/→, PgUp/PgDn. */
const pairs: ReadonlySet<string> = new Set(['←→', '↑↓', 'PgUpPgDn']);

/** Keys as the help lists them: 'Tab ←/→', '↑/↓ PgUp/PgDn', 'q Ctrl+C'. */
export function keysLabel(keys: readonly KeyName[]): string {
	let text = '';
	keys.forEach((key, index) => {
		const before = keys[index - 1];
		if (index === 0) text = key;
		else text += `${before !== undefined && pairs.has(`${before}${key}`) ? '/' : ' '}${key}`;
	});
	return text;
}

/** The help's lines for a section: the keys (of every command on the line) and the description. */
export function helpEntries(section: HelpSection): Array<{keys: string; text: MessageKey}> {
	return commandNames.flatMap((command) => {
		const help = commandTable[command].help;
		if (!help || !('text' in help) || help.section !== section) return [];
		const joined = commandNames.filter((other) => {
			const spec = commandTable[other].help;
			return spec !== undefined && 'with' in spec && spec.with === command;
		});
		const keys = [command, ...joined].flatMap((each) => commandTable[each].keys);
		return [{keys: keysLabel(keys), text: help.text}];
	});
}

/** A character of typed text as the table names it. */
export function keyNameOf(character: string): KeyName {
	if (character === '\t') return 'Tab';
	if (character === '\r') return 'Enter';
	if (character === ' ') return 'Space';
	if (/^[1-9]$/.test(character)) return '1-9';
	return character;
}

/**
 * The command a key makes on a screen: the key as typed, else its lower case (Caps Lock: S is s).
 * Undefined when the key does nothing there.
 */
export function commandFor(screen: KeyScreen, key: KeyName): Command | undefined {
	const map = keymaps.get(screen);
	return map?.get(key) ?? map?.get(key.toLowerCase());
}

/** Two commands on one screen with the same key would make one of them dead: said at load time. */
function keymapOf(screen: KeyScreen): Map<KeyName, Command> {
	const map = new Map<KeyName, Command>();
	for (const command of commandNames) {
		const spec = commandTable[command];
		if (!spec.screens.includes(screen)) continue;
		for (const key of spec.keys) {
			const taken = map.get(key);
			if (taken) throw new Error(`${key} is both ${taken} and ${command} on ${screen}`);
			map.set(key, command);
		}
	}
	return map;
}

const keymaps = new Map(keyScreens.map((screen) => [screen, keymapOf(screen)]));

/** The commands a screen reads, in table order. */
export function commandsOn(screen: KeyScreen): Command[] {
	return commandNames.filter((command) => commandTable[command].screens.includes(screen));
}

/** A footer item: the key as shown, its label, and how much it matters here. */
export type FooterItem = {
	readonly command: Command;
	readonly key: string;
	readonly label: MessageKey;
	readonly priority: Priority;
	readonly keep: boolean;
};

/** A command's footer spec on a screen: the first for that screen whose condition holds. */
function footerSpecOf(
	command: Command,
	screen: KeyScreen,
	context: FooterContext | null,
): FooterSpec | undefined {
	const {footer, screens} = commandTable[command];
	return footer?.find(
		(each) =>
			(each.screens ?? screens).includes(screen) &&
			(each.when === undefined || (context !== null && each.when(context))),
	);
}

type Placed = {readonly item: FooterItem; readonly lead?: number; readonly keep?: number};

/** The leading items by `lead`, then the rest in the table's order, then the kept ones by `keep`. */
function inFooterOrder(items: readonly Placed[]): FooterItem[] {
	const leading = items
		.filter(({lead}) => lead !== undefined)
		.sort((a, b) => (a.lead ?? 0) - (b.lead ?? 0));
	const rest = items.filter(({lead, keep}) => lead === undefined && keep === undefined);
	const kept = items
		.filter(({lead, keep}) => lead === undefined && keep !== undefined)
		.sort((a, b) => (a.keep ?? 0) - (b.keep ?? 0));
	return [...leading, ...rest, ...kept].map(({item}) => item);
}

function placed(command: Command, spec: FooterSpec, priority: Priority): Placed {
	const item: FooterItem = {
		command,
		key: footerKeyOf(command, spec.shows),
		label: spec.label,
		priority,
		keep: spec.keep !== undefined,
	};
	return {item, lead: spec.lead, keep: spec.keep};
}

/**
 * The sandbox's footer items in the order shown: the context's leading items, then the rest in the
 * table's order, with menu, help and quit last. A move valid now (a side's or the network's) counts
 * as priority 1, so that the key that gets the student on is never the one a narrow footer leaves
 * out; a move that is not valid now is left for wide screens.
 */
export function footerItems(context: FooterContext): FooterItem[] {
	const items = commandsOn('sandbox').flatMap((command) => {
		const spec = footerSpecOf(command, 'sandbox', context);
		if (!spec) return [];
		const move =
			actionOfCommand(command) !== undefined || netActionOfCommand(command) !== undefined;
		const priority: Priority = context.valid.has(command)
			? (spec.valid ?? 1)
			: move
				? 4
				: spec.priority;
		return [placed(command, spec, priority)];
	});
	return inFooterOrder(items);
}

/**
 * The footer items of a screen other than the sandbox (the replay), in the order shown. `hidden`
 * are the commands that have nothing to do there now: the replay's list when there is none.
 */
export function screenFooterItems(
	screen: Exclude<KeyScreen, 'sandbox'>,
	hidden: ReadonlySet<Command> = new Set(),
): FooterItem[] {
	const items = commandsOn(screen).flatMap((command) => {
		const spec = hidden.has(command) ? undefined : footerSpecOf(command, screen, null);
		return spec ? [placed(command, spec, spec.priority)] : [];
	});
	return inFooterOrder(items);
}

/**
 * Screens whose footer is one sentence of the catalog rather than items, so that each language can
 * word it: the quiz's and the name entry's. Each names only keys its screen binds, and the replay's
 * first words name its keys too (test/commands.test.ts reads every language).
 */
export const keySentences = {
	quiz: ['mode.quizKeys'],
	'quiz-answered': ['mode.quizNextKeys', 'mode.quizLastKeys'],
	'quiz-summary': ['mode.quizSummaryKeys'],
	'name-entry': ['progress.name.keys'],
	replay: ['replay.introKeys'],
} as const satisfies Partial<Record<KeyScreen, readonly MessageKey[]>>;

/** The quiz's answer letters for `count` options, as the screen labels them: A, B, C, D. */
export function answerLetters(count: number): string[] {
	return commandTable['answer-letter'].keys.slice(0, count).map((key) => key.toUpperCase());
}

/** The letters that answer, as the quiz's footer names them: 'A-D', 'A-C'. */
export function answerKeysLabel(count: number): string {
	const letters = answerLetters(count);
	return letters.length > 1 ? `${letters[0]}-${letters.at(-1)}` : (letters[0] ?? '');
}
