// A Markdown handout: the ladder in a fenced block, then a table with a row for every segment.
import {glyphsFor, toAscii} from '../diagram/glyphs.js';
import {ladderText} from '../diagram/ladder.js';
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {narration} from '../script/run-script.js';
import {obligationOf} from '../tcp/endpoint.js';
import {explain, joinSentences} from '../tcp/explain.js';
import type {Connection, Happening, Passage} from '../tcp/machine.js';
import {flagsLabel} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import {sides} from '../tcp/states.js';
import {
	type ExportOptions,
	localText,
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

type Column = (typeof header)[number];

type Row = Readonly<Record<Column, string>>;

/** Each column's heading in the catalog; '#' is the same in every language. */
const headings = {
	'#': null,
	Move: 'export.column.move',
	'From → to': 'export.column.fromTo',
	Flags: 'export.column.flags',
	Seq: 'export.column.seq',
	Ack: 'export.column.ack',
	Len: 'export.column.len',
	'Client after': 'export.column.clientAfter',
	'Server after': 'export.column.serverAfter',
	Explanation: 'export.column.explanation',
} as const satisfies Record<Column, MessageKey | null>;

function heading(lang: Language, column: Column): string {
	const key = headings[column];
	return key === null ? column : t(lang, key);
}

/** What the network did with a segment; nothing for one that crossed at once. */
const passageWords = {
	crossed: null,
	sent: 'export.passage.sent',
	arrived: 'export.passage.arrived',
	lost: 'export.passage.lost',
	duplicated: 'export.passage.duplicated',
} as const satisfies Record<Passage, MessageKey | null>;

function passageOf(lang: Language, passage: Passage): string {
	const key = passageWords[passage];
	return key === null ? '' : t(lang, key);
}

/** A table cell: one line, and a `|` that does not end the cell. */
export function cell(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim().replaceAll('|', String.raw`\|`);
}

function segmentRow(
	lang: Language,
	happening: Happening,
	absolute: boolean,
): Omit<Row, '#' | 'Move' | 'Explanation'> {
	const {segment, states} = happening;
	const after = {'Client after': states.client, 'Server after': states.server};
	if (segment === null) {
		return {'From → to': '', Flags: '', Seq: '', Ack: '', Len: '', ...after};
	}
	const notes = [
		passageOf(lang, happening.phase),
		tagOf(lang, happening).replaceAll(/[()（）]/g, ''),
	].filter(Boolean);
	const seq = relativeTo(segment.seq, happening.isn[segment.from], absolute);
	const ack =
		segment.ack === null ? null : relativeTo(segment.ack, happening.isn[segment.to], absolute);
	return {
		'From → to':
			notes.length > 0
				? t(lang, 'export.fromToNotes', {
						me: segment.from,
						peer: segment.to,
						notes: notes.join(t(lang, 'export.separator')),
					})
				: t(lang, 'export.fromTo', {me: segment.from, peer: segment.to}),
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
	const {lang} = options;
	const {verdict, happenings, connection} = step.result;
	const cross = glyphsFor(options.ascii ?? false).cross;
	const why = joinSentences([say ?? '', explain(lang, verdict)]);
	const input = step.byPeer ? t(lang, 'export.byPeer', {input: step.input}) : step.input;
	if (!verdict.ok) {
		return [
			{
				'#': String(number),
				Move: input,
				'From → to': `${cross} ${t(lang, 'export.rejected')}`,
				Flags: '',
				Seq: '',
				Ack: '',
				Len: '',
				'Client after': connection.client.state,
				'Server after': connection.server.state,
				Explanation: t(lang, 'export.rejectedWhy', {
					cross,
					rejected: rejectedText(lang, step),
					why,
				}),
			},
		];
	}
	return happenings.map((happening, index) => {
		const row = segmentRow(lang, happening, options.absolute ?? false);
		// After the step's last segment, what a side still owes: the RFC sends it at once, here the
		// student does, and a handout should show what is pending.
		const owed = index === happenings.length - 1 ? owedAfter(lang, connection) : {};
		const local =
			happening.segment === null
				? t(lang, 'export.noSegment', {what: localText(lang, happening, step)})
				: '';
		return {
			'#': String(number),
			Move: index === 0 ? input : '',
			...row,
			'From → to': row['From → to'] || local,
			...owed,
			Explanation: index === 0 ? why : '',
		};
	});
}

function owedAfter(lang: Language, connection: Connection): Partial<Row> {
	const cells: Partial<Record<'Client after' | 'Server after', string>> = {};
	for (const side of sides) {
		const owes = obligationOf(connection[side]);
		if (owes === 'none') continue;
		const column = side === 'client' ? 'Client after' : 'Server after';
		cells[column] = `${connection[side].state} ${t(lang, `export.owes.${owes}`)}`;
	}
	return cells;
}

function tableLine(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

export function markdownOf(session: Session, options: ExportOptions): string {
	const {lang} = options;
	const absolute = options.absolute ?? false;
	const ladder = ladderText(session, {
		lang,
		width: options.width ?? 80,
		ascii: options.ascii ?? false,
		absolute,
		stepNumbers: true,
	});
	const {client, server} = session.initial;
	const numbering = absolute
		? t(lang, 'export.absolute')
		: t(lang, 'export.relative', {client: client.iss, server: server.iss});
	const says = narration(session, options.steps ?? []);
	const rows = session.steps.flatMap((step, index) =>
		stepRows(step, index + 1, says[index], options),
	);
	const scenario = options.scenario;
	const final = session.connection;
	const lines = [
		`# ${titleOf(session, options)}`,
		'',
		...(scenario ? [scenario.intro, ''] : []),
		...(usesTwoWay(session) ? [`> ${twoWayWarning(lang)}`, ''] : []),
		'```text',
		ladder,
		'```',
		'',
		numbering,
		'',
		tableLine(header.map((column) => heading(lang, column))),
		tableLine(header.map((name) => (['#', 'Seq', 'Ack', 'Len'].includes(name) ? '---:' : '---'))),
		...rows.map((row) => tableLine(header.map((name) => cell(row[name])))),
		'',
		t(lang, 'export.final', {client: final.client.state, server: final.server.state}),
		...(scenario ? ['', scenario.outro] : []),
	];
	const text = lines.join('\n');
	return options.ascii ? toAscii(text) : text;
}
