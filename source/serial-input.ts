// The keyboard as Ink reads it, one key at a time. A terminal read can hold several keys (a fast
// typist, SSH, a paste): Ink hands them to every screen in one go, before React has drawn the first,
// so a handler that closes over state (ink-select-input's highlighted item) acts on stale state:
// ↓ then Enter in one read picks the item highlighted before ↓. This stream sits below every screen
// and gives Ink the next key only when React has rendered the one before and run its effects (where
// Ink's useInput takes the handlers that see the new state): React does that work as tasks of its
// scheduler, and the next key is a task of lower priority there.
import {EventEmitter} from 'node:events';
import {unstable_LowPriority, unstable_scheduleCallback} from 'scheduler';

const esc = '\u001B';

/** The end of a CSI sequence (ESC [ … final byte), or -1 when the text stops before it. */
function csiEnd(text: string, from: number): number {
	let index = from;
	// Legacy function keys: ESC [ [ A.
	if (text[index] === '[') index++;
	for (; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x40 && code <= 0x7e) return index + 1;
		if (code < 0x20 || code > 0x3f) return index; // Not a CSI: stop before the odd character.
	}
	return -1;
}

/** The length of the escape sequence at `text[0]`, or -1 when it is cut off at the end of `text`. */
function escapeLength(text: string): number {
	if (text.length === 1) return -1;
	let start = 1;
	// ESC ESC [ A: Alt with an arrow.
	if (text[1] === esc) {
		if (text.length === 2) return -1;
		if (text[2] !== '[' && text[2] !== 'O') return 2;
		start = 2;
	}
	const kind = text[start];
	if (kind === '[') return csiEnd(text, start + 1);
	if (kind === 'O') return text.length > start + 1 ? start + 2 : -1;
	// ESC and one character (Alt+x), a whole code point.
	const code = text.codePointAt(1) ?? 0;
	return 1 + (code > 0xff_ff ? 2 : 1);
}

/**
 * Splits terminal input into keys: an escape sequence (an arrow, Alt+x) is one key, any other code
 * point another. What a read cut off in the middle of an escape sequence is returned as `rest`.
 */
export function splitKeys(text: string): {keys: string[]; rest: string} {
	const keys: string[] = [];
	let index = 0;
	while (index < text.length) {
		if (text[index] === esc) {
			const length = escapeLength(text.slice(index));
			if (length === -1) return {keys, rest: text.slice(index)};
			keys.push(text.slice(index, index + length));
			index += length;
			continue;
		}
		const code = text.codePointAt(index) ?? 0;
		const size = code > 0xff_ff ? 2 : 1;
		keys.push(text.slice(index, index + size));
		index += size;
	}
	return {keys, rest: ''};
}

/**
 * Whether the screen reading the keys now handles every key through a reducer, so that a run of one
 * key can reach it in one input event with the same result as one at a time. The sandbox says so
 * while it reads the keys; a paste of 100,000 wrong keys then costs a few renders, not 100,000.
 */
export const bursts = {allowed: false};

/** The longest run given at once, and the shortest worth it. */
const burstMost = 4096;
const burstLeast = 8;

/** Keys a screen acts on outside its reducer (quit, help, export): never part of a run. */
const neverInRuns = new Set(['q', 'Q', '?', 'e', 'E']);

/** How many keys at the head of `queue` are `key` again, when `key` may make a run. */
function runLength(queue: readonly string[], key: string): number {
	if (key.length !== 1 || key < ' ' || key === '\u007F' || neverInRuns.has(key)) return 0;
	let count = 0;
	while (count < burstMost - 1 && queue[count] === key) count++;
	return count;
}

/** Ctrl+Z as a terminal in raw mode sends it: a byte, not a signal. */
export const suspendKey = '\u001A';

export type SerialInputOptions = {
	/** Called for Ctrl+Z, which is then not passed on. */
	readonly onSuspend?: () => void;
};

/**
 * A stand-in for `process.stdin` to give Ink (`render(…, {stdin})`): the same TTY, read for Ink,
 * which sees one key per 'readable' event.
 */
export class SerialInput extends EventEmitter {
	readonly isTTY: boolean;
	private readonly queue: string[] = [];
	/** A key Ink has been told about and not read yet. */
	private current: string | null = null;
	/** An escape sequence a read cut off; the next read completes it. */
	private rest = '';
	private timer: NodeJS.Immediate | undefined;
	private reading = false;

	private readonly source: NodeJS.ReadStream;
	private readonly options: SerialInputOptions;

	constructor(source: NodeJS.ReadStream, options: SerialInputOptions = {}) {
		super();
		this.source = source;
		this.options = options;
		this.isTTY = Boolean(source.isTTY);
		// Reading starts when Ink listens, and stops when it stops (so the program can end).
		this.on('newListener', (event: string) => {
			if (event === 'readable' && !this.reading) {
				this.reading = true;
				source.on('readable', this.pump);
			}
		});
		this.on('removeListener', (event: string) => {
			if (event === 'readable' && this.listenerCount('readable') === 0 && this.reading) {
				this.reading = false;
				source.off('readable', this.pump);
				this.drop();
			}
		});
	}

	setRawMode(enabled: boolean): this {
		this.source.setRawMode(enabled);
		return this;
	}

	setEncoding(encoding: BufferEncoding): this {
		this.source.setEncoding(encoding);
		return this;
	}

	ref(): this {
		this.source.ref();
		return this;
	}

	unref(): this {
		this.source.unref();
		return this;
	}

	/** What Ink reads: the one key it was told about, then nothing until the next 'readable'. */
	read(): string | null {
		const key = this.current;
		this.current = null;
		return key;
	}

	/** Keys read and not yet given to Ink are forgotten (on suspending, and when Ink stops). */
	drop(): void {
		this.queue.length = 0;
		this.current = null;
		this.rest = '';
		if (this.timer) clearImmediate(this.timer);
		this.timer = undefined;
	}

	/** Take in what the terminal sent. Exposed for tests, which have no terminal. */
	push(chunk: string | Buffer): void {
		const {keys, rest} = splitKeys(this.rest + String(chunk));
		this.rest = rest;
		this.queue.push(...keys);
		this.schedule();
	}

	private readonly pump = () => {
		let chunk: string | Buffer | null;
		// biome-ignore lint/suspicious/noAssignInExpressions: the stream idiom
		while ((chunk = this.source.read() as string | Buffer | null) !== null) this.push(chunk);
	};

	private schedule(): void {
		if (this.timer || (this.queue.length === 0 && this.rest === '')) return;
		// First a turn of the event loop: React queues its render in a microtask after the key's
		// handlers ran, and Ink flushes a lone Escape in a setImmediate. Then, in React's scheduler,
		// a task behind every render and effect of normal priority.
		this.timer = setImmediate(() => {
			unstable_scheduleCallback(unstable_LowPriority, this.deliver);
		});
	}

	private readonly deliver = () => {
		if (!this.timer) return; // Dropped meanwhile.
		this.timer = undefined;
		let key = this.queue.shift();
		if (key === undefined) {
			// A lone Escape, or a sequence whose end never came: given as it is.
			key = this.rest;
			this.rest = '';
			if (key === '') return;
		}
		if (key === suspendKey && this.options.onSuspend) {
			// What was typed after Ctrl+Z, before the program stopped, is not acted on.
			this.drop();
			this.options.onSuspend();
			return;
		}
		const run = bursts.allowed ? runLength(this.queue, key) : 0;
		if (run + 1 >= burstLeast) {
			this.queue.splice(0, run);
			key = key.repeat(run + 1);
		}
		this.current = key;
		this.emit('readable');
		this.schedule();
	};
}
