// A Mermaid sequence diagram of the exchange, for slides and wikis (GitHub renders ```mermaid).
// Only long-standing syntax is used: participants, ->> and -x arrows, and notes.
import {glyphsFor, toAscii} from '../diagram/glyphs.js';
import {segmentLabel} from '../diagram/ladder.js';
import {type Language, t} from '../i18n/index.js';
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

/** A participant under its own id, shown by its name in `lang` if that differs. */
function participant(lang: Language, side: Side): string {
	const name = t(lang, side === 'client' ? 'ladder.client' : 'ladder.server');
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

function labelOf(lang: Language, happening: Labelled, absolute: boolean): string {
	const tag = tagOf(lang, happening);
	return `${segmentLabel(happening, absolute)}${tag ? ` ${tag}` : ''}`;
}

/** The lines for one happening: its arrow (or note), then a note for each side whose state changed. */
function happeningLines(
	lang: Language,
	happening: Happening,
	step: Step,
	absolute: boolean,
): string[] {
	const {segment} = happening;
	const changes = happening.changed.map((side) => note(side, happening.states[side]));
	if (segment === null) {
		const side = step.move.side === 'net' ? 'both' : step.move.side;
		return [note(side, localText(lang, happening, step)), ...changes];
	}
	const label = labelOf(lang, {...happening, segment}, absolute);
	const from = actor[segment.from];
	const to = actor[segment.to];
	switch (happening.phase) {
		case 'crossed':
		case 'arrived':
			return [`    ${from}->>${to}: ${mermaidText(label)}`, ...changes];
		case 'lost':
			return [`    ${from}-x${to}: ${mermaidText(t(lang, 'export.lost', {label}))}`, ...changes];
		case 'sent': {
			// Drawn as an arrow where it lands (or is lost); here only a note that it left.
			const side = segment.from === 'client' ? 'right of Client' : 'left of Server';
			const what = t(lang, 'export.passage.sent');
			return [
				`    Note ${side}: ${mermaidText(t(lang, 'export.labelled', {label, what}))}`,
				...changes,
			];
		}
		case 'duplicated':
			return [
				note(
					'both',
					t(lang, 'export.labelled', {label, what: t(lang, 'export.passage.duplicated')}),
				),
				...changes,
			];
	}
}

function stepLines(step: Step, options: ExportOptions): string[] {
	const {lang} = options;
	const cross = glyphsFor(options.ascii ?? false).cross;
	if (!step.result.verdict.ok) {
		const side = step.move.side === 'net' ? 'both' : step.move.side;
		return [note(side, `${cross} ${step.input}: ${rejectedText(lang, step)}`)];
	}
	return step.result.happenings.flatMap((happening) =>
		happeningLines(lang, happening, step, options.absolute ?? false),
	);
}

export function mermaidOf(session: Session, options: ExportOptions): string {
	const {lang} = options;
	const absolute = options.absolute ?? false;
	const stillInFlight = session.inFlight.map((flight) =>
		t(lang, 'export.inFlightItem', {
			label: labelOf(lang, flight, absolute),
			me: flight.segment.from,
			peer: flight.segment.to,
		}),
	);
	const lines = [
		'sequenceDiagram',
		`    title ${mermaidText(titleOf(session, options))}`,
		participant(lang, 'client'),
		participant(lang, 'server'),
		note('client', session.initial.client.state),
		note('server', session.initial.server.state),
		...(usesTwoWay(session) ? [note('both', twoWayWarning(lang))] : []),
		...session.steps.flatMap((step) => stepLines(step, options)),
		...(stillInFlight.length > 0
			? [
					note(
						'both',
						t(lang, 'export.stillInFlight', {
							segments: stillInFlight.join(t(lang, 'export.separator')),
						}),
					),
				]
			: []),
	];
	const text = lines.join('\n');
	return options.ascii ? toAscii(text) : text;
}
