// The table of commands is the one place keys are declared: every key it lists reaches its command
// on every screen it names, the help and the footer show only keys that work, and no message in the
// catalog tells the student to press a key the table does not bind.
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {
	answerKeysLabel,
	type Command,
	commandFor,
	commandNames,
	commandsOn,
	commandTable,
	footerItems,
	helpEntries,
	type KeyName,
	type KeyScreen,
	keyNameOf,
	keyOf,
	keyScreens,
	keySentences,
	moveCommands,
	netCommands,
	screenFooterItems,
} from '../source/commands.js';
import {useKeymap} from '../source/hooks/use-keymap.js';
import {en} from '../source/i18n/en.js';
import {zh} from '../source/i18n/zh.js';
import {actionTypes} from '../source/tcp/machine.js';
import {netActionTypes} from '../source/tcp/network.js';

describe('the command table', () => {
	it('binds every key of every command on every screen it names, to that command', () => {
		const wrong: string[] = [];
		for (const command of commandNames) {
			const {keys, screens} = commandTable[command];
			if (keys.length === 0) wrong.push(`${command}: no key`);
			for (const screen of screens) {
				for (const key of keys) {
					const found = commandFor(screen, key);
					if (found !== command) wrong.push(`${key} on ${screen} is ${found}, not ${command}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('has a command for every move a side or the network can make', () => {
		for (const type of actionTypes) expect(commandTable[moveCommands[type]].keys).not.toEqual([]);
		for (const type of netActionTypes) expect(commandTable[netCommands[type]].keys).not.toEqual([]);
		// Typed as they come from the terminal: Enter is a carriage return, 3 picks the third.
		expect(commandFor('sandbox', keyNameOf('\r'))).toBe('deliver');
		expect(commandFor('sandbox', keyNameOf('3'))).toBe('pick');
		expect(commandFor('sandbox', keyNameOf(' '))).toBe('next');
		// Caps Lock: S is s.
		expect(commandFor('sandbox', 'S')).toBe('send-syn');
	});

	it('lists in the help every key the sandbox reads, and only those', () => {
		const listed = (['keys', 'more'] as const)
			.flatMap((section) => helpEntries(section))
			.map(({keys}) => keys)
			.join(' ');
		const missing = commandNames.filter(
			(command) =>
				commandTable[command].screens.includes('sandbox') &&
				!commandTable[command].keys.every((key) => listed.includes(key)),
		);
		expect(missing).toEqual([]);
	});

	it('offers in the footer only keys that make the command it names', () => {
		const contexts = (['instant', 'manual'] as const).flatMap((network) =>
			([null, 'lesson', 'challenge', 'scenario'] as const).map((guide) => ({
				network,
				guide,
				next: true,
				valid: new Set<Command>(),
			})),
		);
		const wrong = contexts.flatMap((context) =>
			footerItems(context).flatMap(({command, key}) => {
				const bound = commandFor('sandbox', key === '⏎' ? 'Enter' : key);
				return bound === command ? [] : [`${key} is ${bound}, the footer says ${command}`];
			}),
		);
		expect(wrong).toEqual([]);
	});

	it('is what the messages name: "Press X" in the catalog is a key the table binds', () => {
		const bound = new Set(
			commandNames.flatMap((command) => [...commandTable[command].keys, keyOf(command)]),
		);
		const unbound = Object.entries(en).flatMap(([id, text]) =>
			[...text.matchAll(/\bPress ([^\s{},.]+)/g)].flatMap(([, key]) =>
				key && !bound.has(key) ? [`${id}: ${key}`] : [],
			),
		);
		// The check reads real sentences: the welcome names s, the reset question y.
		expect(en['ui.welcome']).toMatch(/Press s\b/);
		expect(unbound).toEqual([]);
	});
});

/** What a terminal sends for each key the table names; a printable key sends itself. */
const sent: Readonly<Record<string, string>> = {
	Tab: '\t',
	'←': '\u001B[D',
	'→': '\u001B[C',
	'↑': '\u001B[A',
	'↓': '\u001B[B',
	PgUp: '\u001B[5~',
	PgDn: '\u001B[6~',
	Home: '\u001B[H',
	End: '\u001B[F',
	// Most terminals send DEL for Backspace; the Delete key sends ESC [ 3 ~.
	Backspace: '\u007F',
	Esc: '\u001B',
	Enter: '\r',
	Space: ' ',
	'Ctrl+C': '\u0003',
	'1-9': '7',
};

const tick = () =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, 0);
	});

/** A screen that reads its keys as every screen does, and writes down what each key was. */
function Probe({screen, seen}: {readonly screen: KeyScreen; readonly seen: string[]}) {
	useKeymap(screen, {
		onCommand: (command) => seen.push(command),
		onOther: (key) => seen.push(`other ${JSON.stringify(key)}`),
	});
	return createElement(Text, null, screen);
}

/** What each key does on `screen`, typed one at a time into a real Ink input. */
async function typedOn(screen: KeyScreen, keys: readonly string[]): Promise<string[]> {
	const seen: string[] = [];
	const app = render(createElement(Probe, {screen, seen}));
	await tick();
	const found: string[] = [];
	for (const key of keys) {
		const before = seen.length;
		app.stdin.write(key);
		// Ink holds a lone Esc until the next turn of the event loop: it may start a sequence.
		await tick();
		await tick();
		found.push(seen.slice(before).join(', ') || 'nothing');
	}
	app.unmount();
	return found;
}

/**
 * The keys a catalog sentence names: the named keys anywhere, and a lone character that leads a
 * footer item ("q quit") or stands alone ("u goes back"). '{keys}' is the quiz's answer letters.
 */
function keysNamed(sentence: string): KeyName[] {
	const names: Readonly<Record<string, KeyName>> = {
		'⏎': 'Enter',
		Enter: 'Enter',
		Esc: 'Esc',
		Space: 'Space',
		空格: 'Space',
		Tab: 'Tab',
		'↑': '↑',
		'↓': '↓',
		'←': '←',
		'→': '→',
		PgUp: 'PgUp',
		PgDn: 'PgDn',
	};
	const text = sentence.replace('{keys}', answerKeysLabel(4));
	return text.split(/[\s/（）()，,。.]+/).flatMap((token): KeyName[] => {
		const named = names[token];
		if (named) return [named];
		if (/^[A-Z]-[A-Z]$/.test(token)) return [token.slice(0, 1), token.slice(2)];
		return /^[\x21-\x7E]$/.test(token) ? [token] : [];
	});
}

describe('the screens that read the table', () => {
	it('has a key map for every screen, and a command for every key of it', () => {
		for (const screen of keyScreens) {
			expect(commandsOn(screen), screen).not.toEqual([]);
		}
	});

	it('reaches each command by the keys a terminal sends, on every screen', async () => {
		const wrong: string[] = [];
		for (const screen of keyScreens) {
			const pairs = commandsOn(screen).flatMap((command) =>
				commandTable[command].keys.map((key) => ({command, key})),
			);
			const found = await typedOn(
				screen,
				pairs.map(({key}) => sent[key] ?? key),
			);
			pairs.forEach(({command, key}, index) => {
				if (found[index] !== command)
					wrong.push(`${key} on ${screen}: ${found[index]}, not ${command}`);
			});
		}
		expect(wrong).toEqual([]);
	});

	it('lets the name entry take printable keys as text: none of them is a command there', async () => {
		const text = [...'qQaz19 #?-é王'];
		expect(text.filter((key) => commandFor('name-entry', keyNameOf(key)) !== undefined)).toEqual(
			[],
		);
		expect(await typedOn('name-entry', [...text, '\u007F', '\r', '\u001B'])).toEqual([
			...text.map((key) => `other ${JSON.stringify(key)}`),
			'erase',
			'accept',
			'close',
		]);
	});

	it('answers the quiz by letter in either case, by number, and by Enter', async () => {
		expect(await typedOn('quiz', ['a', 'D', '3', '\r', 'j', 'k', 'e', ' '])).toEqual([
			'answer-letter',
			'answer-letter',
			'answer-number',
			'answer',
			'highlight-down',
			'highlight-up',
			'other "e"',
			'other " "',
		]);
		// After an answer Enter and Space go on; in the summary Enter goes back to the menu.
		expect(commandFor('quiz-answered', 'Space')).toBe('next-question');
		expect(commandFor('quiz-summary', 'Enter')).toBe('leave-summary');
		expect(commandFor('quiz-summary', '↑')).toBe('scroll-up');
	});

	it("keeps the replay's keys: Space → Enter on, u ← Backspace back, g G Home End, l Esc", () => {
		const replay = (keys: readonly KeyName[]) => keys.map((key) => commandFor('replay', key));
		expect(replay(['Space', '→', 'Enter'])).toEqual(Array(3).fill('step-next'));
		expect(replay(['u', '←', 'Backspace'])).toEqual(Array(3).fill('step-back'));
		expect(replay(['g', 'Home', 'G', 'End'])).toEqual([
			'step-first',
			'step-first',
			'step-last',
			'step-last',
		]);
		expect(replay(['l', 'Esc', '#', 'q', '↑', 'PgDn'])).toEqual([
			'connections',
			'connections',
			'numbers',
			'quit',
			'scroll-up',
			'page-down',
		]);
		// Ctrl+C is the app's on every screen; the menus add q to the list's keys.
		expect(commandFor('replay', 'Ctrl+C')).toBeUndefined();
		expect(commandFor('menu', 'q')).toBe('quit');
		expect(commandFor('list', 'q')).toBeUndefined();
	});

	it("offers in the replay's footer only keys that make the command it names", () => {
		const items = screenFooterItems('replay');
		expect(items.map(({key}) => key)).toEqual(['Space/→', 'u/←', 'g', 'G', '#', 'Esc', 'q']);
		const wrong = items.flatMap(({command, key}) =>
			key.split('/').flatMap((each) => {
				const bound = commandFor('replay', each === '⏎' ? 'Enter' : each);
				return bound === command ? [] : [`${each} is ${bound}, the footer says ${command}`];
			}),
		);
		expect(wrong).toEqual([]);
		// Without a list to go back to, the footer does not offer it.
		expect(
			screenFooterItems('replay', new Set(['connections'])).map(({command}) => command),
		).not.toContain('connections');
	});

	it("names in each screen's sentences (quiz, name entry, replay) only keys bound there", () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const [screen, ids] of Object.entries(keySentences) as Array<
			[KeyScreen, readonly (keyof typeof en)[]]
		>) {
			for (const id of ids) {
				for (const [language, catalog] of [
					['en', en],
					['zh', zh],
				] as const) {
					const sentence = catalog[id];
					if (sentence === undefined) continue;
					const named = keysNamed(sentence);
					if (named.length === 0) wrong.push(`${language} ${id} names no key`);
					for (const key of named) {
						checked++;
						if (!commandFor(screen, key))
							wrong.push(`${language} ${id}: ${key} is not bound on ${screen}`);
					}
				}
			}
		}
		expect(keysNamed(en['mode.quizKeys'])).toEqual(['A', 'D', '↑', '↓', 'Enter', 'Esc', 'q']);
		expect(checked).toBeGreaterThan(20);
		expect(wrong).toEqual([]);
	});
});
