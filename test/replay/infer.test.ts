// Inference: both ends' states through a captured exchange, and every place the engine could not
// follow said and counted.
import {describe, expect, it} from 'vitest';
import {ladderText} from '../../source/diagram/ladder.js';
import {bufferSource} from '../../source/replay/byte-source.js';
import {scanCapture} from '../../source/replay/connections.js';
import {inferReplay, type Replay} from '../../source/replay/infer.js';
import {eventsSummary} from '../../source/replay/replay-text.js';
import {say} from '../../source/tcp/explain.js';
import {conversation, type Exchange, pcap} from './build-capture.js';

function replayOf(exchange: Exchange, id = 1): Replay {
	const bytes = pcap(conversation(exchange));
	const {listing} = scanCapture(bufferSource(bytes));
	const summary = listing.connections[id - 1];
	if (!summary) throw new Error(`no connection ${id}`);
	return inferReplay('en', summary, scanCapture(bufferSource(bytes), id).segments);
}

const statesAfter = (replay: Replay) =>
	replay.session.steps.map(({result}) => {
		const {client, server} = result.connection;
		return `${client.state}/${server.state}`;
	});

const eventsOf = (replay: Replay) => replay.steps.map((step) => step.events.join(','));

const open: Exchange = [
	['c', 'S', 1000, 0],
	['s', 'SA', 5000, 1001],
	['c', 'A', 1001, 5001],
];

describe('a capture the engine follows all the way', () => {
	it('open, data both ways, and the client closing first', () => {
		const replay = replayOf([
			...open,
			['c', 'PA', 1001, 5001, 100],
			['s', 'A', 5001, 1101],
			['s', 'PA', 5001, 1101, 20],
			['c', 'A', 1101, 5021],
			['c', 'FA', 1101, 5021],
			['s', 'A', 5021, 1102],
			['s', 'FA', 5021, 1102],
			['c', 'A', 1102, 5022],
		]);
		expect(statesAfter(replay)).toEqual([
			'SYN_SENT/SYN_RECEIVED',
			'ESTABLISHED/SYN_RECEIVED',
			'ESTABLISHED/ESTABLISHED',
			'ESTABLISHED/ESTABLISHED',
			'ESTABLISHED/ESTABLISHED',
			'ESTABLISHED/ESTABLISHED',
			'ESTABLISHED/ESTABLISHED',
			'FIN_WAIT_1/CLOSE_WAIT',
			'FIN_WAIT_2/CLOSE_WAIT',
			'TIME_WAIT/LAST_ACK',
			'TIME_WAIT/CLOSED',
		]);
		expect(replay.session.steps.map((step) => step.input)).toEqual([
			'client:syn',
			'server:syn',
			'client:ack',
			'client:data',
			'server:ack',
			'server:data',
			'client:ack',
			'client:fin',
			'server:ack',
			'server:fin',
			'client:ack',
		]);
		expect(eventsOf(replay).every((events) => events === '')).toBe(true);
		expect(eventsSummary('en', replay)).toBe('The engine followed every segment of the capture.');
	});

	it('numbers the ladder relative to each ISN, as Wireshark does', () => {
		const replay = replayOf([...open, ['c', 'PA', 1001, 5001, 100]]);
		const ladder = ladderText(replay.session, {lang: 'en', width: 80});
		expect(ladder).toContain('SYN seq=0');
		expect(ladder).toContain('SYN,ACK seq=0 ack=1');
		expect(ladder).toContain('ACK seq=1 ack=1 len=100');
	});

	it('a three-way close: the FIN,ACK pays the owed ACK of the first FIN', () => {
		const replay = replayOf([
			...open,
			['c', 'FA', 1001, 5001],
			['s', 'FA', 5001, 1002],
			['c', 'A', 1002, 5002],
		]);
		expect(statesAfter(replay).slice(-3)).toEqual([
			'FIN_WAIT_1/CLOSE_WAIT',
			'TIME_WAIT/LAST_ACK',
			'TIME_WAIT/CLOSED',
		]);
		expect(eventsOf(replay).join('')).toBe('');
	});

	it('a refused connection: the RST is the one the closed port sends by itself', () => {
		const replay = replayOf([
			['c', 'S', 1000, 0],
			['s', 'RA', 0, 1001],
		]);
		expect(replay.session.initial.server.state).toBe('CLOSED');
		expect(statesAfter(replay)).toEqual(['SYN_SENT/CLOSED', 'CLOSED/CLOSED']);
		expect(replay.session.steps[1]?.result.happenings[0]?.auto).toBe(true);
		expect(replay.steps[1]?.notes.map((note) => say('en', note)).join(' ')).toContain(
			"The server's TCP sent this by itself",
		);
		expect(replay.counts.reset).toBe(1);
		expect(replay.summary.ending).toBe('refused');
	});

	it('a crossing close: both FINs leave before either arrives, through CLOSING', () => {
		const replay = replayOf([
			...open,
			['c', 'FA', 1001, 5001],
			['s', 'FA', 5001, 1001],
			['c', 'A', 1002, 5002],
			['s', 'A', 5002, 1002],
		]);
		const final = replay.session.connection;
		expect([final.client.state, final.server.state]).toEqual(['TIME_WAIT', 'TIME_WAIT']);
		// Each side was in CLOSING at some point: its FIN was out when the other's arrived.
		const passed = replay.session.steps.flatMap((step) =>
			step.result.happenings.map(({states}) => `${states.client}/${states.server}`),
		);
		expect(passed).toContain('CLOSING/FIN_WAIT_1');
		expect(passed).toContain('CLOSING/CLOSING');
		expect(passed).toContain('CLOSING/TIME_WAIT');
		// The client's FIN is drawn leaving, then landing a row later.
		const phases = replay.session.steps.flatMap((step) =>
			step.result.happenings.map((happening) => happening.phase),
		);
		expect(phases).toContain('sent');
		expect(phases).toContain('arrived');
		expect(replay.session.network).toBe('manual');
	});
});

describe('where the engine cannot follow, the step says so and the replay goes on', () => {
	it('a connection already open when the capture began', () => {
		const replay = replayOf([
			['c', 'PA', 2001, 8001, 50],
			['s', 'A', 8001, 2051],
			['c', 'FA', 2051, 8001],
		]);
		expect(replay.session.initial.client.state).toBe('ESTABLISHED');
		expect(replay.session.initial.server.state).toBe('ESTABLISHED');
		expect(replay.steps[0]?.events).toContain('midstream');
		expect(replay.steps[0]?.notes.map((note) => say('en', note)).join(' ')).toContain(
			'The capture begins after the handshake',
		);
		expect(replay.isn).toEqual({client: 2000, server: 8000});
		expect(statesAfter(replay).at(-1)).toBe('FIN_WAIT_1/CLOSE_WAIT');
		expect(replay.counts.midstream).toBe(1);
	});

	it("a capture that begins with the server's SYN,ACK", () => {
		const replay = replayOf([
			['s', 'SA', 5000, 1001],
			['c', 'A', 1001, 5001],
		]);
		expect(replay.session.initial.client.state).toBe('SYN_SENT');
		expect(replay.session.initial.server.state).toBe('SYN_RECEIVED');
		expect(statesAfter(replay)).toEqual(['ESTABLISHED/SYN_RECEIVED', 'ESTABLISHED/ESTABLISHED']);
		expect(replay.counts.midstream).toBe(1);
	});

	it('a retransmission of data', () => {
		const replay = replayOf([
			...open,
			['c', 'PA', 1001, 5001, 100],
			['c', 'PA', 1001, 5001, 100],
			['s', 'A', 5001, 1101],
		]);
		expect(replay.steps[4]?.events).toEqual(['retransmission']);
		expect(replay.session.steps[4]?.result.happenings.at(-1)?.retransmission).toBe(true);
		expect(statesAfter(replay).at(-1)).toBe('ESTABLISHED/ESTABLISHED');
		expect(replay.counts.retransmission).toBe(1);
	});

	it('an ACK for data the capture never showed', () => {
		const replay = replayOf([...open, ['s', 'A', 5001, 1501], ['c', 'PA', 1501, 5001, 10]]);
		expect(replay.steps[3]?.events).toEqual(['unseen']);
		expect(replay.steps[3]?.notes.map((note) => say('en', note)).join(' ')).toContain(
			'acknowledges 500 bytes',
		);
		expect(replay.session.steps[3]?.result.connection.client.sndNxt).toBe(1501);
		// From there the client's next segment is an ordinary move again.
		expect(replay.steps[4]?.events).toEqual([]);
	});

	it('a segment that starts after a gap', () => {
		const replay = replayOf([...open, ['c', 'PA', 1201, 5001, 10]]);
		expect(replay.steps[3]?.events).toEqual(['unseen']);
		expect(replay.steps[3]?.notes.map((note) => say('en', note)).join(' ')).toContain(
			'200 bytes beyond',
		);
	});

	it('a duplicate ACK', () => {
		const replay = replayOf([...open, ['s', 'A', 5001, 1001], ['s', 'A', 5001, 1001]]);
		expect(eventsOf(replay).slice(3)).toEqual(['duplicateAck', 'duplicateAck']);
	});

	it('an RST that aborts an open connection', () => {
		const replay = replayOf([...open, ['c', 'PA', 1001, 5001, 5], ['s', 'RA', 5001, 1006]]);
		expect(statesAfter(replay).at(-1)).toBe('CLOSED/CLOSED');
		expect(replay.steps[4]?.events).toEqual(['reset']);
		expect(replay.steps[4]?.notes.map((note) => say('en', note)).join(' ')).toContain(
			'the capture cannot show whether it arrived',
		);
		expect(eventsSummary('en', replay)).toBe(
			'Where the engine could not follow the capture: RSTs 1.',
		);
	});

	it('counts every kind in the summary', () => {
		const replay = replayOf([
			['c', 'PA', 2001, 8001, 50],
			['c', 'PA', 2001, 8001, 50],
			['s', 'A', 8001, 2051],
			['s', 'A', 8001, 2051],
			['s', 'R', 8001, 0],
		]);
		expect(replay.counts).toEqual({
			midstream: 1,
			retransmission: 1,
			duplicateAck: 1,
			unseen: 0,
			reset: 1,
			unexpected: 0,
		});
	});
});
