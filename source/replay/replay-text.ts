// The words of a replay: the listing of connections, each step's capture detail (what the capture
// shows that the model leaves out), and the count of places where the engine could not follow.
import {width as displayWidth, padEnd, padStart, truncate} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';
import {say} from '../tcp/explain.js';
import {seqDiff} from '../tcp/segment.js';
import type {Side} from '../tcp/states.js';
import {type ConnectionSummary, type Listing, millisBetween} from './connections.js';
import type {Replay, ReplayStep} from './infer.js';
import {replayEvents} from './infer.js';
import {linkTypeName} from './link.js';
import {addressText, flagLetters, tcpFlags} from './packet.js';

/** Milliseconds with three decimals (microseconds), as the ladder's time column shows them. */
export function millis(value: number): string {
	return value.toFixed(3);
}

function seconds(listing: Listing, moment: ConnectionSummary['first']): string {
	return listing.start ? (millisBetween(listing.start, moment) / 1000).toFixed(3) : '0.000';
}

export function endingText(lang: Language, summary: ConnectionSummary): string {
	const ending = t(lang, `replay.ending.${summary.ending}`);
	return summary.startedBefore
		? `${t(lang, 'replay.started.before')}${t(lang, 'replay.separator')}${ending}`
		: ending;
}

export function listingHeader(lang: Language, listing: Listing, file: string): string {
	return t(lang, 'replay.list.header', {
		file,
		format: listing.format,
		links: [...new Set(listing.linkTypes.map(linkTypeName))].join(', '),
		packets: listing.packets,
		segments: listing.tcpSegments,
		count: listing.connections.length,
	});
}

type Column = {
	readonly heading: string;
	readonly cells: readonly string[];
	readonly right: boolean;
};

/** One row per connection, the columns padded to their widest cell, for a terminal or a pipe. */
export function connectionRows(lang: Language, listing: Listing): {header: string; rows: string[]} {
	const {connections} = listing;
	const columns: Column[] = [
		{
			heading: t(lang, 'replay.column.id'),
			cells: connections.map((c) => String(c.id)),
			right: true,
		},
		{
			heading: t(lang, 'replay.column.client'),
			cells: connections.map((c) => addressText(c.client)),
			right: false,
		},
		{
			heading: t(lang, 'replay.column.server'),
			cells: connections.map((c) => addressText(c.server)),
			right: false,
		},
		{
			heading: t(lang, 'replay.column.first'),
			cells: connections.map((c) => seconds(listing, c.first)),
			right: true,
		},
		{
			heading: t(lang, 'replay.column.last'),
			cells: connections.map((c) => seconds(listing, c.last)),
			right: true,
		},
		{
			heading: t(lang, 'replay.column.segments'),
			cells: connections.map((c) => String(c.segments)),
			right: true,
		},
		{
			heading: t(lang, 'replay.column.ended'),
			cells: connections.map((c) => endingText(lang, c)),
			right: false,
		},
	];
	const widths = columns.map((column) =>
		Math.max(displayWidth(column.heading), ...column.cells.map((cell) => displayWidth(cell))),
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, index) => {
				const width = widths[index] ?? 0;
				const last = index === cells.length - 1;
				if (columns[index]?.right) return padStart(cell, width);
				return last ? cell : padEnd(cell, width);
			})
			.join('  ');
	return {
		header: line(columns.map((column) => column.heading)),
		rows: connections.map((_, row) => line(columns.map((column) => column.cells[row] ?? ''))),
	};
}

/** A connection on one line of the picker. */
export function pickerLabel(
	lang: Language,
	summary: ConnectionSummary,
	listing: Listing,
	width: number,
): string {
	const text = t(lang, 'replay.pick.item', {
		id: summary.id,
		client: addressText(summary.client),
		server: addressText(summary.server),
		count: summary.segments,
		first: seconds(listing, summary.first),
		ended: endingText(lang, summary),
	});
	return truncate(text, width, '…');
}

/** The window as the sender means it: scaled once both SYNs offered a scale (RFC 7323). */
function windowText(
	lang: Language,
	step: ReplayStep,
	scales: Readonly<Record<Side, number | null>>,
): string {
	const {window, flags} = step.captured;
	const scale = scales[step.side];
	if (flags & tcpFlags.SYN || scale === null || scale === 0) {
		return t(lang, 'replay.detail.window', {window});
	}
	return t(lang, 'replay.detail.windowScaled', {window, shift: scale, bytes: window * 2 ** scale});
}

function optionsText(lang: Language, step: ReplayStep): string[] {
	const {options} = step.captured;
	if (options === null) return [t(lang, 'replay.detail.optionsCut')];
	const parts: string[] = [];
	if (options.mss !== undefined) parts.push(t(lang, 'replay.detail.mss', {mss: options.mss}));
	if (options.windowScale !== undefined) {
		parts.push(t(lang, 'replay.detail.windowScale', {shift: options.windowScale}));
	}
	if (options.sackPermitted) parts.push(t(lang, 'replay.detail.sackPermitted'));
	if (options.sack) {
		parts.push(
			t(lang, 'replay.detail.sack', {
				blocks: options.sack.map(([left, right]) => `${left}-${right}`).join(' '),
			}),
		);
	}
	if (options.timestamp) {
		parts.push(
			t(lang, 'replay.detail.timestamps', {
				value: options.timestamp.value,
				echo: options.timestamp.echo,
			}),
		);
	}
	return parts;
}

/** Each side's window scale, once both SYNs carried the option; null before or without it. */
export function windowScales(replay: Replay, upTo: number): Record<Side, number | null> {
	const offered: Record<Side, number | null> = {client: null, server: null};
	let sawSyn: Record<Side, boolean> = {client: false, server: false};
	for (const step of replay.steps.slice(0, upTo)) {
		if (step.captured.flags & tcpFlags.SYN) {
			sawSyn = {...sawSyn, [step.side]: true};
			offered[step.side] = step.captured.options?.windowScale ?? null;
		}
	}
	if (!(sawSyn.client && sawSyn.server) || offered.client === null || offered.server === null) {
		return {client: null, server: null};
	}
	return offered;
}

/** What the capture shows of the step's segment beyond the model: numbers, window, options, PSH. */
export function detailText(lang: Language, replay: Replay, index: number): string {
	const step = replay.steps[index];
	if (!step) return '';
	const {captured} = step;
	const scales = windowScales(replay, index + 1);
	const relativeSeq = seqDiff(replay.isn[step.side], captured.seq);
	const peer = step.side === 'client' ? 'server' : 'client';
	const acked = captured.flags & tcpFlags.ACK;
	const numbers = acked
		? t(lang, 'replay.detail.numbers', {
				seq: relativeSeq,
				ack: seqDiff(replay.isn[peer], captured.ack),
				absSeq: captured.seq,
				absAck: captured.ack,
			})
		: t(lang, 'replay.detail.numbersNoAck', {seq: relativeSeq, absSeq: captured.seq});
	const left = [
		t(lang, 'replay.detail.flags', {letters: flagLetters(captured.flags)}),
		windowText(lang, step, scales),
		captured.payloadLength > 0
			? t(lang, 'replay.detail.payload', {bytes: captured.payloadLength})
			: t(lang, 'replay.detail.noPayload'),
		...(captured.flags & tcpFlags.PSH ? [t(lang, 'replay.detail.psh')] : []),
		...optionsText(lang, step),
	];
	return t(lang, 'replay.detail.line', {
		number: captured.number,
		ms: millis(step.time),
		from: addressText(captured.src),
		to: addressText(captured.dst),
		numbers,
		items: left.join(t(lang, 'replay.separator')),
	});
}

/** The replay's own notes on a step (where it could not follow), as sentences. */
export function notesText(lang: Language, step: ReplayStep | undefined): string {
	return step ? step.notes.map((note) => say(lang, note)).join(' ') : '';
}

/** "Where the engine could not follow: retransmissions 2, RSTs 1." or that it followed all. */
export function eventsSummary(lang: Language, replay: Replay): string {
	const items = replayEvents
		.filter((event) => replay.counts[event] > 0)
		.map((event) =>
			t(lang, 'replay.event.count', {
				name: t(lang, `replay.event.${event}`),
				count: replay.counts[event],
			}),
		);
	return items.length === 0
		? t(lang, 'replay.summary.clean')
		: t(lang, 'replay.summary.events', {events: items.join(t(lang, 'replay.separator'))});
}

export function introText(lang: Language, replay: Replay): string {
	const last = replay.steps.at(-1);
	return t(lang, 'replay.intro', {
		client: addressText(replay.summary.client),
		server: addressText(replay.summary.server),
		count: replay.steps.length,
		ms: millis(last?.time ?? 0),
	});
}

export function endText(lang: Language, replay: Replay): string {
	const {client, server} = replay.session.connection;
	return t(lang, 'replay.end', {client: client.state, server: server.state});
}
