// A replayed connection in the shapes --script prints (text, markdown, mermaid, JSON), through the
// same formatSession. The capture's own facts ride along: in the narration of each step for the
// text formats, and as a `captured` object on each step of the JSON.
import {type ExportOptions, formatSession} from '../export/formats.js';
import {type Language, t} from '../i18n/index.js';
import type {ScenarioText} from '../learn/scenarios.js';
import type {ParsedStep} from '../script/parse-steps.js';
import {say} from '../tcp/explain.js';
import {seqDiff} from '../tcp/segment.js';
import {type Listing, millisBetween} from './connections.js';
import type {Replay} from './infer.js';
import {addressText, flagLetters, tcpFlags} from './packet.js';
import type {ReplayFormat} from './replay-options.js';
import {detailText, endText, eventsSummary, introText, notesText} from './replay-text.js';

export type ReplayExportOptions = Pick<ExportOptions, 'lang' | 'ascii' | 'absolute' | 'width'> & {
	/** The file as the user named it. */
	readonly file: string;
};

/** The title, introduction and closing words a scenario gives an export, for a replay. */
function framing(lang: Language, replay: Replay, file: string): ScenarioText {
	return {
		title: t(lang, 'replay.export.title', {
			file,
			id: replay.summary.id,
			client: addressText(replay.summary.client),
			server: addressText(replay.summary.server),
		}),
		intro: introText(lang, replay),
		outro: `${eventsSummary(lang, replay)} ${endText(lang, replay)}`,
	};
}

/** Each step's narration: the capture's detail, then where the engine could not follow. */
function narrated(lang: Language, replay: Replay): ParsedStep[] {
	return replay.session.steps.map((step, index) => ({
		input: step.input,
		move: step.move,
		say: [detailText(lang, replay, index), notesText(lang, replay.steps[index])]
			.filter(Boolean)
			.join(' '),
	}));
}

const flagNames = Object.entries(tcpFlags) as ReadonlyArray<[keyof typeof tcpFlags, number]>;

function capturedJson(lang: Language, replay: Replay, index: number) {
	const step = replay.steps[index];
	if (!step) return null;
	const {captured, side} = step;
	const peer = side === 'client' ? 'server' : 'client';
	const acked = (captured.flags & tcpFlags.ACK) !== 0;
	return {
		packet: captured.number,
		time: Number(step.time.toFixed(6)),
		timestamp: `${captured.seconds}.${String(captured.nanos).padStart(9, '0')}`,
		from: side,
		src: addressText(captured.src),
		dst: addressText(captured.dst),
		flags: flagNames.filter(([, bit]) => captured.flags & bit).map(([name]) => name),
		tcpdumpFlags: flagLetters(captured.flags),
		seq: {absolute: captured.seq, relative: seqDiff(replay.isn[side], captured.seq)},
		ack: acked ? {absolute: captured.ack, relative: seqDiff(replay.isn[peer], captured.ack)} : null,
		len: captured.payloadLength,
		window: captured.window,
		options: captured.options,
		events: step.events,
		notes: step.notes.map((note) => say(lang, note)),
	};
}

function jsonOf(replay: Replay, options: ReplayExportOptions): string {
	const {lang} = options;
	const script = JSON.parse(formatSession(replay.session, 'json', options)) as {
		steps: Array<Record<string, unknown>>;
	};
	const {summary} = replay;
	return JSON.stringify({
		capture: {
			file: options.file,
			connection: summary.id,
			client: addressText(summary.client),
			server: addressText(summary.server),
			roles: summary.roles,
			startedBefore: summary.startedBefore,
			ending: summary.ending,
			segments: summary.segments,
			durationMs: Number(millisBetween(summary.first, summary.last).toFixed(6)),
			events: replay.counts,
			summary: eventsSummary(lang, replay),
		},
		...script,
		steps: script.steps.map((step, index) => ({
			...step,
			captured: capturedJson(lang, replay, index),
		})),
	});
}

export function formatReplay(
	replay: Replay,
	format: ReplayFormat,
	options: ReplayExportOptions,
): string {
	if (format === 'json') return jsonOf(replay, options);
	return formatSession(replay.session, format, {
		...options,
		steps: narrated(options.lang, replay),
		scenario: framing(options.lang, replay, options.file),
	});
}

/** The listing as JSON, for `replay FILE --json` without a connection. */
export function listingJson(listing: Listing, file: string): string {
	const since = (moment: {seconds: number; nanos: number}) =>
		listing.start ? Number((millisBetween(listing.start, moment) / 1000).toFixed(9)) : 0;
	return JSON.stringify({
		file,
		format: listing.format,
		packets: listing.packets,
		tcpSegments: listing.tcpSegments,
		linkTypes: listing.linkTypes,
		stop: listing.stop,
		skipped: listing.skipped,
		connections: listing.connections.map((connection) => ({
			id: connection.id,
			client: addressText(connection.client),
			server: addressText(connection.server),
			roles: connection.roles,
			first: since(connection.first),
			last: since(connection.last),
			segments: connection.segments,
			payloadBytes: connection.payloadBytes,
			startedBefore: connection.startedBefore,
			ending: connection.ending,
		})),
	});
}
