// Every lesson step in a real terminal (tmux, CI unset) at 80x24, 60x20 and 40x12, in English and
// in Chinese: the step's teaching sentence is on screen whole after its key (issue 12: "the
// sentence that teaches the step (the numbers, the transition) is never cut").
//
// For each lesson, size and language the built CLI runs in a session of its own (one private tmux
// server for the file). Each step is played as a student would: the prompt is read off the status
// ("Press s (SYN) on the client."), turning the status's pages with the key its "more" row names
// (PgDn) while the prompt is not on the page shown; the key(s) it names are pressed (Tab first when
// it says so); once the screen has settled, the status rows of that screen, the first one the
// student sees after the key, are read, and where the status is longer than its rows (at 40x12),
// its pages too, turned with the key its "more" row names: the sentence must be whole on one.
//
// The expected sentence comes from the engine, never written by hand: the same moves are played
// with the lesson guide (which plays them with the engine's `play`), and the step's explanation is
// `explain('en', verdict, {linux: false})`, as the lesson's status shows it. Its teaching sentence is,
// with the explanation cut into sentences (after `.`, `!` or `?` and a space in English; after
// `。`, `！` or `？` in Chinese):
//   1. the first sentence that carries a number in arithmetic: `=` or `+` then a digit
//      ("ISN = 2847561023", "ack = 2847561023 + 1", "seq = 1193046012"); else
//   2. the first sentence that names a state transition (`→`: "SYN_SENT → CLOSED."); else
//   3. the explanation's first sentence (a dropped segment: "The network lost the server's
//      segment.").
// The status rows are the rows above the footer, up to the ladder (a row with a lifeline `│`) or
// a blank row, each trimmed of its indent; the "more" row is one of them. They must hold the
// sentence whole, wrapped only as the app wraps: joined with a space in English; joined with
// nothing in Chinese, where a line may break between any two characters, or at a space, which the
// break then replaces. A cut (an ellipsis, a page break, the "more" row) inside it fails.
//
// The ISNs are 10-digit ones, as most random ISNs are, so that the numbers are as long as a
// student sees them. Needs `npm run build` first (npm test does it) and tmux (CI installs it).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {keyOf as commandKey, moveCommands, netCommands} from '../../source/commands.js';
import {type Language, t} from '../../source/i18n/index.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {beginLesson, type LessonGuide, lessonGuide} from '../../source/learn/lesson-guide.js';
import {lessons} from '../../source/learn/lessons.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {explain} from '../../source/tcp/explain.js';
import type {Session} from '../../source/tcp/session.js';
import type {Side} from '../../source/tcp/states.js';
import {appCommand, TmuxServer, tmuxTests} from '../helpers/tmux.js';

const {skipReason, requireSetup} = tmuxTests('test/e2e/lessons.tmux.test.ts');

const sizes = [
	{columns: 80, rows: 24},
	{columns: 60, rows: 20},
	{columns: 40, rows: 12},
] as const;
const languages: readonly Language[] = ['en', 'zh'];
const isns = {isnClient: 2_847_561_023, isnServer: 1_193_046_011};

/** One step of a lesson as the engine plays it, in one language. */
type PlannedStep = {
	/** The move in script syntax, for failure messages. */
	readonly move: string;
	/** The keys the prompt must name, as tmux names them: ['Tab', 'f'], ['Enter']. */
	readonly keys: readonly string[];
	/** The teaching sentence of the step's explanation (see the rule at the top). */
	readonly sentence: string;
	/** The prompt the status ends with once the step is played: the next step's, or the outro's. */
	readonly promptAfter: string;
};

type Plan = {
	readonly firstPrompt: string;
	readonly steps: readonly PlannedStep[];
	/** The prompt forms of this language, to read the keys off the screen. */
	readonly prompts: readonly RegExp[];
	/** The row that says the status has more pages ("▼ more: PgDn (1/2)"), and the key to them. */
	readonly more: RegExp;
};

const sentenceEnd = {en: /(?<=[.!?])\s+/u, zh: /(?<=[。！？])/u} as const;

/** The explanation's sentence that teaches the step, by the rule at the top of the file. */
function teachingSentence(explanation: string, language: Language): string {
	const sentences = explanation
		.split(sentenceEnd[language])
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
	const sentence =
		sentences.find((each) => /[=+] ?\d/u.test(each)) ??
		sentences.find((each) => each.includes('→')) ??
		sentences[0];
	if (sentence === undefined) throw new Error(`no sentence in '${explanation}'`);
	return sentence;
}

const escaped = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A catalog message as a pattern: its words as written (a space may be missing, where a Chinese
 * line broke), each placeholder as `part(name)` says.
 */
function messagePattern(
	language: Language,
	key: 'mode.press' | 'mode.pressSwitch' | 'mode.pressNet' | 'ui.moreBelow',
	part: (name: string) => string,
): string {
	const mark = (name: string) => `\u0001${name}\u0001`;
	const names = ['key', 'side', 'action', 'me', 'page', 'pages'];
	const text = t(language, key, Object.fromEntries(names.map((name) => [name, mark(name)])));
	return text
		.split('\u0001')
		.map((each, index) => (index % 2 === 0 ? escaped(each).replaceAll(' ', ' ?') : part(each)))
		.join('');
}

/**
 * A prompt form ("Press {key} ({action}) on the {me}.") as a pattern that reads the keys out of
 * the end of the status: the groups `side` (the key that switches) and `key`.
 */
function promptPattern(
	language: Language,
	key: 'mode.press' | 'mode.pressSwitch' | 'mode.pressNet',
): RegExp {
	const part = (name: string) =>
		name === 'key' || name === 'side' ? `(?<${name}>\\S+?)` : '[^.。()（）]+?';
	return new RegExp(`${messagePattern(language, key, part)}$`, 'u');
}

/** The status's "more" row, a row of its own: its groups `key` (PgDn or PgUp), `page`, `pages`. */
function morePattern(language: Language): RegExp {
	return new RegExp(
		`^${messagePattern(language, 'ui.moreBelow', (name) => `(?<${name}>\\S+)`)}$`,
		'u',
	);
}

/** tmux's name for a key the command table names. */
function tmuxKey(key: string): string {
	return key === 'Esc' ? 'Escape' : key;
}

/** Play the lesson with the guide and the engine, in `language`. */
function planOf(lesson: Lesson, language: Language): Plan {
	const begun = beginLesson(lesson, isns);
	let session: Session = begun.session;
	let guide: LessonGuide = begun.guide;
	let active: Side = begun.active;
	const promptNow = () => lessonGuide.prompt(language, session, guide, active) ?? '';
	const firstPrompt = promptNow();
	const steps = lesson.steps.map(({move: script}): PlannedStep => {
		const [step] = parseSteps('en', script);
		if (!step) throw new Error(`no move in '${script}'`);
		const {move} = step;
		const keys =
			move.side === 'net'
				? [commandKey(netCommands[move.action.type])]
				: [
						...(move.side === active ? [] : [commandKey('switch-side')]),
						commandKey(moveCommands[move.action.type]),
					];
		const changed = lessonGuide.onMove(session, guide, move);
		if ('refused' in changed) throw new Error(`${lesson.name}: ${script} refused`);
		session = changed.session;
		guide = changed.guide;
		active = changed.active ?? active;
		const verdict = session.steps.at(-1)?.result.verdict;
		if (!verdict?.ok) throw new Error(`${lesson.name}: ${script} rejected by the engine`);
		return {
			move: script,
			keys: keys.map(tmuxKey),
			sentence: teachingSentence(explain(language, verdict, {linux: false}), language),
			promptAfter: promptNow(),
		};
	});
	const prompts = [
		promptPattern(language, 'mode.pressSwitch'),
		promptPattern(language, 'mode.press'),
		promptPattern(language, 'mode.pressNet'),
	];
	return {firstPrompt, steps, prompts, more: morePattern(language)};
}

const plans = new Map(
	lessons.flatMap((lesson) =>
		languages.map((language) => [`${lesson.name}/${language}`, planOf(lesson, language)] as const),
	),
);

/** The status rows: above the footer, up to the ladder or a blank row, each trimmed. */
function statusRows(screen: readonly string[]): string[] {
	const rows = [...screen];
	const dropBlank = () => {
		while (rows.length > 0 && (rows.at(-1) ?? '').trim() === '') rows.pop();
	};
	dropBlank();
	rows.pop(); // the footer
	dropBlank();
	const status: string[] = [];
	for (let row = rows.pop(); row !== undefined; row = rows.pop()) {
		if (row.trim() === '' || row.includes('│')) break;
		status.unshift(row.trim());
	}
	return status;
}

/** The status rows joined as the app wrapped them: a space in English, nothing in Chinese. */
function joinedStatus(screen: readonly string[], language: Language): string {
	return statusRows(screen).join(language === 'en' ? ' ' : '');
}

/**
 * The status rows hold `text` whole, wrapped only where the app wraps: in English at a space (the
 * rows joined with a space), in Chinese between any two characters or at a space, which the line
 * break then takes the place of (the rows joined with nothing, a space of `text` may be missing
 * only where a row ends).
 */
function holds(rows: readonly string[], text: string, language: Language): boolean {
	if (language === 'en') return rows.join(' ').includes(text);
	const pattern = [...text].map((char) => (char === ' ' ? '[ \n]' : escaped(char))).join('\n?');
	return new RegExp(pattern, 'u').test(rows.join('\n'));
}

/** The keys the prompt at the end of the status names, or undefined when none can be read. */
function keysOnScreen(status: string, prompts: readonly RegExp[]): string[] | undefined {
	for (const pattern of prompts) {
		const groups = pattern.exec(status)?.groups;
		if (groups?.['key']) return [...(groups['side'] ? [groups['side']] : []), groups['key']];
	}
	return undefined;
}

const server = new TmuxServer(`tcp-tui-lessons-${process.pid}`);

/** A screen for a failure message, each row between bars so that its ends show. */
const framed = (screen: readonly string[]) => screen.map((row) => `    |${row}|`).join('\n');

/** One language's way of reading a screen's status. */
type Reader = {
	readonly plan: Plan;
	readonly language: Language;
};

/** The status rows without the "more" row: where the prompt is read. */
function promptRows(screen: readonly string[], {plan}: Reader): string[] {
	return statusRows(screen).filter((row) => !plan.more.test(row));
}

/** The prompt rows joined as the app wrapped them: a space in English, nothing in Chinese. */
function promptText(screen: readonly string[], reader: Reader): string {
	return promptRows(screen, reader).join(reader.language === 'en' ? ' ' : '');
}

/** The key the "more" row names for the next page, when the status has one after this. */
function nextPageKey(screen: readonly string[], {plan}: Reader): string | undefined {
	for (const row of statusRows(screen)) {
		const groups = plan.more.exec(row)?.groups;
		if (groups && Number(groups['page']) < Number(groups['pages'])) return groups['key'];
	}
	return undefined;
}

/**
 * The screen once a key has been taken: changed from `before`, settled, and either showing
 * `prompt` whole or saying that the status has more pages (where the prompt may be).
 */
async function settled(
	name: string,
	{before, prompt, what}: {before?: string; prompt: string; what: string},
	reader: Reader,
	timeout = 5000,
): Promise<string[]> {
	return server.waitFor(
		name,
		(screen) =>
			screen.join('\n') !== before &&
			(holds(promptRows(screen, reader), prompt, reader.language) ||
				statusRows(screen).some((row) => reader.plan.more.test(row))),
		{what, timeout},
	);
}

/**
 * The status's pages from this one on, turned with the key its "more" row names (PgDn), until
 * `enough` holds on a page or the last is reached.
 */
async function pagesUntil(
	name: string,
	screen: string[],
	reader: Reader,
	enough: (page: readonly string[]) => boolean,
): Promise<string[][]> {
	const pages = [screen];
	for (let page = screen; !enough(page) && pages.length < 30; ) {
		const key = nextPageKey(page, reader);
		if (key === undefined) break;
		const before = page.join('\n');
		server.sendKeys(name, key);
		page = await server.waitFor(name, (now) => now.join('\n') !== before, {
			what: `the status's page ${pages.length + 1} after ${key}`,
		});
		pages.push(page);
	}
	return pages;
}

/**
 * The keys the prompt names, read from the status: on the page shown, or on a later one (paging
 * on), or else, a failure noted, from the pages read one after another, when the prompt is split
 * between two of them. The pages turned end the list.
 */
async function readKeys(
	name: string,
	screen: string[],
	reader: Reader,
	failures: string[],
	where: string,
): Promise<{keys: string[] | undefined; pages: string[][]}> {
	const {plan, language} = reader;
	const keysOn = (page: readonly string[]) => keysOnScreen(promptText(page, reader), plan.prompts);
	const pages = await pagesUntil(name, screen, reader, (page) => keysOn(page) !== undefined);
	const found = keysOn(pages.at(-1) ?? screen);
	if (found) return {keys: found, pages};
	const read = pages.map((page) => promptText(page, reader)).join(language === 'en' ? ' ' : '');
	const keys = keysOnScreen(read, plan.prompts);
	if (keys) {
		failures.push(
			`${where}: the prompt is split between pages of the status, whole on none.\n` +
				pages.map((page) => `  screen:\n${framed(page)}`).join('\n'),
		);
	}
	return {keys, pages};
}

/**
 * Play the lesson in the session `name` step by step, as its prompts say, and return what went
 * wrong: each teaching sentence not whole on the screen the step's key brings, and what stopped
 * the walk.
 */
async function walk(name: string, reader: Reader): Promise<string[]> {
	const {plan, language} = reader;
	const failures: string[] = [];
	let screen = await settled(
		name,
		{prompt: plan.firstPrompt, what: `the lesson's first screen '${plan.firstPrompt}'`},
		reader,
		30_000,
	);
	for (const [index, step] of plan.steps.entries()) {
		const where = `${name}, step ${index + 1}/${plan.steps.length} (${step.move})`;
		try {
			const {keys, pages} = await readKeys(name, screen, reader, failures, where);
			if (keys?.join(' ') !== step.keys.join(' ')) {
				failures.push(
					`${where}: the prompt names ${keys ? keys.join(', ') : 'no key that can be read'}, ` +
						`the step needs ${step.keys.join(', ')}; the walk stops here.\n` +
						pages.map((page) => `  screen:\n${framed(page)}`).join('\n'),
				);
				break;
			}
			screen = pages.at(-1) ?? screen;
			// The switch first, and the move's key once the screen has taken it.
			for (const key of step.keys.slice(0, -1)) {
				const before = screen.join('\n');
				server.sendKeys(name, key);
				screen = await server.waitFor(name, (now) => now.join('\n') !== before, {
					what: `${where}: the screen after ${key}`,
				});
			}
			const before = screen.join('\n');
			server.sendKeys(name, step.keys.at(-1) ?? '');
			screen = await settled(
				name,
				{before, prompt: step.promptAfter, what: `${where}: the screen after the step`},
				reader,
			);
			const whole = (page: readonly string[]) => holds(statusRows(page), step.sentence, language);
			if (!whole(screen)) {
				// A status longer than its rows says so on its "more" row, and PgDn turns its pages,
				// which break between sentences: the sentence must then be whole on one of them.
				const later = await pagesUntil(name, screen, reader, whole);
				if (!whole(later.at(-1) ?? screen)) {
					failures.push(
						`${where}: the teaching sentence is whole on no page of the status after the step.\n` +
							`  expected: ${step.sentence}\n` +
							`  status:   ${joinedStatus(screen, language)}\n` +
							`  screen:\n${framed(screen)}`,
					);
				}
				screen = later.at(-1) ?? screen;
			}
		} catch (error) {
			// A screen that never came: said with what came before, and the walk stops.
			failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
			break;
		}
	}
	return failures;
}

describe.skipIf(skipReason !== undefined)(
	`every lesson step's teaching sentence, whole, in a real terminal (tmux)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	// Each case has a session of its own and mostly waits for the screen: they run side by side.
	{concurrent: true, timeout: 90_000},
	() => {
		let root = '';

		beforeAll(() => {
			requireSetup();
			root = mkdtempSync(path.join(tmpdir(), 'tcp-tui-lessons-'));
			server.kill();
		});

		afterAll(() => {
			server.kill();
			if (root) rmSync(root, {recursive: true, force: true});
		});

		for (const lesson of lessons) {
			for (const {columns, rows} of sizes) {
				for (const language of languages) {
					const name = `${lesson.name}-${columns}x${rows}-${language}`;
					it(`${lesson.name} at ${columns}x${rows} in ${language}`, async ({expect}) => {
						const plan = plans.get(`${lesson.name}/${language}`);
						if (!plan) throw new Error(`no plan for ${name}`);
						const args = [
							...['--lesson', lesson.name, '--lang', language],
							...['--isn-client', String(isns.isnClient), '--isn-server', String(isns.isnServer)],
						];
						const progress = path.join(root, `progress-${name}.json`);
						server.start(name, appCommand({args, progress}), {columns, rows, cwd: root});
						try {
							const failures = await walk(name, {plan, language});
							expect(failures.length, `\n${failures.join('\n\n')}\n`).toBe(0);
						} finally {
							server.killSession(name);
						}
					});
				}
			}
		}
	},
);
