// Render the App as a test would see it: fixed size, no colour, keys written one macrotask apart.
import {render} from 'ink-testing-library';
import {unstable_LowPriority, unstable_scheduleCallback} from 'scheduler';
import App, {
	type Exporter,
	type ProgressKeeper,
	type QuizSettings,
	type Start,
} from '../../source/app.js';
import {glyphsFor} from '../../source/diagram/glyphs.js';
import type {Language} from '../../source/i18n/index.js';
import type {Scenario} from '../../source/learn/scenarios.js';
import {emptyProgress, type Progress} from '../../source/progress/progress.js';
import type {QuizResults} from '../../source/quiz/results.js';
import {frameOf, header} from './frames.js';

export type AppOptions = {
	/** The language the App speaks: English unless a test asks for another. */
	readonly lang?: Language;
	readonly columns?: number;
	readonly rows?: number;
	readonly ascii?: boolean;
	readonly isnClient?: number;
	readonly isnServer?: number;
	readonly absolute?: boolean;
	readonly network?: 'instant' | 'manual';
	readonly peer?: 'client' | 'server' | null;
	readonly scenario?: Scenario | null;
	/** The first screen: sandbox by default, or a lesson, challenge, the menu or the quiz. */
	readonly start?: Start;
	readonly quiz?: QuizSettings;
	/** Where progress goes; tests keep it in memory (see memoryKeeper). */
	readonly progress?: ProgressKeeper;
	readonly onQuizResults?: (results: QuizResults) => void;
	readonly onQuit?: (reason: 'quit' | 'interrupt') => void;
	readonly onExport?: Exporter;
	/** The quiz's clock. */
	readonly now?: () => number;
};

export function renderApp(options: AppOptions = {}) {
	const {
		columns = 80,
		rows = 24,
		ascii = false,
		isnClient = 100,
		isnServer = 300,
		absolute = false,
		lang = 'en',
	} = options;
	const {network = 'instant', peer = null, scenario = null} = options;
	// Left undefined, each takes the App's own default.
	const {start, quiz, progress, onQuizResults, onQuit, onExport, now} = options;
	return render(
		<App
			lang={lang}
			connection={{isnClient, isnServer, network, peer}}
			scenario={scenario}
			display={{glyphs: glyphsFor(ascii), ascii, color: false}}
			absolute={absolute}
			size={{columns, rows}}
			start={start}
			quiz={quiz}
			progress={progress}
			onQuizResults={onQuizResults}
			onQuit={onQuit}
			onExport={onExport}
			now={now}
		/>,
	);
}

const tick = () =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, 0);
	});

/**
 * After every render React has queued: its scheduler may split a render over several tasks when
 * the machine is busy (it yields every few milliseconds), so one macrotask is not always enough. A
 * low-priority task runs only once all of that work is done; then a macrotask for Ink's output.
 */
const settled = async () => {
	await new Promise<void>((resolve) => {
		unstable_scheduleCallback(unstable_LowPriority, () => {
			resolve();
		});
	});
	await tick();
};

/** Write keys one at a time, letting Ink handle each before the next (frames update a macrotask later). */
export async function press(
	stdin: {write: (data: string) => void},
	...keys: string[]
): Promise<void> {
	for (const key of keys) {
		stdin.write(key);
		await settled();
	}
	await settled();
}

export const keys = {
	tab: '\t',
	left: '\u001B[D',
	right: '\u001B[C',
	up: '\u001B[A',
	down: '\u001B[B',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	escape: '\u001B',
} as const;

/** A progress keeper in memory: what the App saved, in order, for the test to read. */
export function memoryKeeper(initial: Progress = emptyProgress()) {
	const saved: Progress[] = [];
	const keeper: ProgressKeeper = {
		progress: initial,
		warning: null,
		save(next) {
			saved.push(next);
			return null;
		},
	};
	return {keeper, saved, last: () => saved.at(-1)};
}

/** How long waitUntil goes on past its macrotasks: on a busy machine a render can take longer. */
const waitAtLeast = 2000;

/**
 * Let macrotasks pass until `holds()` is true, failing with `what` after `ticks` of them, and
 * `waitAtLeast` ms (the test files run side by side, on CPUs that may be busy). For what the App
 * does in an effect after a frame (a lesson started from the command line, a save).
 */
export async function waitUntil(holds: () => boolean, what: string, ticks = 50): Promise<void> {
	const started = Date.now();
	for (let tried = 0; tried < ticks || Date.now() - started < waitAtLeast; tried++) {
		if (holds()) return;
		await tick();
	}
	if (!holds()) throw new Error(`still not true after ${ticks} macrotasks: ${what}`);
}

/**
 * Render the App and wait until its header (the frame's first line) contains `title`: a lesson or a
 * challenge named in `start` begins in an effect after the first frame. `frame()` is the latest.
 */
export async function renderUntilHeader(options: AppOptions, title: string) {
	const app = renderApp(options);
	const frame = () => frameOf(app.lastFrame);
	await waitUntil(() => header(frame()).includes(title), `the header '${title}'`);
	return {...app, frame};
}

/**
 * Move a picker's selection (the line marked ▶) down to the item whose label contains `label`,
 * one arrow per render as ink-select-input needs, then press Enter.
 */
export async function pick(
	app: {stdin: {write: (data: string) => void}; lastFrame: () => string | undefined},
	label: string,
): Promise<void> {
	const selected = () =>
		(app.lastFrame() ?? '').split('\n').find((line) => /^[▶>] /.test(line)) ?? '';
	const items = () =>
		(app.lastFrame() ?? '').split('\n').filter((line) => /^(?:[▶>] | {2})\S/.test(line));
	// The list may still be on its way (the screen before it drawn last, on a busy machine).
	// (Ticks enough for a loaded CI machine: each is a macrotask, about a millisecond.)
	await waitUntil(() => items().some((item) => item.includes(label)), `the item '${label}'`, 2000);
	const count = items().length;
	for (let moved = 0; !selected().includes(label); moved++) {
		if (moved > count) throw new Error(`no item '${label}' in:\n${app.lastFrame()}`);
		const before = selected();
		await press(app.stdin, keys.down);
		await waitUntil(() => selected() !== before, `the item after '${before}'`, 2000);
	}
	await press(app.stdin, '\r');
}

/**
 * Press Esc and wait for the screen it leads to, whose first line contains `title`. Ink holds a
 * lone Esc until the next turn of the event loop (it may start an escape sequence), and the screen
 * left behind reads keys until one more macrotask has passed.
 */
export async function escapeTo(
	app: {stdin: {write: (data: string) => void}; lastFrame: () => string | undefined},
	title: string,
): Promise<void> {
	await press(app.stdin, keys.escape);
	const first = () => (app.lastFrame() ?? '').split('\n')[0] ?? '';
	await waitUntil(() => first().includes(title), `'${title}' after Esc`);
	await press(app.stdin);
}
