// `tcp-tui replay FILE`: read the capture, then list its connections, print one in an export
// format, or play it on the interactive screen. Every problem with the file is one line on
// stderr and exit status 2; what could be read before a cut or damaged end is still shown.
import {type Language, t} from '../i18n/index.js';
import type {Options} from '../options.js';
import {UsageError} from '../usage-error.js';
import {fileSource} from './byte-source.js';
import {CaptureError} from './capture-error.js';
import {type ConnectionSummary, type Listing, scanCapture} from './connections.js';
import {inferReplay, type Replay} from './infer.js';
import {linkTypeName} from './link.js';
import {formatReplay, listingJson} from './replay-export.js';
import type {ReplayTask} from './replay-options.js';
import {connectionRows, listingHeader} from './replay-text.js';

/** A problem with the capture, said with the file's name first. */
function fileError(file: string, text: string): UsageError {
	return new UsageError(`${file}: ${text}`);
}

function withSource<T>(
	lang: Language,
	file: string,
	read: (source: ReturnType<typeof fileSource>) => T,
): T {
	try {
		const source = fileSource(file);
		try {
			return read(source);
		} finally {
			source.close();
		}
	} catch (error) {
		if (error instanceof CaptureError) throw fileError(file, error.text(lang));
		throw error;
	}
}

export function readListing(lang: Language, file: string): Listing {
	return withSource(lang, file, (source) => scanCapture(source).listing);
}

export function loadReplay(lang: Language, file: string, summary: ConnectionSummary): Replay {
	const {segments} = withSource(lang, file, (source) => scanCapture(source, summary.id));
	return inferReplay(lang, summary, segments);
}

/** Why a capture has no connection to list: the most telling reason first. */
export function emptyReason(listing: Listing): CaptureError {
	const {stop, skipped, packets} = listing;
	if (stop) {
		const params = {packet: stop.packet, offset: stop.offset};
		return new CaptureError(
			stop.kind === 'truncated' ? 'replay.error.stoppedEarly' : 'replay.error.damagedEarly',
			params,
		);
	}
	if (packets === 0) return new CaptureError('replay.error.noPackets');
	if (skipped.cut > 0)
		return new CaptureError('replay.error.cutHeaders', {cut: skipped.cut, packets});
	if (skipped.linkType === packets) {
		return new CaptureError('replay.error.linkType', {
			types: listing.linkTypes.map(linkTypeName).join(', '),
		});
	}
	return new CaptureError('replay.error.noTcp', {packets});
}

/** What to say after the listing: a cut or damaged end, and headers the snap length cut. */
export function listingWarnings(lang: Language, listing: Listing): string[] {
	const warnings: string[] = [];
	if (listing.skipped.cut > 0)
		warnings.push(t(lang, 'replay.warning.cut', {count: listing.skipped.cut}));
	const {stop} = listing;
	if (stop) {
		const params = {packet: stop.packet, offset: stop.offset};
		warnings.push(
			t(
				lang,
				stop.kind === 'truncated' ? 'replay.warning.truncated' : 'replay.warning.damaged',
				params,
			),
		);
	}
	return warnings;
}

/**
 * The connection the flags name, the candidates when --port matches several (the screen lets
 * the user pick among them), or null for no choice yet.
 */
export function chosen(
	listing: Listing,
	task: Pick<ReplayTask, 'connection' | 'port'>,
): ConnectionSummary | readonly ConnectionSummary[] | null {
	const {connections} = listing;
	if (task.connection !== null) {
		const found = connections[task.connection - 1];
		if (!found) {
			throw new CaptureError('replay.error.noConnection', {
				id: task.connection,
				count: connections.length,
			});
		}
		return found;
	}
	if (task.port !== null) {
		const {port} = task;
		const matching = connections.filter(
			(connection) => connection.client.port === port || connection.server.port === port,
		);
		if (matching.length === 0) throw new CaptureError('replay.error.noPort', {port});
		return matching.length === 1 ? (matching[0] ?? null) : matching;
	}
	return null;
}

function listingText(lang: Language, listing: Listing, file: string): string {
	const {header, rows} = connectionRows(lang, listing);
	return [listingHeader(lang, listing, file), '', header, ...rows].join('\n');
}

/** The replay the task asks for, everything it says in `lang`. */
export async function runReplay(lang: Language, task: ReplayTask, options: Options): Promise<void> {
	const {file} = task;
	const listing = readListing(lang, file);
	if (listing.connections.length === 0) throw fileError(file, emptyReason(listing).text(lang));
	let choice: ReturnType<typeof chosen>;
	try {
		choice = chosen(listing, task);
	} catch (error) {
		if (error instanceof CaptureError) throw fileError(file, error.text(lang));
		throw error;
	}
	const warnings = listingWarnings(lang, listing);
	const interactive = task.format === null && process.stdin.isTTY && process.stdout.isTTY;
	if (interactive) {
		const {startReplayTui} = await import('./replay-tui.js');
		await startReplayTui({
			file,
			listing,
			choice,
			warnings,
			load: (summary) => loadReplay(lang, file, summary),
			options,
			lang,
		});
	} else if (choice === null || Array.isArray(choice)) {
		if (Array.isArray(choice) && task.format !== null) {
			const ids = choice.map((connection) => connection.id).join(', ');
			throw fileError(file, t(lang, 'replay.error.manyPorts', {port: task.port ?? '', ids}));
		}
		const shown = Array.isArray(choice) ? {...listing, connections: choice} : listing;
		process.stdout.write(
			`${task.format === 'json' ? listingJson(shown, file) : listingText(lang, shown, file)}\n`,
		);
	} else {
		const replay = loadReplay(lang, file, choice as ConnectionSummary);
		const text = formatReplay(replay, task.format ?? 'text', {
			file,
			lang,
			ascii: options.ascii,
			absolute: options.absolute,
			width: options.width,
		});
		process.stdout.write(`${text}\n`);
	}
	for (const warning of warnings) process.stderr.write(`tcp-tui: ${file}: ${warning}\n`);
	// A capture that ends early is still listed, but the file was not all there: say so by status.
	if (listing.stop) process.exitCode = 2;
}
