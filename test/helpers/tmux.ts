// Drive the real CLI in a real terminal: a detached tmux session on a private server (`tmux -L`),
// keys sent with send-keys, the screen read back with capture-pane.
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {threadId} from 'node:worker_threads';
import type {Question} from '../../source/quiz/quiz.js';
import {cliPath, requireBuiltCli} from './cli.js';
import {selected, words} from './frames.js';
import {letters, verdictOf} from './quiz.js';

/** True when a `tmux` binary runs here. */
export function tmuxAvailable(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore', timeout: 5000});
		return true;
	} catch {
		return false;
	}
}

export type TmuxTests = {
	/** Why the file's terminal tests are skipped (tmux is missing here), or undefined: they run. */
	readonly skipReason: string | undefined;
	/** For beforeAll: fail when the CLI is not built, or when tmux is missing where it is required. */
	readonly requireSetup: () => void;
};

/**
 * Whether the terminal tests of `file` run. Without tmux they are skipped, and the file says so once,
 * unless TCP_TUI_REQUIRE_TMUX=1 (.ci/run sets it): there they must run, never be skipped.
 */
export function tmuxTests(file: string): TmuxTests {
	const required = process.env['TCP_TUI_REQUIRE_TMUX'] === '1';
	const hasTmux = tmuxAvailable();
	const skipReason =
		!hasTmux && !required
			? 'tmux is not installed: install it (e.g. apt-get install tmux) to run the terminal tests'
			: undefined;
	if (skipReason) console.warn(`${file} skipped: ${skipReason}`);
	return {
		skipReason,
		requireSetup() {
			requireBuiltCli();
			if (!hasTmux) throw new Error('tmux is required in CI; .ci/run installs it');
		},
	};
}

/** Quote one word for sh. */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", "'\\''")}'`;
}

export type AppPane = {
	/** Variables set for the app, as env takes them: 'NO_COLOR=1'. */
	readonly env?: readonly string[];
	readonly args?: readonly string[];
	/** The progress file (TCP_TUI_PROGRESS); left out, the app keeps it in its config directory. */
	readonly progress?: string;
	/** A file in the pane's working directory that stdout is redirected to. */
	readonly stdout?: string;
};

/**
 * The built app as a pane command: CI unset (Ink draws only the last frame under CI), colour, the
 * language and the screen-reader view decided by the app alone in an English UTF-8 locale, and the
 * exit code left on the screen after it quits (`EXIT=<code>`, read by exitCode).
 */
export function appCommand({env = [], args = [], progress, stdout}: AppPane = {}): string[] {
	const argv = [
		'env',
		...[
			'CI',
			'FORCE_COLOR',
			'NO_COLOR',
			'LC_ALL',
			'LC_CTYPE',
			'LC_MESSAGES',
			'INK_SCREEN_READER',
		].flatMap((variable) => ['-u', variable]),
		'LANG=C.UTF-8',
		'TERM=xterm-256color',
		...(progress === undefined ? [] : [`TCP_TUI_PROGRESS=${progress}`]),
		...env,
		process.execPath,
		cliPath,
		...args,
	];
	const redirect = stdout ? ` > ${shellQuote(stdout)}` : '';
	return ['sh', '-c', `${argv.map(shellQuote).join(' ')}${redirect}; echo EXIT=$?; sleep 30`];
}

/** The screen says `text`, however it was wrapped (runs of spaces count as one). */
export const shows = (text: string) => (rows: readonly string[]) =>
	words(rows).includes(text.replaceAll(/\s+/g, ' '));

/**
 * The environment the tmux server (and so every pane) starts from: nothing from the user's
 * terminal that would change how the app draws. Each pane's command sets what it needs.
 */
function serverEnvironment(): NodeJS.ProcessEnv {
	// LANG fixed to an English UTF-8 locale: the language and the drawing follow the locale.
	// Progress is kept away from the developer's own config directory.
	const env: NodeJS.ProcessEnv = {
		...process.env,
		SHELL: '/bin/sh',
		LANG: 'C.UTF-8',
		XDG_CONFIG_HOME: path.join(os.tmpdir(), 'tcp-tui-tmux-config'),
	};
	for (const name of [
		'TMUX',
		'TMUX_PANE',
		'NO_COLOR',
		'FORCE_COLOR',
		'LC_ALL',
		'LC_CTYPE',
		'LC_MESSAGES',
		'LANGUAGE',
		'COLUMNS',
		'LINES',
	]) {
		delete env[name];
	}
	return env;
}

export type CaptureOptions = {
	/** Keep the SGR escapes (capture-pane -e). */
	readonly escapes?: boolean;
	/** Join lines the terminal wrapped (capture-pane -J), so an over-long line shows as one. */
	readonly joinWrapped?: boolean;
};

export type WaitOptions = {
	/** What we wait for, for the failure message. */
	readonly what: string;
	readonly timeout?: number;
};

const execFileAsync = promisify(execFile);

/**
 * How long the screen must have stood still before it is checked: no output from the pane for
 * this long (or, where the pane's output cannot be watched, two captures this far apart that are
 * the same), so that a frame caught half-drawn is never the one checked.
 */
const settle = 50;
/** How often a wait looks at the size of the pane's output: a stat, no process started. */
const outputPoll = 10;
/** A screen is read again this often, whatever its output does (a resize reflows it by itself). */
const recapture = 250;
/** How long a wait after a resize gives the program to draw the new size before it reads anyway. */
const redrawGrace = 1000;

const delay = async (ms: number) =>
	new Promise<void>((resolve) => {
		setTimeout(resolve, ms);
	});

/** One private tmux server; `kill()` removes it and every session on it. */
export class TmuxServer {
	readonly socket: string;
	private readonly env = serverEnvironment();
	/** The server's socket file, which tmux leaves behind when it stops. */
	private socketPath: string | undefined;
	/** Where each session's output is copied (tmux pipe-pane), for waitFor to watch. */
	private outputDirectory: string | undefined;
	/** Sessions resized since their last wait, with the size of their output then. */
	private readonly resized = new Map<string, number>();

	constructor(socket = `tcp-tui-e2e-${process.pid}`) {
		// Test files may run in worker threads of one process, with one pid: the thread id keeps
		// their servers apart.
		this.socket = threadId === 0 ? socket : `${socket}-t${threadId}`;
	}

	run(args: readonly string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
			encoding: 'utf8',
			env: this.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 5000,
		});
	}

	/** A detached session of the given size running `command` (argv, executed without a shell). */
	start(
		name: string,
		command: readonly string[],
		{columns, rows, cwd}: {columns: number; rows: number; cwd: string},
	): void {
		this.run([
			'new-session',
			'-d',
			'-s',
			name,
			'-x',
			String(columns),
			'-y',
			String(rows),
			'-c',
			cwd,
			...command,
		]);
		this.socketPath ??= this.run(['display-message', '-p', '#{socket_path}']).trim();
		// Everything the pane's program writes is copied to a file, whose size and time waitFor
		// watch: the screen is read when it has changed and stood still, not on a fixed beat.
		this.outputDirectory ??= mkdtempSync(path.join(os.tmpdir(), 'tcp-tui-tmux-output-'));
		const output = this.outputFile(name);
		this.run(['pipe-pane', '-o', '-t', name, `cat >> ${shellQuote(output)}`]);
	}

	private outputFile(name: string): string {
		return path.join(this.outputDirectory ?? '', `${encodeURIComponent(name)}.out`);
	}

	/** How much the session's program has written, and when it last did; undefined if unknown. */
	private output(name: string): {size: number; at: number} | undefined {
		if (!this.outputDirectory) return undefined;
		const stat = statSync(this.outputFile(name), {throwIfNoEntry: false});
		return stat && {size: stat.size, at: stat.mtimeMs};
	}

	/** The visible screen, one string per row (trailing blanks trimmed by tmux). */
	capture(name: string, {escapes = false, joinWrapped = false}: CaptureOptions = {}): string[] {
		const flags = ['-p', ...(escapes ? ['-e'] : []), ...(joinWrapped ? ['-J'] : [])];
		const text = this.run(['capture-pane', ...flags, '-t', name]);
		return text.replace(/\n$/, '').split('\n');
	}

	/** The same, without blocking: tests that wait side by side (it.concurrent) read in turn. */
	private async captureAsync(
		name: string,
		{escapes = false, joinWrapped = false}: CaptureOptions = {},
	): Promise<string[]> {
		const flags = ['-p', ...(escapes ? ['-e'] : []), ...(joinWrapped ? ['-J'] : [])];
		const {stdout} = await execFileAsync(
			'tmux',
			['-L', this.socket, '-f', '/dev/null', 'capture-pane', ...flags, '-t', name],
			{encoding: 'utf8', env: this.env, timeout: 5000},
		);
		return stdout.replace(/\n$/, '').split('\n');
	}

	/** Send keys as tmux names them: 's', 'Tab', 'C-c'. */
	sendKeys(name: string, ...keys: string[]): void {
		this.run(['send-keys', '-t', name, ...keys]);
	}

	display(name: string, format: string): string {
		return this.run(['display-message', '-p', '-t', name, format]).trim();
	}

	cursorVisible(name: string): boolean {
		return this.display(name, '#{cursor_flag}') === '1';
	}

	/**
	 * Resize the session's window; tmux sets its window-size option to manual. (Setting
	 * `window-size manual` globally instead makes tmux 3.3a crash on the next new-session.)
	 */
	resize(name: string, columns: number, rows: number): void {
		this.resized.set(name, this.output(name)?.size ?? -1);
		this.run(['resize-window', '-t', name, '-x', String(columns), '-y', String(rows)]);
	}

	killSession(name: string): void {
		try {
			this.run(['kill-session', '-t', name]);
		} catch {
			// Already gone: its command ended.
		}
	}

	/** Stop the server, fine if it already stopped (it exits with its last session), and tidy up. */
	kill(): void {
		try {
			this.run(['kill-server']);
		} catch {
			// No server running.
		}
		if (this.socketPath) rmSync(this.socketPath, {force: true});
		if (this.outputDirectory) rmSync(this.outputDirectory, {recursive: true, force: true});
		this.outputDirectory = undefined;
	}

	/** Wait for the `EXIT=<code>` an appCommand pane prints when the app ends, and return the code. */
	async exitCode(name: string): Promise<number> {
		const exit = /^EXIT=\d+$/;
		const rows = await this.waitFor(name, (screen) => screen.some((row) => exit.test(row)), {
			what: 'EXIT=<code>',
			timeout: 10_000,
		});
		return Number(rows.find((row) => exit.test(row))?.slice('EXIT='.length));
	}

	/** In a picker: ↓ until the selected line (▶) contains `label`, each after a redraw, then Enter. */
	async pick(name: string, label: string): Promise<void> {
		for (let moved = 0; !selected(this.capture(name)).includes(label); moved++) {
			if (moved > 8) throw new Error(`no '${label}' in:\n${this.capture(name).join('\n')}`);
			const before = selected(this.capture(name));
			this.sendKeys(name, 'Down');
			await this.waitFor(name, (rows) => selected(rows) !== before, {what: 'the next item'});
		}
		this.sendKeys(name, 'Enter');
	}

	/**
	 * Wait until `predicate` holds on a screen that stands still, and return that screen. The
	 * screen is read when the pane's program has written nothing for `settle` ms (its output is
	 * watched through a file, see start), and not before the wait is `settle` ms old, and again
	 * whenever it has written more; it counts if nothing was written while it was read. A screen is
	 * also read every `recapture` ms whatever the output does, and counts if it is the same as the
	 * one read before. Without the output file (a session started another way), the screen is read
	 * every `settle` ms until two captures in a row are the same. Either way a frame caught
	 * half-drawn is never the one checked.
	 */
	async waitFor(
		name: string,
		predicate: (rows: readonly string[]) => boolean,
		{what, timeout = 5000}: WaitOptions,
		capture: CaptureOptions = {},
	): Promise<string[]> {
		const started = Date.now();
		const deadline = started + timeout;
		let rows: string[] = [];
		let previous: string | undefined;
		/** The output's size when the screen was last read, and when that was. */
		let read: {size: number; at: number} | undefined;
		for (;;) {
			const output = this.output(name);
			// Quiet since the wait began, too: what was just done (a key, a resize) may not have
			// reached the program yet. After a resize, quiet only once the program has drawn again
			// (or has had `redrawGrace` ms to).
			const resizedAt = this.resized.get(name);
			const redrawn =
				resizedAt === undefined ||
				(output?.size ?? -1) > resizedAt ||
				Date.now() - started >= redrawGrace;
			const quiet =
				output !== undefined && redrawn && Date.now() - Math.max(output.at, started) >= settle;
			const due =
				output === undefined ||
				(quiet && read?.size !== output.size) ||
				Date.now() - (read?.at ?? started) >= recapture;
			if (due) {
				rows = await this.captureAsync(name, capture);
				const text = rows.join('\n');
				// Nothing written since before the screen was read, after a quiet spell; or the same
				// screen as the last read.
				const still = quiet && this.output(name)?.size === output?.size;
				if ((still || text === previous) && predicate(rows)) {
					this.resized.delete(name);
					return rows;
				}
				previous = text;
				read = {size: output?.size ?? -1, at: Date.now()};
			}
			if (Date.now() > deadline) break;
			await delay(output === undefined ? settle : outputPoll);
		}
		throw new Error(
			`timed out after ${timeout} ms waiting for ${what}; the screen of '${name}' was:\n${rows.join('\n')}`,
		);
	}
}

/**
 * Answer a quiz in a tmux pane: wait for question `index + 1` of `count` with option A selected,
 * ↓ to option `choice` (each key after the screen showed the one before), Enter, and wait for the
 * feedback's verdict.
 */
export async function answerInPane(
	server: TmuxServer,
	name: string,
	question: Question,
	{index, count, choice}: {readonly index: number; readonly count: number; readonly choice: number},
): Promise<void> {
	await server.waitFor(
		name,
		(rows) =>
			words(rows).includes(`question ${index + 1}/${count}`) &&
			words(rows).includes(question.prompt) &&
			selected(rows).startsWith('▶ A. '),
		{what: `question ${index + 1}`, timeout: 15_000},
	);
	for (let option = 1; option <= choice; option++) {
		server.sendKeys(name, 'Down');
		await server.waitFor(name, (rows) => selected(rows).startsWith(`▶ ${letters[option]}. `), {
			what: `option ${letters[option]} selected`,
		});
	}
	server.sendKeys(name, 'Enter');
	const verdict = verdictOf(question, choice);
	await server.waitFor(name, shows(verdict), {what: `the feedback '${verdict}'`});
}
