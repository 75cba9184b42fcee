import {describe, expect, test} from 'vitest';
import {ladderText} from '../../source/diagram/ladder.js';
import {formatSession} from '../../source/export/formats.js';
import {cell} from '../../source/export/markdown.js';
import {t} from '../../source/i18n/index.js';
import {scenarioNamed} from '../../source/learn/scenarios.js';
import {obligationOf} from '../../source/tcp/endpoint.js';
import {explain} from '../../source/tcp/explain.js';
import {flagsLabel, seqDiff} from '../../source/tcp/segment.js';
import {
	halfClose,
	happeningsOf,
	lostSyn,
	play,
	playScenario,
	rejected,
	standard,
} from './sessions.js';

const columns = [
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

type Row = Record<(typeof columns)[number], string>;

/** The table's body rows as records: split at the `|`s that are not escaped. */
function tableRows(markdown: string): Row[] {
	const lines = markdown.split('\n').filter((line) => line.startsWith('| '));
	const [head, rule, ...body] = lines;
	expect(head?.split(' | ')[0]).toBe('| #');
	expect(rule).toMatch(/^\| -+:? \|/);
	return body.map((line) => {
		const cells = line
			.slice(2, -2)
			.split(/ (?<!\\)\| /)
			.map((text) => text.trim());
		expect(cells).toHaveLength(columns.length);
		return Object.fromEntries(columns.map((name, index) => [name, cells[index] ?? ''])) as Row;
	});
}

/** The rows that show a segment: their From → to names a direction. */
function segmentRows(markdown: string): Row[] {
	return tableRows(markdown).filter((row) => /^(client|server) → /.test(row['From → to']));
}

describe('markdown', () => {
	test('starts with a title and holds the ladder in a fenced text block', () => {
		const {session, options} = play(standard);
		const markdown = formatSession(session, 'markdown', options);
		expect(markdown.split('\n')[0]).toBe(
			'# TCP exchange: client:syn server:syn client:ack client:fin server:ack server:fin client:ack client:timeout',
		);
		const ladder = ladderText(session, {lang: 'en', width: 80, stepNumbers: true});
		expect(markdown).toContain(`\n\`\`\`text\n${ladder}\n\`\`\`\n`);
	});

	test("names the automatic peer's moves in the title too, as the peer's", () => {
		const {session, options} = play('c:syn c:ack c:fin', {peer: 'server'});
		expect(session.steps.filter((step) => step.byPeer)).toHaveLength(2);
		const markdown = formatSession(session, 'markdown', options);
		expect(markdown.split('\n')[0]).toBe(
			'# TCP exchange: client:syn server:syn (automatic peer) client:ack client:fin server:ack (automatic peer)',
		);
		const title = formatSession(session, 'markdown', {...options, lang: 'zh'}).split('\n')[0];
		expect(title).toBe(
			'# TCP 交互：client:syn server:syn（自动对端） client:ack client:fin server:ack（自动对端）',
		);
	});

	test('has a row per segment, with the engine’s flags and relative seq, ack and len', () => {
		const {session, options} = play(standard);
		const rows = segmentRows(formatSession(session, 'markdown', options));
		const segments = session.steps.flatMap((step) => step.result.segments);
		expect(segments).toHaveLength(7);
		expect(rows).toHaveLength(segments.length);
		const iss = {client: session.initial.client.iss, server: session.initial.server.iss};
		for (const [index, segment] of segments.entries()) {
			const row = rows[index];
			expect(row?.['From → to']).toBe(`${segment.from} → ${segment.to}`);
			expect(row?.Flags).toBe(flagsLabel(segment.flags));
			expect(row?.Seq).toBe(String(seqDiff(iss[segment.from], segment.seq)));
			expect(row?.Ack).toBe(
				segment.ack === null ? '' : String(seqDiff(iss[segment.to], segment.ack)),
			);
			expect(row?.Len).toBe(String(segment.len));
		}
		// The handshake as every textbook draws it, read back from the table.
		expect(rows.slice(0, 3).map((row) => [row.Flags, row.Seq, row.Ack])).toEqual([
			['SYN', '0', ''],
			['SYN,ACK', '0', '1'],
			['ACK', '1', '1'],
		]);
	});

	test('gives the states after each segment and the step’s explanation', () => {
		const {session, options} = play(standard);
		const rows = segmentRows(formatSession(session, 'markdown', options));
		for (const [index, happening] of happeningsOf(session).entries()) {
			const step = session.steps[happening.stepNumber - 1];
			expect(rows[index]?.['#']).toBe(String(happening.stepNumber));
			expect(rows[index]?.Move).toBe(step?.input);
			// The state, and after a step's last segment what that side still owes (from the engine).
			for (const [side, column] of [
				['client', 'Client after'],
				['server', 'Server after'],
			] as const) {
				const owes = step ? obligationOf(step.result.connection[side]) : 'none';
				const lastOfStep = happeningsOf(session)[index + 1]?.stepNumber !== happening.stepNumber;
				const expected =
					lastOfStep && owes !== 'none'
						? `${happening.states[side]} ${t('en', `export.owes.${owes}`)}`
						: happening.states[side];
				expect(rows[index]?.[column], `${step?.input} ${side}`).toBe(expected);
			}
			expect(rows[index]?.Explanation).toBe(cell(explain('en', step?.result.verdict ?? never())));
		}
		// The standard run has the client's FIN arrive before the server answers it: the arrival
		// puts the server in CLOSE_WAIT, still owing the ACK. Likewise the SYN's arrival puts it in
		// SYN_RECEIVED, owing its SYN,ACK.
		const owesAckOfFin = `CLOSE_WAIT ${t('en', 'export.owes.ackForFin')}`;
		expect(rows.some((row) => row['Server after'] === owesAckOfFin)).toBe(true);
		const owesSynAck = `SYN_RECEIVED ${t('en', 'export.owes.synAckForSyn')}`;
		expect(rows[0]?.['Server after']).toBe(owesSynAck);
	});

	test('with --absolute, seq and ack are the raw numbers', () => {
		const {session, options} = play(standard);
		const rows = segmentRows(formatSession(session, 'markdown', {...options, absolute: true}));
		const segments = session.steps.flatMap((step) => step.result.segments);
		expect(rows.map((row) => [row.Seq, row.Ack])).toEqual(
			segments.map((segment) => [
				String(segment.seq),
				segment.ack === null ? '' : String(segment.ack),
			]),
		);
	});

	test('a rejected move is a row marked rejected, with the reason and what was valid', () => {
		const {session, options} = play(rejected);
		const rows = tableRows(formatSession(session, 'markdown', options));
		const first = rows[0];
		expect(first?.Move).toBe('client:fin');
		expect(first?.['From → to']).toBe('✗ rejected');
		expect(first?.Flags).toBe('');
		const verdict = session.steps[0]?.result.verdict;
		expect(verdict?.ok).toBe(false);
		expect(first?.Explanation).toContain(cell(explain('en', verdict ?? never())));
		expect(first?.['Client after']).toBe('CLOSED');
		// The handshake after it is still there, segment by segment.
		expect(
			segmentRows(formatSession(session, 'markdown', options)).map((row) => row.Flags),
		).toEqual(['SYN', 'SYN,ACK', 'ACK']);
	});

	test('a manual network says what happened to each segment on the way', () => {
		const {session, options} = play(lostSyn, {network: 'manual'});
		const rows = segmentRows(formatSession(session, 'markdown', options));
		expect(rows.map((row) => row['From → to'])).toEqual([
			'client → server (sent, in flight)',
			'client → server (lost)',
			'client → server (sent, in flight, resent)',
			'client → server (arrives, resent)',
			'server → client (sent, in flight)',
			'server → client (arrives)',
			'client → server (sent, in flight)',
			'client → server (arrives)',
		]);
	});

	test('data shows its length', () => {
		const {session, options} = play(halfClose);
		const data = segmentRows(formatSession(session, 'markdown', options)).find(
			(row) => row.Len !== '0',
		);
		expect(data).toMatchObject({Move: 'server:data:500', Seq: '1', Ack: '2', Len: '500'});
	});

	test('a scenario brings its title, intro and narration', () => {
		const {session, options} = playScenario('lost-syn');
		const markdown = formatSession(session, 'markdown', options);
		const scenario = options.scenario ?? never();
		expect(markdown.split('\n')[0]).toBe(`# ${scenario.title}`);
		expect(markdown).toContain(scenario.intro);
		expect(markdown).toContain(scenario.outro);
		const said = scenarioNamed('lost-syn')?.steps.find((step) => step.say)?.say ?? never();
		expect(markdown).toContain(cell(t('en', said)));
	});

	test('the two-way what-if says it is not TCP; a real exchange does not', () => {
		const whatIf = play('c:syn s:syn', {twoWay: true});
		expect(formatSession(whatIf.session, 'markdown', whatIf.options)).toMatch(
			/^> What if the handshake were two-way\? This is not TCP/m,
		);
		const {session, options} = play(standard);
		expect(formatSession(session, 'markdown', options)).not.toContain('two-way');
	});

	test('--ascii leaves no box drawing or arrows', () => {
		const {session, options} = play(rejected);
		const markdown = formatSession(session, 'markdown', {...options, ascii: true});
		expect(markdown).not.toMatch(/[│─▶◀✗→]/);
		expect(markdown).toContain('| x rejected |');
		expect(markdown).toContain('| client -> server |');
	});

	test('in Chinese: the same table, its headings and words translated, every row whole', () => {
		const {session, options} = play(lostSyn, {network: 'manual'});
		const english = tableRows(formatSession(session, 'markdown', options));
		const markdown = formatSession(session, 'markdown', {...options, lang: 'zh'});
		expect(markdown).toContain('| # | 操作 | 方向 | 标志 | Seq | Ack | Len |');
		const rows = tableRows(markdown);
		expect(rows.map((row) => [row['#'], row.Move, row.Flags, row.Seq, row.Ack, row.Len])).toEqual(
			english.map((row) => [row['#'], row.Move, row.Flags, row.Seq, row.Ack, row.Len]),
		);
		expect(rows[0]?.['From → to']).toBe('客户端 → 服务器 (已发出，在途中)');
		expect(rows[2]?.['From → to']).toBe('客户端 → 服务器 (已发出，在途中，重传)');
		expect(markdown).toContain('最终状态：客户端 ESTABLISHED，服务器 ESTABLISHED。');
	});

	test('a cell is one line and escapes the pipe', () => {
		expect(cell('a | b\nc')).toBe(String.raw`a \| b c`);
		const {session, options} = play(standard);
		const steps = (options.steps ?? []).map((step, index) =>
			index === 0 ? {...step, say: 'SYN | SYN,ACK\n| ACK'} : step,
		);
		const rows = tableRows(formatSession(session, 'markdown', {...options, steps}));
		expect(rows[0]?.Explanation.startsWith(String.raw`SYN \| SYN,ACK \| ACK The client`)).toBe(
			true,
		);
		expect(rows[0]?.['Client after']).toBe('SYN_SENT');
	});
});

function never(): never {
	throw new Error('missing test data');
}
