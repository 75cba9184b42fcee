// Drive the real CLI in a real terminal: a detached tmux session on a private server (`tmux -L`),
// keys sent with send-keys, the screen read back with capture-pane.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** True when a `tmux` binary runs here. */
export function tmuxAvailable(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore', timeout: 5000});
		return true;
	} catch {
		return false;
	}
}

/** Quote one word for sh. */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", "'\\''")}'`;
}

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

const pollInterval = 50;

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

	constructor(socket = `tcp-tui-e2e-${process.pid}`) {
		this.socket = socket;
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
	}

	/** The visible screen, one string per row (trailing blanks trimmed by tmux). */
	capture(name: string, {escapes = false, joinWrapped = false}: CaptureOptions = {}): string[] {
		const flags = ['-p', ...(escapes ? ['-e'] : []), ...(joinWrapped ? ['-J'] : [])];
		const text = this.run(['capture-pane', ...flags, '-t', name]);
		return text.replace(/\n$/, '').split('\n');
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
	}

	/**
	 * Poll the screen every 50 ms until `predicate` holds on two identical captures in a row (so
	 * a frame caught half-drawn is never the one checked), and return that screen.
	 */
	async waitFor(
		name: string,
		predicate: (rows: readonly string[]) => boolean,
		{what, timeout = 5000}: WaitOptions,
		capture: CaptureOptions = {},
	): Promise<string[]> {
		const deadline = Date.now() + timeout;
		let previous: string | undefined;
		let rows: string[] = [];
		for (;;) {
			rows = this.capture(name, capture);
			const text = rows.join('\n');
			if (text === previous && predicate(rows)) return rows;
			if (Date.now() > deadline) break;
			previous = text;
			await delay(pollInterval);
		}
		throw new Error(
			`timed out after ${timeout} ms waiting for ${what}; the screen of '${name}' was:\n${rows.join('\n')}`,
		);
	}
}
