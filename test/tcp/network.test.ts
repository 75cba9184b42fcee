// The manual network: segments wait in flight until the student delivers (in any order), drops
// or duplicates one, and the retransmission timer sends lost segments again. ISNs are client 100,
// server 300 throughout, so every number below can be written out.
import {describe, expect, it} from 'vitest';
import {explain} from '../../source/tcp/explain.js';
import {createSession, type Session, type Step, undo} from '../../source/tcp/session.js';
import {networkOnly, optionsText, owed} from '../helpers/engine.js';
import {
	keysOf as allKeysOf,
	flightsText,
	happeningsOf,
	instant,
	keysSeen,
	lastOf,
	manual,
	nth,
	playOn,
	playSteps,
	statesAfter,
	stepsSince,
	tryStep,
} from '../helpers/network.js';

/** The explanation's message keys, without the "On Linux" asides. */
function keysOf(step: Step): string[] {
	return allKeysOf(step).filter((key) => !key.startsWith('linux.'));
}

/** The three-way handshake, each segment delivered as soon as it is sent. */
const handshake = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';

function established(): Session {
	return playSteps(handshake);
}

describe('a segment in flight', () => {
	it('leaves the sender at once and changes only the sender', () => {
		const start = createSession(manual);
		const after = tryStep(start, 'c:syn');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['ok.activeOpen']);
		expect(happeningsOf(step.result)).toEqual(['sent C>S SYN seq=100']);
		expect(flightsText(after.inFlight)).toEqual(['C>S SYN seq=100']);
		expect(step.result.happenings[0]?.changed).toEqual(['client']);
		expect(after.connection.client).toMatchObject({state: 'SYN_SENT', sndUna: 100, sndNxt: 101});
		expect(after.connection.server).toBe(start.connection.server);
		expect(after.connection.server.rcvNxt).toBeNull();
	});

	it('carries data that the receiver does not see until it is delivered', () => {
		const before = established();
		const after = tryStep(before, 'c:data:10');
		expect(happeningsOf(lastOf(after).result)).toEqual(['sent C>S ACK seq=101 ack=301 len=10']);
		expect(after.connection.server).toBe(before.connection.server);
		expect(after.connection.server.rcvNxt).toBe(101);
		expect(after.connection.client.sndNxt).toBe(111);
	});
});

describe('net:deliver', () => {
	const crossing = () => playOn(established(), 'c:data:10 s:data:20');

	it('delivers the oldest segment in flight', () => {
		const before = crossing();
		expect(flightsText(before.inFlight)).toEqual([
			'C>S ACK seq=101 ack=301 len=10',
			'S>C ACK seq=301 ack=101 len=20',
		]);
		const after = tryStep(before, 'net:deliver');
		const step = lastOf(after);
		expect(step.input).toBe('net:deliver:1');
		expect(keysOf(step)).toEqual(['net.delivered', 'in.data']);
		expect(happeningsOf(step.result)).toEqual(['arrived C>S ACK seq=101 ack=301 len=10']);
		expect(after.connection.server.rcvNxt).toBe(111);
		expect(after.connection.client).toBe(before.connection.client);
		expect(flightsText(after.inFlight)).toEqual(['S>C ACK seq=301 ack=101 len=20']);
	});

	it('net:deliver:2 lets the second segment overtake the first', () => {
		const before = crossing();
		const after = tryStep(before, 'net:deliver:2');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['net.deliveredOutOfOrder', 'in.data']);
		expect(happeningsOf(step.result)).toEqual(['arrived S>C ACK seq=301 ack=101 len=20']);
		expect(after.connection.client.rcvNxt).toBe(321);
		expect(after.connection.server.rcvNxt).toBe(101);
		expect(flightsText(after.inFlight)).toEqual(['C>S ACK seq=101 ack=301 len=10']);
	});

	it('data that overtakes data of the same side is held, re-ACKed, and taken when the gap fills', () => {
		const before = playOn(established(), 'c:data:10 c:data:20');
		const after = tryStep(before, 'net:deliver:2');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['net.deliveredOutOfOrder', 'in.heldOutOfOrder']);
		expect(happeningsOf(step.result)).toEqual([
			'arrived C>S ACK seq=111 ack=301 len=20',
			'sent auto S>C ACK seq=301 ack=101',
		]);
		expect(after.connection.server).toMatchObject({rcvNxt: 101, bytesReceived: 0});
		expect(after.connection.server.held).toEqual([{seq: 111, len: 20, fin: false}]);
		expect(flightsText(after.inFlight)).toEqual([
			'C>S ACK seq=101 ack=301 len=10',
			'auto S>C ACK seq=301 ack=101',
		]);
		const filled = tryStep(after, 'net:deliver');
		expect(keysOf(lastOf(filled))).toEqual([
			'net.delivered',
			'in.data',
			'in.heldDelivered',
			'in.data',
		]);
		expect(filled.connection.server).toMatchObject({rcvNxt: 131, bytesReceived: 30, held: []});
		// One ACK now acknowledges both segments.
		const acked = playOn(filled, 's:ack net:deliver:2');
		expect(acked.connection.client).toMatchObject({sndUna: 131, sndNxt: 131});
		expect(owed(acked.connection)).toBe('none/none');
	});

	it('a second copy of a held segment is not held twice', () => {
		const held = playOn(established(), 'c:data:10 c:data:20 net:dup:2 net:deliver:2');
		expect(flightsText(held.inFlight)).toEqual([
			'C>S ACK seq=101 ack=301 len=10',
			'C>S ACK seq=111 ack=301 len=20',
			'auto S>C ACK seq=301 ack=101',
		]);
		const again = tryStep(held, 'net:deliver:2');
		expect(happeningsOf(lastOf(again).result)).toEqual([
			'arrived C>S ACK seq=111 ack=301 len=20',
			'sent auto S>C ACK seq=301 ack=101',
		]);
		expect(again.connection.server.held).toEqual([{seq: 111, len: 20, fin: false}]);
	});
});

describe('net:drop', () => {
	it('removes the segment and changes nothing at either endpoint', () => {
		const before = playSteps('c:syn');
		const after = tryStep(before, 'net:drop');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['net.dropped']);
		expect(happeningsOf(step.result)).toEqual(['lost C>S SYN seq=100']);
		expect(step.result.happenings[0]?.changed).toEqual([]);
		expect(step.result.connection).toBe(before.connection);
		expect(after.connection).toBe(before.connection);
		expect(after.inFlight).toEqual([]);
	});

	it('net:drop:2 removes the second segment only', () => {
		const before = playSteps('c:syn s:syn');
		const after = tryStep(before, 'net:drop:2');
		expect(happeningsOf(lastOf(after).result)).toEqual(['lost S>C SYN seq=300']);
		expect(flightsText(after.inFlight)).toEqual(['C>S SYN seq=100']);
		expect(after.connection).toBe(before.connection);
	});
});

describe('net:dup', () => {
	it('leaves two copies in flight and changes nothing at the endpoints', () => {
		const before = playOn(established(), 'c:data:50');
		const after = tryStep(before, 'net:dup');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['net.duplicated']);
		expect(happeningsOf(step.result)).toEqual(['duplicated C>S ACK seq=101 ack=301 len=50']);
		expect(after.connection).toBe(before.connection);
		expect(flightsText(after.inFlight)).toEqual([
			'C>S ACK seq=101 ack=301 len=50',
			'C>S ACK seq=101 ack=301 len=50',
		]);
	});

	it('duplicated data advances RCV.NXT once; the second copy draws a duplicate ACK (§3.10.7.4)', () => {
		const first = playOn(established(), 'c:data:50 net:dup net:deliver');
		expect(keysOf(lastOf(first))).toEqual(['net.delivered', 'in.data']);
		expect(first.connection.server.rcvNxt).toBe(151);

		const second = tryStep(first, 'net:deliver');
		const step = lastOf(second);
		expect(keysOf(step)).toEqual(['net.delivered', 'in.duplicate']);
		expect(happeningsOf(step.result)).toEqual([
			'arrived C>S ACK seq=101 ack=301 len=50',
			'sent auto S>C ACK seq=301 ack=151',
		]);
		expect(second.connection.server.rcvNxt).toBe(151);
		expect(second.connection.server.bytesReceived).toBe(50);
		expect(flightsText(second.inFlight)).toEqual(['auto S>C ACK seq=301 ack=151']);
	});

	it('a duplicated SYN makes the server SYN_RECEIVED once; the copy is dropped while the SYN,ACK is owed', () => {
		const first = playSteps('c:syn net:dup net:deliver');
		expect(first.connection.server).toMatchObject({state: 'SYN_RECEIVED', irs: 100, rcvNxt: 101});
		const second = tryStep(first, 'net:deliver');
		const step = lastOf(second);
		expect(keysOf(step)).toEqual(['net.delivered', 'in.synAgain']);
		expect(happeningsOf(step.result)).toEqual(['arrived C>S SYN seq=100']);
		expect(second.connection.server).toBe(first.connection.server);
		expect(second.inFlight).toEqual([]);
	});

	it('a duplicated FIN advances RCV.NXT once; the copy draws an ACK, which pays the ACK owed', () => {
		const first = playOn(established(), 'c:fin net:dup net:deliver');
		expect(first.connection.server).toMatchObject({state: 'CLOSE_WAIT', rcvNxt: 102});
		expect(owed(first.connection)).toBe('none/ackForFin');
		const second = tryStep(first, 'net:deliver');
		const step = lastOf(second);
		expect(keysOf(step)).toEqual(['net.delivered', 'in.duplicate']);
		expect(happeningsOf(step.result)).toEqual([
			'arrived C>S FIN,ACK seq=101 ack=301',
			'sent auto S>C ACK seq=301 ack=102',
		]);
		expect(second.connection.server).toMatchObject({state: 'CLOSE_WAIT', rcvNxt: 102});
		expect(owed(second.connection)).toBe('none/none');
	});
});

describe('retransmission (t with a manual network)', () => {
	it('after a lost SYN resends the SYN with the same seq, marked as resent', () => {
		const after = playSteps('c:syn net:drop c:timeout');
		const step = lastOf(after);
		expect(keysOf(step)).toEqual(['ok.retransmit']);
		expect(happeningsOf(step.result)).toEqual(['sent C>S SYN seq=100 (resent)']);
		expect(step.result.happenings[0]?.retransmission).toBe(true);
		expect(after.inFlight[0]?.retransmission).toBe(true);
		expect(after.connection.client).toMatchObject({state: 'SYN_SENT', sndUna: 100, sndNxt: 101});
		expect(explain('en', step.result.verdict)).toContain('seq = 100');

		const delivered = tryStep(after, 'net:deliver');
		expect(happeningsOf(lastOf(delivered).result)).toEqual(['arrived C>S SYN seq=100 (resent)']);
		expect(delivered.connection.server).toMatchObject({
			state: 'SYN_RECEIVED',
			irs: 100,
			rcvNxt: 101,
		});
	});

	it('after a lost SYN,ACK resends the SYN,ACK from SYN_RECEIVED', () => {
		const after = playSteps('c:syn net:deliver s:syn net:drop s:timeout');
		expect(happeningsOf(lastOf(after).result)).toEqual([
			'sent S>C SYN,ACK seq=300 ack=101 (resent)',
		]);
		expect(statesAfter(lastOf(after))).toBe('SYN_SENT/SYN_RECEIVED');
	});

	it('after lost data resends the data from SND.UNA', () => {
		const after = playOn(established(), 'c:data:50 net:drop c:timeout');
		expect(happeningsOf(lastOf(after).result)).toEqual([
			'sent C>S ACK seq=101 ack=301 len=50 (resent)',
		]);
		expect(after.connection.client).toMatchObject({sndUna: 101, sndNxt: 151});
	});

	it('after two lost data segments resends both as one segment', () => {
		const after = playOn(established(), 'c:data:50 c:data:30 net:drop net:drop c:timeout');
		expect(happeningsOf(lastOf(after).result)).toEqual([
			'sent C>S ACK seq=101 ack=301 len=80 (resent)',
		]);
	});

	it('resends only what was not acknowledged', () => {
		const after = playOn(
			established(),
			'c:data:50 c:data:30 net:deliver net:drop s:ack net:deliver c:timeout',
		);
		expect(after.connection.client.sndUna).toBe(151);
		expect(happeningsOf(lastOf(after).result)).toEqual([
			'sent C>S ACK seq=151 ack=301 len=30 (resent)',
		]);
	});

	it('after a lost FIN resends the FIN', () => {
		const after = playOn(established(), 'c:fin net:drop c:timeout');
		expect(happeningsOf(lastOf(after).result)).toEqual([
			'sent C>S FIN,ACK seq=101 ack=301 (resent)',
		]);
		expect(statesAfter(lastOf(after))).toBe('FIN_WAIT_1/ESTABLISHED');
		const delivered = tryStep(after, 'net:deliver');
		expect(keysOf(lastOf(delivered))).toEqual(['net.delivered', 'in.fin', 'in.arc']);
		expect(delivered.connection.server).toMatchObject({state: 'CLOSE_WAIT', rcvNxt: 102});
	});

	it('after lost data and a lost FIN resends the data first, then the FIN', () => {
		const data = playOn(established(), 'c:data:50 c:fin net:drop net:drop c:timeout');
		expect(happeningsOf(lastOf(data).result)).toEqual([
			'sent C>S ACK seq=101 ack=301 len=50 (resent)',
		]);
		const fin = playOn(data, 'net:deliver s:ack net:deliver c:timeout');
		expect(happeningsOf(lastOf(fin).result)).toEqual(['sent C>S FIN,ACK seq=151 ack=301 (resent)']);
	});

	it('is rejected with everything acknowledged, naming the valid moves', () => {
		const before = established();
		const after = tryStep(before, 'c:timeout');
		const {verdict, connection} = lastOf(after).result;
		expect(keysOf(lastOf(after))).toEqual(['no.timeout.allAcked']);
		expect(connection).toBe(before.connection);
		expect(after.inFlight).toEqual([]);
		if (verdict.ok) throw new Error('accepted');
		expect(optionsText(verdict.validNow)).toEqual(['fin:FIN,ACK', 'rst:RST,ACK', 'data:ACK']);
	});

	it('with instant delivery resends too: the copy crosses at once', () => {
		const synSent = playSteps('c:syn', instant);
		const resent = tryStep(synSent, 'c:timeout');
		expect(keysOf(lastOf(resent))).toEqual(['ok.retransmit', 'in.synAgain']);
		expect(happeningsOf(lastOf(resent).result)).toEqual(['crossed C>S SYN seq=100 (resent)']);
		expect(resent.connection.server).toBe(synSent.connection.server);
		const open = playSteps('c:syn s:syn c:ack', instant);
		expect(keysOf(lastOf(tryStep(open, 's:timeout')))).toEqual(['no.timeout.allAcked']);
	});
});

describe('rejected network steps', () => {
	const cases = [
		{
			name: 'nothing in flight',
			setup: '',
			options: manual,
			step: 'net:deliver',
			key: 'no.net.empty',
		},
		{
			name: 'K out of range',
			setup: 'c:syn',
			options: manual,
			step: 'net:drop:2',
			key: 'no.net.range',
		},
		{
			name: 'K out of range (dup)',
			setup: 'c:syn s:syn',
			options: manual,
			step: 'net:dup:3',
			key: 'no.net.range',
		},
		{
			name: 'instant delivery',
			setup: 'c:syn',
			options: instant,
			step: 'net:deliver',
			key: 'no.net.instant',
		},
		{
			name: 'instant delivery (drop)',
			setup: '',
			options: instant,
			step: 'net:drop',
			key: 'no.net.instant',
		},
	] as const;

	it.each(cases)('$name: $key, validNow null, nothing changes', ({setup, options, step, key}) => {
		const before = playSteps(setup, options);
		const after = tryStep(before, step);
		const last = lastOf(after);
		expect(keysOf(last)).toEqual([key]);
		expect(last.result.verdict).toMatchObject({ok: false, validNow: null});
		expect(last.result.connection).toBe(before.connection);
		expect(last.result.happenings).toEqual([]);
		expect(last.result.segments).toEqual([]);
		expect(after.inFlight).toEqual(before.inFlight);
		expect(last.byPeer).toBe(false);
		// No "Valid now" sentence: the rejected move was the network's.
		expect(explain('en', last.result.verdict)).not.toContain('Valid now');
	});

	it('net:drop:2 with one segment in flight says how many there are', () => {
		const rejected = lastOf(tryStep(playSteps('c:syn'), 'net:drop:2'));
		expect(explain('en', rejected.result.verdict)).toBe(
			'There is no segment number 2 in flight: only 1.',
		);
	});
});

describe('simultaneous open (RFC 9293 §3.5, Figure 7)', () => {
	it('both sides send SYN: both SYN_SENT; each SYN arriving makes SYN_SENT SYN_RECEIVED, owing SYN,ACK', () => {
		const sent = playSteps('c:syn s:syn');
		expect(statesAfter(lastOf(sent))).toBe('SYN_SENT/SYN_SENT');
		expect(keysOf(lastOf(sent))).toEqual(['ok.listenSend']);
		expect(flightsText(sent.inFlight)).toEqual(['C>S SYN seq=100', 'S>C SYN seq=300']);

		const arrived = playOn(sent, 'net:deliver net:deliver');
		const [first, second] = stepsSince(sent, arrived);
		expect(first && statesAfter(first)).toBe('SYN_SENT/SYN_RECEIVED');
		expect(second && statesAfter(second)).toBe('SYN_RECEIVED/SYN_RECEIVED');
		for (const step of [first, second]) {
			expect(step && keysOf(step)).toEqual(['net.delivered', 'in.simultaneousSyn', 'in.arc']);
		}
		expect(owed(arrived.connection)).toBe('synAckForSyn/synAckForSyn');
		// Each SYN is out already: SND.NXT = ISS + 1, nothing acknowledged yet.
		expect(arrived.connection.client).toMatchObject({
			irs: 300,
			rcvNxt: 301,
			sndUna: 100,
			sndNxt: 101,
		});
		expect(arrived.connection.server).toMatchObject({
			irs: 100,
			rcvNxt: 101,
			sndUna: 300,
			sndNxt: 301,
		});
	});

	it.each([
		['syn', 'syn'],
		['ack', 'ack'],
		['syn', 'ack'],
		['ack', 'syn'],
	])(
		'c:%s and s:%s both send SYN,ACK with the original ISN; each arriving makes SYN_RECEIVED ESTABLISHED',
		(client, server) => {
			const arrived = playSteps('c:syn s:syn net:deliver net:deliver');
			const clientAnswer = tryStep(arrived, `c:${client}`);
			expect(keysOf(lastOf(clientAnswer))).toEqual(['ok.synAckSimultaneous']);
			expect(happeningsOf(lastOf(clientAnswer).result)).toEqual([
				'sent C>S SYN,ACK seq=100 ack=301',
			]);
			expect(statesAfter(lastOf(clientAnswer))).toBe('SYN_RECEIVED/SYN_RECEIVED');

			const bothAnswered = tryStep(clientAnswer, `s:${server}`);
			expect(happeningsOf(lastOf(bothAnswered).result)).toEqual([
				'sent S>C SYN,ACK seq=300 ack=101',
			]);
			expect(owed(bothAnswered.connection)).toBe('none/none');

			const first = tryStep(bothAnswered, 'net:deliver');
			expect(keysOf(lastOf(first))).toEqual(['net.delivered', 'in.synAcked', 'in.arc']);
			expect(statesAfter(lastOf(first))).toBe('SYN_RECEIVED/ESTABLISHED');
			const second = tryStep(first, 'net:deliver');
			expect(keysOf(lastOf(second))).toEqual(['net.delivered', 'in.synAcked', 'in.arc']);
			expect(statesAfter(lastOf(second))).toBe('ESTABLISHED/ESTABLISHED');
			expect(second.inFlight).toEqual([]);
			expect(second.connection.client).toMatchObject({sndUna: 101, sndNxt: 101, rcvNxt: 301});
			expect(second.connection.server).toMatchObject({sndUna: 301, sndNxt: 301, rcvNxt: 101});
			expect(owed(second.connection)).toBe('none/none');
		},
	);
});

describe('simultaneous close (RFC 9293 Figure 13)', () => {
	const bothFins = () => playOn(established(), 'c:fin s:fin net:deliver net:deliver');

	it('a FIN arriving in FIN_WAIT_1 before the ACK of its own FIN makes it CLOSING at once', () => {
		const session = bothFins();
		expect(happeningsOf(nth(session.steps, 6).result)).toEqual([
			'sent C>S FIN,ACK seq=101 ack=301',
		]);
		expect(happeningsOf(nth(session.steps, 7).result)).toEqual([
			'sent S>C FIN,ACK seq=301 ack=101',
		]);
		expect(statesAfter(nth(session.steps, 8))).toBe('FIN_WAIT_1/CLOSING');
		expect(statesAfter(lastOf(session))).toBe('CLOSING/CLOSING');
		expect(keysOf(lastOf(session))).toEqual(['net.delivered', 'in.finClosing', 'in.arc']);
		expect(owed(session.connection)).toBe('ackForFin/ackForFin');
		expect(session.connection.client).toMatchObject({rcvNxt: 302, sndUna: 101, sndNxt: 102});
		expect(session.connection.server).toMatchObject({rcvNxt: 102, sndUna: 301, sndNxt: 302});
	});

	it('the ACKs take CLOSING to TIME_WAIT on both sides, then the 2MSL timers to CLOSED', () => {
		const acks = playOn(bothFins(), 'c:ack s:ack');
		expect(flightsText(acks.inFlight)).toEqual([
			'C>S ACK seq=102 ack=302',
			'S>C ACK seq=302 ack=102',
		]);
		expect(statesAfter(lastOf(acks))).toBe('CLOSING/CLOSING');

		const first = tryStep(acks, 'net:deliver');
		expect(keysOf(lastOf(first))).toEqual(['net.delivered', 'in.finAckedClosing', 'in.arc']);
		expect(statesAfter(lastOf(first))).toBe('CLOSING/TIME_WAIT');
		const second = tryStep(first, 'net:deliver');
		expect(statesAfter(lastOf(second))).toBe('TIME_WAIT/TIME_WAIT');

		const closed = playOn(second, 'c:timeout s:timeout');
		for (const step of stepsSince(second, closed)) {
			expect(keysOf(step)).toEqual(['ok.timeWaitExpired']);
		}
		expect(statesAfter(lastOf(closed))).toBe('CLOSED/CLOSED');
	});

	it('in CLOSING the timer resends the unacknowledged FIN, with the current ACK', () => {
		const closing = playOn(bothFins(), 'c:ack s:ack');
		const resent = tryStep(closing, 'c:timeout');
		expect(happeningsOf(lastOf(resent).result)).toEqual([
			'sent C>S FIN,ACK seq=101 ack=302 (resent)',
		]);
		expect(statesAfter(lastOf(resent))).toBe('CLOSING/CLOSING');
	});
});

describe('lost last ACK (why TIME_WAIT waits)', () => {
	const lastAckLost = () =>
		playOn(established(), 'c:fin net:deliver s:ack net:deliver s:fin net:deliver c:ack net:drop');

	it('the server retransmits its FIN, and the client acknowledges it again from TIME_WAIT', () => {
		const lost = lastAckLost();
		expect(statesAfter(lastOf(lost))).toBe('TIME_WAIT/LAST_ACK');
		expect(happeningsOf(lastOf(lost).result)).toEqual(['lost C>S ACK seq=102 ack=302']);

		const resent = tryStep(lost, 's:timeout');
		expect(keysOf(lastOf(resent))).toEqual(['ok.retransmit']);
		expect(happeningsOf(lastOf(resent).result)).toEqual([
			'sent S>C FIN,ACK seq=301 ack=102 (resent)',
		]);

		const reAcked = tryStep(resent, 'net:deliver');
		expect(keysOf(lastOf(reAcked))).toEqual(['net.delivered', 'in.finAgainTimeWait']);
		expect(happeningsOf(lastOf(reAcked).result)).toEqual([
			'arrived S>C FIN,ACK seq=301 ack=102 (resent)',
			'sent auto C>S ACK seq=102 ack=302',
		]);
		expect(statesAfter(lastOf(reAcked))).toBe('TIME_WAIT/LAST_ACK');
		expect(reAcked.connection.client).toEqual(lost.connection.client);

		const closed = tryStep(reAcked, 'net:deliver');
		expect(keysOf(lastOf(closed))).toEqual(['net.delivered', 'in.finAckedLastAck', 'in.arc']);
		expect(happeningsOf(lastOf(closed).result)).toEqual(['arrived auto C>S ACK seq=102 ack=302']);
		expect(statesAfter(lastOf(closed))).toBe('TIME_WAIT/CLOSED');
	});
});

describe('the automatic peer (peer: server)', () => {
	const withPeer = {...manual, peer: 'server'} as const;

	it('answers a delivered SYN with SYN,ACK by itself, as its own step', () => {
		const sent = playSteps('c:syn', withPeer);
		expect(sent.steps).toHaveLength(1);
		const delivered = tryStep(sent, 'net:deliver');
		const added = stepsSince(sent, delivered);
		expect(added.map((step) => [step.input, step.byPeer])).toEqual([
			['net:deliver:1', false],
			['server:syn', true],
		]);
		expect(happeningsOf(nth(added, 1).result)).toEqual(['sent S>C SYN,ACK seq=300 ack=101']);
		expect(statesAfter(lastOf(delivered))).toBe('SYN_SENT/SYN_RECEIVED');
		expect(flightsText(delivered.inFlight)).toEqual(['S>C SYN,ACK seq=300 ack=101']);
	});

	it('acknowledges data and the FIN, but never sends FIN or data by itself', () => {
		const session = playSteps(
			'c:syn net:deliver net:deliver c:ack net:deliver c:data:10 net:deliver net:deliver c:fin net:deliver net:deliver',
			withPeer,
		);
		const byPeer = session.steps.filter((step) => step.byPeer);
		expect(byPeer.map((step) => step.input)).toEqual(['server:syn', 'server:ack', 'server:ack']);
		expect(byPeer.flatMap((step) => happeningsOf(step.result))).toEqual([
			'sent S>C SYN,ACK seq=300 ack=101',
			'sent S>C ACK seq=301 ack=111',
			'sent S>C ACK seq=301 ack=112',
		]);
		expect(statesAfter(lastOf(session))).toBe('FIN_WAIT_2/CLOSE_WAIT');
		expect(session.inFlight).toEqual([]);
		expect(session.connection.server.sndNxt).toBe(301);
	});

	it('undo removes the move together with the answer it provoked', () => {
		const sent = playSteps('c:syn', withPeer);
		const answered = tryStep(sent, 'net:deliver');
		expect(answered.steps).toHaveLength(3);
		const undone = undo(answered);
		expect(undone.steps.map((step) => step.input)).toEqual(['client:syn']);
		expect(undone.connection).toBe(sent.connection);
		expect(flightsText(undone.inFlight)).toEqual(['C>S SYN seq=100']);
		expect(undone.connection.server).toMatchObject({state: 'LISTEN', rcvNxt: null});
	});

	it('with instant delivery answers at once, and undo takes back both steps', () => {
		const start = createSession({...instant, peer: 'server'});
		const answered = tryStep(start, 'c:syn');
		expect(answered.steps.map((step) => [step.input, step.byPeer])).toEqual([
			['client:syn', false],
			['server:syn', true],
		]);
		expect(statesAfter(lastOf(answered))).toBe('ESTABLISHED/SYN_RECEIVED');
		expect(owed(answered.connection)).toBe('ackForSynAck/none');
		const undone = undo(answered);
		expect(undone.steps).toEqual([]);
		expect(undone.connection).toBe(start.initial);
	});
});

describe('the two-way handshake "what if" (twoWay)', () => {
	const twoWay = {...manual, twoWay: true} as const;

	it('answering a SYN makes the server ESTABLISHED at once, its own SYN unacknowledged', () => {
		const answered = playSteps('c:syn net:deliver s:syn', twoWay);
		const step = lastOf(answered);
		expect(keysOf(step)).toEqual(['ok.synAckTwoWay']);
		expect(happeningsOf(step.result)).toEqual(['sent S>C SYN,ACK seq=300 ack=101']);
		expect(statesAfter(step)).toBe('SYN_SENT/ESTABLISHED');
		expect(answered.connection.server).toMatchObject({sndUna: 300, sndNxt: 301});
	});

	it('an old duplicate SYN leaves the server ESTABLISHED with a connection nobody wanted', () => {
		const session = playSteps('c:syn net:dup c:fin c:syn net:drop:2 net:deliver:1 s:syn', twoWay);
		expect(statesAfter(lastOf(session))).toBe('SYN_SENT/ESTABLISHED');
		// The server took the old ISN; the client is opening with a new one.
		expect(session.connection.server.irs).toBe(100);
		expect(session.connection.client.iss).toBe(64_101);
	});
});

describe('the retransmission timer of a side that has sent nothing', () => {
	it('is rejected with its own reason, not "everything acknowledged"', () => {
		const session = tryStep(createSession(manual), 's:timeout');
		const verdict = session.steps.at(-1)?.result.verdict;
		if (!verdict || verdict.ok) throw new Error('the timer should have been rejected');
		expect(verdict.because.key).toBe('no.timeout.nothingSent');
	});
});

describe('coverage of the network-only messages', () => {
	// Runs last: every step played above went through the helpers, which note each verdict key.
	it('every key in networkOnly was produced by a case of this file', () => {
		expect([...networkOnly].filter((key) => !keysSeen.has(key))).toEqual([]);
	});
});
