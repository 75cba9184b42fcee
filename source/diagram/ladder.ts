// The ladder (arrow) diagram of a session as lines of text, laid out like RFC 9293's figures:
// time flows down, each segment is one row, and a side's new state stands in its margin.

import type {MessageKey} from '../i18n/index.js';
import {brief, t} from '../i18n/index.js';
import type {ActionType, Happening} from '../tcp/machine.js';
import {flagsLabel, type Segment} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import type {Side, State} from '../tcp/states.js';
import {type Glyphs, glyphsFor} from './glyphs.js';
import {width as displayWidth, padEnd, padStart, truncate} from './text.js';

export type LadderOptions = {
	/** Total width in columns. */
	readonly width: number;
	readonly ascii?: boolean;
	/** Print raw sequence numbers instead of numbers relative to each side's ISN. */
	readonly absolute?: boolean;
	/** Number each step in a gutter on the left, for handouts that refer to "step 3". */
	readonly stepNumbers?: boolean;
};

export type LineKind = 'title' | 'segment' | 'auto' | 'local' | 'rejected';

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

const actionKeys = {
	syn: 'action.syn',
	ack: 'action.ack',
	fin: 'action.fin',
	rst: 'action.rst',
	data: 'action.data',
	listen: 'action.listen',
	timeout: 'action.timeout',
} as const satisfies Record<ActionType, MessageKey>;

type Layout = {
	readonly margin: number;
	readonly inner: number;
	readonly gutter: number;
	readonly stateName: (state: State) => string;
	readonly glyphs: Glyphs;
	readonly absolute: boolean;
};

function layoutFor(options: LadderOptions): Layout {
	const gutter = options.stepNumbers ? 4 : 0;
	const full = options.width - gutter - 2 * 12 - 4 >= 34;
	const margin = full ? 12 : 10;
	return {
		margin,
		inner: Math.max(4, options.width - gutter - 2 * margin - 4),
		gutter,
		stateName: full ? (state) => state : (state) => shortState[state],
		glyphs: glyphsFor(options.ascii ?? false),
		absolute: options.absolute ?? false,
	};
}

function relative(value: number, base: number | null, absolute: boolean): number {
	return absolute || base === null ? value : (value - base) >>> 0;
}

/** Labels from most to least detailed; the ladder uses the first that fits. */
function segmentLabels(happening: Happening, segment: Segment, absolute: boolean): string[] {
	const flags = flagsLabel(segment.flags);
	const seq = relative(segment.seq, happening.isn[segment.from], absolute);
	const ack =
		segment.ack === null ? null : relative(segment.ack, happening.isn[segment.to], absolute);
	const numbers = `seq=${seq}${ack === null ? '' : ` ack=${ack}`}${segment.len > 0 ? ` len=${segment.len}` : ''}`;
	const auto = happening.auto ? ` ${t('ladder.auto')}` : '';
	return [`${flags} ${numbers}${auto}`, `${flags} ${numbers}`, flags];
}

function arrow(labels: string[], from: Side, layout: Layout): string {
	const {glyphs, inner} = layout;
	const label =
		labels.find((candidate) => displayWidth(candidate) + 6 <= inner) ?? labels.at(-1) ?? '';
	const text = truncate(label, inner - 4, glyphs.ellipsis);
	const run = inner - 1 - displayWidth(text) - 2;
	const left = Math.floor(run / 2);
	const body = `${glyphs.line.repeat(left)} ${text} ${glyphs.line.repeat(run - left)}`;
	return from === 'client' ? `${body}${glyphs.right}` : `${glyphs.left}${body}`;
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
	const side = step.move.side;
	if (!verdict.ok) {
		const action = t(actionKeys[step.move.action.type]);
		const text = t('ladder.rejected', {action, reason: brief(verdict.because.key)});
		const inner = stub(text, side, layout, layout.glyphs.cross);
		return [
			{id: `${number}`, text: row(layout, '', inner, '', gutter), kind: 'rejected', step: number},
		];
	}
	return happenings.map((happening, index) => {
		const label = happening.segment
			? arrow(
					segmentLabels(happening, happening.segment, layout.absolute),
					happening.segment.from,
					layout,
				)
			: stub(happening.notes[0] ? brief(happening.notes[0].key) : '', side, layout);
		return {
			id: `${number}.${index}`,
			text: row(
				layout,
				marginFor(happening, 'client', layout),
				label,
				marginFor(happening, 'server', layout),
				index === 0 ? gutter : '',
			),
			kind: happening.segment === null ? 'local' : happening.auto ? 'auto' : 'segment',
			step: number,
		};
	});
}

/** The title rows: the two endpoints' names, then their starting states. */
function titleLines(session: Session, layout: Layout): LadderLine[] {
	const names = `${' '.repeat(layout.gutter)}${padEnd(t('ladder.client'), layout.margin + layout.inner + 4)}${t('ladder.server')}`;
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

/** A step's lines depend only on the step, its number and the options: the TUI redraws on every
 * key, so each step is laid out once per layout rather than the whole history every time. */
const laidOut = new WeakMap<Step, {readonly key: string; readonly lines: LadderLine[]}>();

function cachedStepLines(
	step: Step,
	number: number,
	layout: Layout,
	options: LadderOptions,
): LadderLine[] {
	const key = `${number}|${options.width}|${options.ascii}|${options.absolute}|${options.stepNumbers}`;
	const cached = laidOut.get(step);
	if (cached?.key === key) return cached.lines;
	const lines = stepLines(step, number, layout);
	laidOut.set(step, {key, lines});
	return lines;
}

export function ladderLines(session: Session, options: LadderOptions): LadderLine[] {
	const layout = layoutFor(options);
	return [
		...titleLines(session, layout),
		...session.steps.flatMap((step, index) => cachedStepLines(step, index + 1, layout, options)),
	];
}

export function ladderText(session: Session, options: LadderOptions): string {
	return ladderLines(session, options)
		.map((line) => line.text)
		.join('\n');
}
