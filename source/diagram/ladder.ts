// The ladder (arrow) diagram of a session as lines of text, laid out like RFC 9293's figures:
// time flows down, each segment is one row, and a side's new state stands in its margin.

import {brief, type Language, t} from '../i18n/index.js';
import {actionName} from '../tcp/explain.js';
import type {Happening} from '../tcp/machine.js';
import {flagsLabel, type Segment, seqDiff} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import type {Side, State} from '../tcp/states.js';
import {type Glyphs, glyphsFor} from './glyphs.js';
import {width as displayWidth, padEnd, padStart, truncate} from './text.js';

export type LadderOptions = {
	/** The language of the names, tags and reasons the diagram writes. */
	readonly lang: Language;
	/** Total width in columns. */
	readonly width: number;
	readonly ascii?: boolean;
	/** Print raw sequence numbers instead of numbers relative to each side's ISN. */
	readonly absolute?: boolean;
	/** Number each step in a gutter on the left, for handouts that refer to "step 3". */
	readonly stepNumbers?: boolean;
	/**
	 * 'rows' (the default, for handouts): each rejected move is a row with its reason. 'marker'
	 * (the TUI): moves rejected in a row leave one row, so wrong keys never push the exchange off
	 * the screen; their reasons are in the status and the transcript.
	 */
	readonly rejections?: 'rows' | 'marker';
};

export type LineKind = 'title' | 'segment' | 'auto' | 'local' | 'rejected' | 'network';

/** `id` is unique within a diagram: the step number and the line's place in that step. */
export type LadderLine = {
	readonly id: string;
	readonly text: string;
	readonly kind: LineKind;
	readonly step: number;
};

const shortState = {
	CLOSED: 'CLOSED',
	LISTEN: 'LISTEN',
	SYN_SENT: 'SYN_SENT',
	SYN_RECEIVED: 'SYN_RCVD',
	ESTABLISHED: 'ESTAB',
	FIN_WAIT_1: 'FIN_WAIT1',
	FIN_WAIT_2: 'FIN_WAIT2',
	CLOSE_WAIT: 'CLOSE_WAIT',
	CLOSING: 'CLOSING',
	LAST_ACK: 'LAST_ACK',
	TIME_WAIT: 'TIME_WAIT',
} as const satisfies Record<State, string>;

type Layout = {
	readonly lang: Language;
	readonly margin: number;
	readonly inner: number;
	readonly gutter: number;
	readonly stateName: (state: State) => string;
	readonly glyphs: Glyphs;
	readonly absolute: boolean;
};

/**
 * Room between the lifelines for a label such as `SYN,ACK seq=0 ack=1` with the state names in
 * full; narrower, the margins shrink and the names shorten (the help's glossary lists both).
 */
const fullNamesInner = 26;

function layoutFor(options: LadderOptions): Layout {
	const gutter = options.stepNumbers ? 4 : 0;
	const full = options.width - gutter - 2 * 12 - 4 >= fullNamesInner;
	const margin = full ? 12 : 10;
	return {
		lang: options.lang,
		margin,
		inner: Math.max(4, options.width - gutter - 2 * margin - 4),
		gutter,
		stateName: full ? (state) => state : (state) => shortState[state],
		glyphs: glyphsFor(options.ascii ?? false),
		absolute: options.absolute ?? false,
	};
}

/** Relative to the ISN, signed: a segment from an older incarnation shows as negative, not as 2^32 - n. */
function relative(value: number, base: number | null, absolute: boolean): number {
	return absolute || base === null ? value : seqDiff(base, value);
}

/** Labels from most to least detailed; the ladder uses the first that fits. */
type Labelled = Pick<Happening, 'isn' | 'auto' | 'retransmission'>;

/** Flags, then seq, ack and len: words in no language. */
function numbersLabel(happening: Labelled, segment: Segment, absolute: boolean): string {
	const seq = relative(segment.seq, happening.isn[segment.from], absolute);
	const ack =
		segment.ack === null ? null : relative(segment.ack, happening.isn[segment.to], absolute);
	return `${flagsLabel(segment.flags)} seq=${seq}${ack === null ? '' : ` ack=${ack}`}${segment.len > 0 ? ` len=${segment.len}` : ''}`;
}

function segmentLabels(
	lang: Language,
	happening: Labelled,
	segment: Segment,
	absolute: boolean,
): string[] {
	const numbers = numbersLabel(happening, segment, absolute);
	const tag = happening.retransmission
		? ` ${t(lang, 'ladder.retransmission')}`
		: happening.auto
			? ` ${t(lang, 'ladder.auto')}`
			: '';
	return [`${numbers}${tag}`, numbers, flagsLabel(segment.flags)];
}

/** A segment's label as the diagram prints it when there is room: flags, then seq, ack and len. */
export function segmentLabel(
	flight: Labelled & {readonly segment: Segment},
	absolute: boolean,
): string {
	return numbersLabel(flight, flight.segment, absolute);
}

function pickLabel(labels: readonly string[], room: number, layout: Layout): string {
	const label =
		labels.find((candidate) => displayWidth(candidate) + 2 <= room) ?? labels.at(-1) ?? '';
	return truncate(label, Math.max(0, room - 2), layout.glyphs.ellipsis);
}

/** A run of line around a centred label, `width` columns in all. */
function lineAround(text: string, width: number, layout: Layout): string {
	const run = Math.max(0, width - displayWidth(text) - 2);
	const left = Math.floor(run / 2);
	return `${layout.glyphs.line.repeat(left)} ${text} ${layout.glyphs.line.repeat(run - left)}`;
}

/**
 * Half an arrow, for a segment held in the network: the half that leaves the sender (phase
 * 'sent'), or the half that reaches the receiver later ('arrived'). Drawn rows apart, the two
 * halves make the crossing visible, like the slanted arrows of RFC 9293's figures.
 */
function halfArrow(
	labels: readonly string[],
	from: Side,
	half: 'leaves' | 'reaches',
	layout: Layout,
): string {
	const {glyphs, inner} = layout;
	const dots = glyphs.ellipsis === '…' ? '···' : '...';
	// Most of the row, but never all of it: the gap on the far side shows it has not crossed yet.
	const width = inner - Math.max(6, Math.floor(inner / 4));
	const body = lineAround(pickLabel(labels, width - 3, layout), width - 3, layout);
	const rightwards = from === 'client';
	const piece =
		half === 'leaves'
			? rightwards
				? `${body}${dots}`
				: `${dots}${body}`
			: rightwards
				? `${dots}${body}${glyphs.right}`
				: `${glyphs.left}${body}${dots}`;
	const leftAligned = (half === 'leaves') === rightwards;
	return leftAligned ? padEnd(piece, inner) : padStart(piece, inner);
}

/** A segment lost on the way: its label, ending in a loss mark in the middle of the crossing. */
function lost(labels: readonly string[], from: Side, layout: Layout): string {
	const {glyphs, inner} = layout;
	const width = Math.floor((inner - 1) / 2);
	const text = `${pickLabel(labels, width - 4, layout)} ${glyphs.cross} ${t(layout.lang, 'ladder.lost')}`;
	return from === 'client'
		? padEnd(`${' '.repeat(width - 4)}${text}`, inner)
		: padStart(`${text}${' '.repeat(width - 4)}`, inner);
}

/** Something that happens in the network itself: centred between the lifelines. */
function midNote(text: string, layout: Layout): string {
	const body = truncate(text, layout.inner - 2, layout.glyphs.ellipsis);
	const run = layout.inner - displayWidth(body);
	const left = Math.floor(run / 2);
	return `${' '.repeat(left)}${body}${' '.repeat(run - left)}`;
}

function arrow(labels: string[], from: Side, layout: Layout): string {
	const {glyphs, inner} = layout;
	const body = lineAround(pickLabel(labels, inner - 4, layout), inner - 1, layout);
	return from === 'client' ? `${body}${glyphs.right}` : `${glyphs.left}${body}`;
}

/** The middle of a row for one happening: how its segment is drawn, or a local change. */
function happeningInner(happening: Happening, side: Side, layout: Layout): string {
	const {segment} = happening;
	const {lang} = layout;
	if (segment === null)
		return stub(happening.notes[0] ? brief(lang, happening.notes[0].key) : '', side, layout);
	const labels = segmentLabels(lang, happening, segment, layout.absolute);
	switch (happening.phase) {
		case 'crossed':
			return arrow(labels, segment.from, layout);
		case 'sent':
			return halfArrow(labels, segment.from, 'leaves', layout);
		case 'arrived':
			return halfArrow(labels, segment.from, 'reaches', layout);
		case 'lost':
			return lost(labels, segment.from, layout);
		case 'duplicated':
			return midNote(`${labels.at(-1) ?? ''} ${t(lang, 'ladder.duplicated')}`, layout);
	}
}

/** A note that starts at one side's lifeline and does not cross: a local change, or a rejected move. */
function stub(text: string, side: Side, layout: Layout, mark = ''): string {
	// The mark is cut last: a rejection keeps its ✗ however narrow the diagram.
	const room = layout.inner - 1 - (mark ? displayWidth(mark) + 1 : 0);
	const body = truncate(text, Math.max(0, room), layout.glyphs.ellipsis);
	return side === 'client'
		? ` ${padEnd(mark ? `${mark} ${body}` : body, layout.inner - 1)}`
		: `${padStart(mark ? `${body} ${mark}` : body, layout.inner - 1)} `;
}

function row(layout: Layout, left: string, inner: string, right: string, gutter = ''): string {
	const {glyphs, margin} = layout;
	const prefix = layout.gutter > 0 ? padEnd(gutter, layout.gutter) : '';
	return `${prefix}${padEnd(left, margin)} ${glyphs.lifeline}${inner}${glyphs.lifeline} ${right}`.trimEnd();
}

function marginFor(happening: Happening, side: Side, layout: Layout): string {
	return happening.changed.includes(side) ? layout.stateName(happening.states[side]) : '';
}

function stepLines(step: Step, number: number, layout: Layout): LadderLine[] {
	const gutter = `${number}.`;
	const {verdict, happenings} = step.result;
	const {side, action} = step.move;
	const {lang} = layout;
	if (!verdict.ok) {
		const text = t(lang, 'ladder.rejected', {
			action: actionName(lang, action.type),
			reason: brief(lang, verdict.because.key),
		});
		const inner =
			side === 'net'
				? midNote(`${layout.glyphs.cross} ${text}`, layout)
				: stub(text, side, layout, layout.glyphs.cross);
		return [
			{id: `${number}`, text: row(layout, '', inner, '', gutter), kind: 'rejected', step: number},
		];
	}
	return happenings.map((happening, index) => ({
		id: `${number}.${index}`,
		text: row(
			layout,
			marginFor(happening, 'client', layout),
			happeningInner(
				happening,
				side === 'net' ? (happening.segment?.from ?? 'client') : side,
				layout,
			),
			marginFor(happening, 'server', layout),
			index === 0 ? gutter : '',
		),
		kind: kindOf(happening),
		step: number,
	}));
}

function kindOf(happening: Happening): LineKind {
	if (happening.segment === null) return 'local';
	if (happening.phase === 'lost' || happening.phase === 'duplicated') return 'network';
	return happening.auto ? 'auto' : 'segment';
}

/** The title rows: the two endpoints' names, then their starting states. */
function titleLines(session: Session, layout: Layout): LadderLine[] {
	const {lang} = layout;
	const names = `${' '.repeat(layout.gutter)}${padEnd(t(lang, 'ladder.client'), layout.margin + layout.inner + 4)}${t(lang, 'ladder.server')}`;
	const start = row(
		layout,
		layout.stateName(session.initial.client.state),
		' '.repeat(layout.inner),
		layout.stateName(session.initial.server.state),
	);
	return [
		{
			id: 'names',
			text: names.trimEnd(),
			kind: 'title',
			step: 0,
		},
		{id: 'start', text: start, kind: 'title', step: 0},
	];
}

/** A step's lines depend only on the step, its number and the options (the language among them):
 * the TUI redraws on every key, so each step is laid out once per layout rather than the whole
 * history every time. */
const laidOut = new WeakMap<Step, {readonly key: string; readonly lines: LadderLine[]}>();

function cachedStepLines(
	step: Step,
	number: number,
	layout: Layout,
	options: LadderOptions,
): LadderLine[] {
	const key = `${number}|${options.width}|${options.ascii}|${options.absolute}|${options.stepNumbers}|${options.lang}`;
	const cached = laidOut.get(step);
	if (cached?.key === key) return cached.lines;
	const lines = stepLines(step, number, layout);
	laidOut.set(step, {key, lines});
	return lines;
}

/** One row for moves rejected in a row: the last one's own row if it was alone, else a count. */
function rejectedRunLine(run: readonly Step[], number: number, layout: Layout): LadderLine {
	const count = run.reduce((sum, step) => sum + 1 + (step.skipped ?? 0), 0);
	const [only] = run;
	if (count === 1 && only) return stepLines(only, number, layout)[0] as LadderLine;
	const {lang} = layout;
	const labels = [
		t(lang, 'ladder.rejectedRun', {count}),
		t(lang, 'ladder.rejectedRunShort', {count}),
	];
	const text = `${layout.glyphs.cross} ${pickLabel(labels, layout.inner - 2, layout)}`;
	return {
		id: `${number}`,
		text: row(layout, '', midNote(text, layout), '', `${number}.`),
		kind: 'rejected',
		step: number,
	};
}

export function ladderLines(session: Session, options: LadderOptions): LadderLine[] {
	const layout = layoutFor(options);
	const lines = titleLines(session, layout);
	const {steps} = session;
	steps.forEach((step, index) => {
		const next = steps[index + 1];
		if (options.rejections !== 'marker' || step.result.verdict.ok) {
			lines.push(...cachedStepLines(step, index + 1, layout, options));
		} else if (!next || next.result.verdict.ok) {
			let first = index;
			while (first > 0 && !steps[first - 1]?.result.verdict.ok) first--;
			lines.push(rejectedRunLine(steps.slice(first, index + 1), index + 1, layout));
		}
	});
	return lines;
}

/**
 * A handout's ladder (a row per rejected move) drawn a step at a time: for script mode, which
 * forgets each step once it is drawn, so that a long script holds text, not history.
 */
export function ladderDrawer(options: LadderOptions): {
	readonly title: (session: Session) => string[];
	readonly step: (step: Step, number: number) => string[];
} {
	const layout = layoutFor(options);
	const texts = (lines: readonly LadderLine[]) => lines.map((line) => line.text);
	return {
		title: (session) => texts(titleLines(session, layout)),
		step: (step, number) => texts(stepLines(step, number, layout)),
	};
}

export function ladderText(session: Session, options: LadderOptions): string {
	return ladderLines(session, options)
		.map((line) => line.text)
		.join('\n');
}
