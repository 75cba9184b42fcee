// Connections that used to get stuck, each found by a property or a review and fixed; the
// exhaustive searches (properties.test.ts, network-properties.test.ts) now check that no
// configuration gets stuck, and these keep the concrete stories readable.
import {describe, expect, it} from 'vitest';
import type {Session} from '../../source/tcp/session.js';
import {owed} from '../helpers/engine.js';
import {flightsText, instant, keysOf, lastOf, nth, playSteps} from '../helpers/network.js';

function states(session: Session): string {
	const {client, server} = session.connection;
	return `${client.state}/${server.state}`;
}

describe('no connection gets stuck', () => {
	it('a FIN from SYN_RECEIVED reaches a client that holds the SYN,ACK, and the close completes', () => {
		const finIn = playSteps('c:syn s:syn s:fin', instant);
		expect(states(finIn)).toBe('CLOSE_WAIT/FIN_WAIT_1');
		expect(owed(finIn.connection)).toBe('ackForFin/none');
		// The client's FIN,ACK acknowledges the server's SYN and FIN at once.
		const closing = playSteps('c:syn s:syn s:fin c:fin', instant);
		expect(states(closing)).toBe('LAST_ACK/TIME_WAIT');
		expect(states(playSteps('c:syn s:syn s:fin c:fin s:ack', instant))).toBe('CLOSED/TIME_WAIT');
	});

	it('a lost third ACK is sent again when the SYN,ACK is retransmitted', () => {
		const session = playSteps(
			'c:syn net:deliver s:syn net:deliver c:ack net:drop s:timeout net:deliver net:deliver',
		);
		// The SYN,ACK again at the ESTABLISHED client: old, so its TCP answers with the ACK.
		expect(keysOf(nth(session.steps, 7))).toEqual(['net.delivered', 'in.synDuplicate']);
		expect(states(session)).toBe('ESTABLISHED/ESTABLISHED');
		expect(session.inFlight).toHaveLength(0);
	});

	it('the timer of a side owing a SYN,ACK in a simultaneous open sends it, and pays what it owed', () => {
		const session = playSteps('c:syn s:syn net:deliver net:deliver c:timeout');
		expect(states(session)).toBe('SYN_RECEIVED/SYN_RECEIVED');
		expect(flightsText(session.inFlight)).toEqual(['C>S SYN,ACK seq=100 ack=301 (resent)']);
		expect(owed(session.connection)).toBe('none/synAckForSyn');
		const done = playSteps(
			'c:syn s:syn net:deliver net:deliver c:timeout s:syn net:deliver net:deliver',
		);
		expect(states(done)).toBe('ESTABLISHED/ESTABLISHED');
	});

	it("a side still owing its SYN,ACK learns from the peer's SYN,ACK that its own SYN arrived", () => {
		const session = playSteps('c:syn s:syn net:deliver s:syn net:deliver net:deliver');
		expect(states(session)).toBe('ESTABLISHED/SYN_RECEIVED');
		expect(session.connection.client.sndUna).toBe(101);
		expect(owed(session.connection)).toBe('ackForSynAck/none');
		const done = playSteps(
			'c:syn s:syn net:deliver s:syn net:deliver net:deliver c:ack net:deliver',
		);
		expect(states(done)).toBe('ESTABLISHED/ESTABLISHED');
	});

	it('a duplicate bare SYN at SYN_RECEIVED fails the sequence check and is answered with an ACK', () => {
		const session = playSteps('c:syn net:dup net:deliver s:syn net:deliver');
		expect(keysOf(lastOf(session))).toEqual(['net.delivered', 'in.synDuplicate']);
		expect(session.inFlight.at(-1)?.segment).toMatchObject({
			from: 'server',
			flags: ['ACK'],
			seq: 301,
			ack: 101,
		});
		expect(states(session)).toBe('SYN_SENT/SYN_RECEIVED');
	});
});
