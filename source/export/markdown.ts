// A Markdown handout: the ladder in a fenced block, then a table with a row for every segment.
import {glyphsFor, toAscii} from '../diagram/glyphs.js';
import {ladderText} from '../diagram/ladder.js';
import {explain} from '../tcp/explain.js';
import type {Happening, Passage} from '../tcp/machine.js';
import {flagsLabel} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import {
	type ExportOptions,
	localText,
	narration,
	rejectedText,
	relativeTo,
	tagOf,
	titleOf,
	twoWayWarning,
	usesTwoWay,
} from './common.js';

const header = [
	'#',
	'Move',
	'From → to',
	'Flags',
	'Seq',
	'Ack',
	'Len',
	'Client after',
	'Server after',
	'Explanation',
] as const;

type Row = Readonly<Record<(typeof header)[number], string>>;

/** What the network did with a segment; nothing for one that crossed at once. */
const passageWords = {
	crossed: '',
	sent: 'sent, in flight',
	arrived: 'arrives',
	lost: 'lost',
	duplicated: 'copied in the network',
} as const satisfies Record<Passage, string>;

/** A table cell: one line, and a `|` that does not end the cell. */
export function cell(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim().replaceAll('|', String.raw`\|`);
}

function segmentRow(
	happening: Happening,
	absolute: boolean,
): Omit<Row, '#' | 'Move' | 'Explanation'> {
	const {segment, states} = happening;
	const after = {'Client after': states.client, 'Server after': states.server};
	if (segment === null) {
		return {'From → to': '', Flags: '', Seq: '', Ack: '', Len: '', ...after};
	}
	const notes = [passageWords[happening.phase], tagOf(happening).replaceAll(/[()]/g, '')].filter(
		Boolean,
	);
	const seq = relativeTo(segment.seq, happening.isn[segment.from], absolute);
	const ack =
		segment.ack === null ? null : relativeTo(segment.ack, happening.isn[segment.to], absolute);
	return {
		'From → to': `${segment.from} → ${segment.to}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
		Flags: flagsLabel(segment.flags),
		Seq: String(seq),
		Ack: ack === null ? '' : String(ack),
		Len: String(segment.len),
		...after,
	};
}

/** One row per segment (or local change) of the step; a rejected move is one row marked so. */
function stepRows(
	step: Step,
	number: number,
	say: string | undefined,
	options: ExportOptions,
): Row[] {
	const {verdict, happenings, connection} = step.result;
	const cross = glyphsFor(options.ascii ?? false).cross;
	const why = `${say ? `${say} ` : ''}${explain(verdict)}`;
	const input = `${step.input}${step.byPeer ? ' (peer)' : ''}`;
	if (!verdict.ok) {
		return [
			{
				'#': String(number),
				Move: input,
				'From → to': `${cross} rejected`,
				Flags: '',
				Seq: '',
				Ack: '',
				Len: '',
				'Client after': connection.client.state,
				'Server after': connection.server.state,
				Explanation: `${cross} ${rejectedText(step)}. ${why}`,
			},
		];
	}
	return happenings.map((happening, index) => {
		const row = segmentRow(happening, options.absolute ?? false);
		const local = happening.segment === null ? `${localText(happening, step)} (no segment)` : '';
		return {
			'#': String(number),
			Move: index === 0 ? input : '',
			...row,
			'From → to': row['From → to'] || local,
			Explanation: index === 0 ? why : '',
		};
	});
}

function tableLine(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

export function markdownOf(session: Session, options: ExportOptions): string {
	const absolute = options.absolute ?? false;
	const ladder = ladderText(session, {
		width: options.width ?? 80,
		ascii: options.ascii ?? false,
		absolute,
		stepNumbers: true,
	});
	const {client, server} = session.initial;
	const numbering = absolute
		? 'Sequence numbers are absolute.'
		: `Sequence numbers are relative to each side's initial sequence number (client ${client.iss}, server ${server.iss}): the SYN is seq=0 and its ACK is ack=1.`;
	const says = narration(session, options);
	const rows = session.steps.flatMap((step, index) =>
		stepRows(step, index + 1, says[index], options),
	);
	const scenario = options.scenario;
	const final = session.connection;
	const lines = [
		`# ${titleOf(session, options)}`,
		'',
		...(scenario ? [scenario.intro, ''] : []),
		...(usesTwoWay(session) ? [`> ${twoWayWarning}`, ''] : []),
		'```text',
		ladder,
		'```',
		'',
		numbering,
		'',
		tableLine(header),
		tableLine(header.map((name) => (['#', 'Seq', 'Ack', 'Len'].includes(name) ? '---:' : '---'))),
		...rows.map((row) => tableLine(header.map((name) => cell(row[name])))),
		'',
		`Final states: client ${final.client.state}, server ${final.server.state}.`,
		...(scenario ? ['', scenario.outro] : []),
	];
	const text = lines.join('\n');
	return options.ascii ? toAscii(text) : text;
}
