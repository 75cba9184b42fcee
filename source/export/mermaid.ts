// A Mermaid sequence diagram of the exchange, for slides and wikis (GitHub renders ```mermaid).
// Only long-standing syntax is used: participants, ->> and -x arrows, and notes.
import {glyphsFor, toAscii} from '../diagram/glyphs.js';
import {segmentLabel} from '../diagram/ladder.js';
import {t} from '../i18n/index.js';
import type {Happening} from '../tcp/machine.js';
import type {Segment} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import type {Side} from '../tcp/states.js';
import {
	type ExportOptions,
	localText,
	rejectedText,
	tagOf,
	titleOf,
	twoWayWarning,
	usesTwoWay,
} from './common.js';

const actor = {client: 'Client', server: 'Server'} as const satisfies Record<Side, string>;

/** A participant under its own id, shown by its name in the language of the moment if that differs. */
function participant(side: Side): string {
	const name = t(side === 'client' ? 'ladder.client' : 'ladder.server');
	return `    participant ${actor[side]}${name === actor[side] ? '' : ` as ${mermaidText(name)}`}`;
}

/**
 * Text after a colon runs to the end of the line, but `;` ends a statement and `#` starts an
 * entity, and `<`, `>` would reach the renderer as HTML: all four go in as Mermaid entity codes.
 */
export function mermaidText(text: string): string {
	return text
		.replaceAll(/\s+/g, ' ')
		.trim()
		.replaceAll(/[#;<>]/g, (char) => `#${char.codePointAt(0)};`);
}

function note(side: Side | 'both', text: string): string {
	const over = side === 'both' ? `${actor.client},${actor.server}` : actor[side];
	return `    Note over ${over}: ${mermaidText(text)}`;
}

type Labelled = Pick<Happening, 'isn' | 'auto' | 'retransmission'> & {readonly segment: Segment};

function labelOf(happening: Labelled, absolute: boolean): string {
	const tag = tagOf(happening);
	return `${segmentLabel(happening, absolute)}${tag ? ` ${tag}` : ''}`;
}

/** The lines for one happening: its arrow (or note), then a note for each side whose state changed. */
function happeningLines(happening: Happening, step: Step, absolute: boolean): string[] {
	const {segment} = happening;
	const changes = happening.changed.map((side) => note(side, happening.states[side]));
	if (segment === null) {
		const side = step.move.side === 'net' ? 'both' : step.move.side;
		return [note(side, localText(happening, step)), ...changes];
	}
	const label = labelOf({...happening, segment}, absolute);
	const from = actor[segment.from];
	const to = actor[segment.to];
	switch (happening.phase) {
		case 'crossed':
		case 'arrived':
			return [`    ${from}->>${to}: ${mermaidText(label)}`, ...changes];
		case 'lost':
			return [`    ${from}-x${to}: ${mermaidText(t('export.lost', {label}))}`, ...changes];
		case 'sent': {
			// Drawn as an arrow where it lands (or is lost); here only a note that it left.
			const side = segment.from === 'client' ? 'right of Client' : 'left of Server';
			const what = t('export.passage.sent');
			return [`    Note ${side}: ${mermaidText(t('export.labelled', {label, what}))}`, ...changes];
		}
		case 'duplicated':
			return [
				note('both', t('export.labelled', {label, what: t('export.passage.duplicated')})),
				...changes,
			];
	}
}

function stepLines(step: Step, options: ExportOptions): string[] {
	const cross = glyphsFor(options.ascii ?? false).cross;
	if (!step.result.verdict.ok) {
		const side = step.move.side === 'net' ? 'both' : step.move.side;
		return [note(side, `${cross} ${step.input}: ${rejectedText(step)}`)];
	}
	return step.result.happenings.flatMap((happening) =>
		happeningLines(happening, step, options.absolute ?? false),
	);
}

export function mermaidOf(session: Session, options: ExportOptions): string {
	const absolute = options.absolute ?? false;
	const stillInFlight = session.inFlight.map((flight) =>
		t('export.inFlightItem', {
			label: labelOf(flight, absolute),
			me: flight.segment.from,
			peer: flight.segment.to,
		}),
	);
	const lines = [
		'sequenceDiagram',
		`    title ${mermaidText(titleOf(session, options))}`,
		participant('client'),
		participant('server'),
		note('client', session.initial.client.state),
		note('server', session.initial.server.state),
		...(usesTwoWay(session) ? [note('both', twoWayWarning())] : []),
		...session.steps.flatMap((step) => stepLines(step, options)),
		...(stillInFlight.length > 0
			? [
					note(
						'both',
						t('export.stillInFlight', {segments: stillInFlight.join(t('export.separator'))}),
					),
				]
			: []),
	];
	const text = lines.join('\n');
	return options.ascii ? toAscii(text) : text;
}
