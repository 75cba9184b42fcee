// The `replay FILE` task, from its flags once checked (cli/flags.ts, which also refuses the other
// tasks' flags with it). Pure.
import {type Language, t} from '../i18n/index.js';
import {oneOf, UsageError} from '../usage-error.js';

/** What a replay can print: the formats of --script, but not packetdrill (a script for a kernel). */
export const replayFormats = ['text', 'markdown', 'mermaid', 'json'] as const;

export type ReplayFormat = (typeof replayFormats)[number];

/** The flags a replay reads, checked. */
export type ReplayValues = {
	readonly connection?: number;
	readonly port?: number;
	readonly format?: string;
	readonly json?: boolean;
};

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

function formatOf(lang: Language, {format, json}: ReplayValues): ReplayFormat | null {
	const named = format === undefined ? undefined : oneOf(lang, '--format', format, replayFormats);
	if (json && named !== undefined && named !== 'json') {
		throw new UsageError(t(lang, 'cli.jsonWithFormat', {format: named}));
	}
	return json ? 'json' : (named ?? null);
}

export function replayTaskOf(
	lang: Language,
	values: ReplayValues,
	files: readonly string[],
): ReplayTask {
	const [file] = files;
	if (file === undefined || file === '') throw new UsageError(t(lang, 'replay.cli.needsFile'));
	if (files.length > 1)
		throw new UsageError(t(lang, 'replay.cli.oneFile', {files: files.join(' ')}));
	if (values.connection !== undefined && values.port !== undefined) {
		throw new UsageError(t(lang, 'replay.cli.connectionAndPort'));
	}
	const format = formatOf(lang, values);
	// Text and JSON can list the connections; a diagram needs one connection.
	const wantsOne = format === 'markdown' || format === 'mermaid';
	if (wantsOne && values.connection === undefined && values.port === undefined) {
		throw new UsageError(t(lang, 'replay.cli.formatNeedsConnection', {format}));
	}
	return {
		kind: 'replay',
		file,
		connection: values.connection ?? null,
		port: values.port ?? null,
		format,
	};
}
