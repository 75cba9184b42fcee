// The `replay FILE` task's flags and checks. Pure, like options.ts, which spreads these in.
import {t} from '../i18n/index.js';
import {UsageError} from '../usage-error.js';

export const replayFlagSpec = {
	connection: {type: 'string'},
	port: {type: 'string'},
} as const;

export type ReplayFlags = {
	readonly connection?: string;
	readonly port?: string;
};

/** What a replay can print: the formats of --script, but not packetdrill (a script for a kernel). */
export const replayFormats = ['text', 'markdown', 'mermaid', 'json'] as const;

export type ReplayFormat = (typeof replayFormats)[number];

export type ReplayTask = {
	readonly kind: 'replay';
	readonly file: string;
	/** --connection N: the N-th connection of the listing. */
	readonly connection: number | null;
	/** --port P: the connection with an end on port P. */
	readonly port: number | null;
	/** Null: the interactive screen (or the listing, without a terminal). */
	readonly format: ReplayFormat | null;
};

/** The flags replay reads; every other flag is for the other modes. */
const replayReads = new Set([
	'connection',
	'port',
	'format',
	'json',
	'absolute',
	'ascii',
	'color',
	'width',
	'lang',
	'screenReader',
]);

const kebab = (key: string) =>
	`--${key.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

function wholeNumber(flag: string, value: string, min: number, max: number): number {
	const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!(number >= min && number <= max)) {
		throw new UsageError(t('cli.wholeNumber', {flag, min, max, value}));
	}
	return number;
}

function formatOf(flags: {readonly format?: string; readonly json?: boolean}): ReplayFormat | null {
	const {format, json} = flags;
	if (format !== undefined && !(replayFormats as readonly string[]).includes(format)) {
		throw new UsageError(
			t('cli.choice', {
				flag: '--format',
				choices: replayFormats.join(t('cli.listOr')),
				value: format,
			}),
		);
	}
	if (json && format !== undefined && format !== 'json') {
		throw new UsageError(t('cli.jsonWithFormat', {format}));
	}
	return json ? 'json' : ((format as ReplayFormat | undefined) ?? null);
}

/**
 * The replay task when the first argument is `replay`, else null. --connection and --port
 * without `replay`, and the other modes' flags with it, are mistakes said in one line.
 */
export function replayTaskOf(
	flags: ReplayFlags & Readonly<Record<string, unknown>>,
	input: readonly string[],
): ReplayTask | null {
	const [command, ...files] = input;
	if (command !== 'replay') {
		for (const name of ['connection', 'port'] as const) {
			if (flags[name] !== undefined) {
				throw new UsageError(t('replay.cli.withoutReplay', {flag: kebab(name)}));
			}
		}
		return null;
	}
	for (const [name, value] of Object.entries(flags)) {
		// meow sets every boolean's default; only a flag that was given counts.
		if (value === undefined || replayReads.has(name)) continue;
		if (name === 'color' || (typeof value === 'boolean' && value === false)) continue;
		throw new UsageError(t('replay.cli.notWithReplay', {flag: kebab(name)}));
	}
	const [file] = files;
	if (file === undefined || file === '') throw new UsageError(t('replay.cli.needsFile'));
	if (files.length > 1) throw new UsageError(t('replay.cli.oneFile', {files: files.join(' ')}));
	if (flags.connection !== undefined && flags.port !== undefined) {
		throw new UsageError(t('replay.cli.connectionAndPort'));
	}
	const format = formatOf(flags as {format?: string; json?: boolean});
	// Text and JSON can list the connections; a diagram needs one connection.
	const wantsOne = format === 'markdown' || format === 'mermaid';
	if (wantsOne && flags.connection === undefined && flags.port === undefined) {
		throw new UsageError(t('replay.cli.formatNeedsConnection', {format}));
	}
	return {
		kind: 'replay',
		file,
		connection:
			flags.connection === undefined
				? null
				: wholeNumber('--connection', flags.connection, 1, Number.MAX_SAFE_INTEGER),
		port: flags.port === undefined ? null : wholeNumber('--port', flags.port, 0, 65_535),
		format,
	};
}
