// Arrivals that instant delivery never produces by itself (delayed duplicates, crafted segments),
// delivered with deliver(): the receiver must answer as RFC 9293 §3.10.7 says.
import {describe, expect, it} from 'vitest';
import {deliver, transition} from '../../source/tcp/machine.js';
import type {Segment} from '../../source/tcp/segment.js';
import {crossings, parseMove, playMoves, statePair, verdictKeys} from '../helpers/engine.js';

const established = ['c:syn', 's:syn', 'c:ack'];

function segment(fields: Partial<Segment> & Pick<Segment, 'from' | 'flags' | 'seq'>): Segment {
	return {to: fields.from === 'client' ? 'server' : 'client', ack: null, len: 0, ...fields};
}

describe('a client holding the SYN,ACK it has not yet acknowledged', () => {
	it('receives a FIN sent from SYN_RECEIVED instead of dropping it', () => {
		const result = transition(playMoves(['c:syn', 's:syn']), parseMove('s:fin'));
		expect(crossings(result)).toEqual(['S>C FIN,ACK seq=301 ack=101']);
		expect(statePair(result.connection)).toBe('SYN_SENT/FIN_WAIT_1');
		expect(result.connection.client.rcvNxt).toBe(302);
		expect(result.connection.client.peerFin).toBe(true);
	});

	it('then its ACK completes the handshake and acknowledges the FIN: SYN_SENT -> CLOSE_WAIT', () => {
		const result = transition(playMoves(['c:syn', 's:syn', 's:fin']), parseMove('c:ack'));
		expect(crossings(result)).toEqual(['C>S ACK seq=101 ack=302']);
		expect(statePair(result.connection)).toBe('CLOSE_WAIT/FIN_WAIT_2');
	});

	it('and the connection closes normally from there', () => {
		const connection = playMoves([
			'c:syn',
			's:syn',
			's:fin',
			'c:ack',
			'c:fin',
			's:ack',
			's:timeout',
		]);
		expect(statePair(connection)).toBe('CLOSED/CLOSED');
	});
});

describe('the receive window (§3.10.7.4 first check)', () => {
	it('accepts a zero-length segment that starts past RCV.NXT but inside the window', () => {
		const connection = playMoves([...established, 'c:fin']);
		const result = deliver(
			connection,
			segment({from: 'server', flags: ['ACK'], seq: 305, ack: 102}),
		);
		expect(crossings(result)).toEqual(['auto S>C ACK seq=305 ack=102']);
		// The server now owes the ACK of the client's FIN; its own state waits for that move.
		expect(statePair(result.connection)).toBe('FIN_WAIT_2/ESTABLISHED');
	});

	it('answers an old duplicate FIN in TIME_WAIT with an ACK, which a CLOSED server resets', () => {
		// The re-ACK reaches a server that has already closed; its RST kills the TIME_WAIT early
		// (§3.10.7.4 lets RST end TIME_WAIT; RFC 1337 calls this TIME-WAIT assassination).
		const connection = playMoves([...established, 'c:fin', 's:ack', 's:fin', 'c:ack']);
		const result = deliver(
			connection,
			segment({from: 'server', flags: ['FIN', 'ACK'], seq: 301, ack: 102}),
		);
		expect(crossings(result)).toEqual([
			'auto S>C FIN,ACK seq=301 ack=102',
			'auto C>S ACK seq=102 ack=302',
			'auto S>C RST seq=302',
		]);
		expect(verdictKeys(result)).toEqual(['in.duplicate', 'in.closedResets', 'in.reset']);
		expect(statePair(result.connection)).toBe('CLOSED/CLOSED');
	});

	it('treats data that starts past RCV.NXT as out of order: dropped, and the ACK says what is expected', () => {
		const connection = playMoves(established);
		const result = deliver(
			connection,
			segment({from: 'client', flags: ['ACK'], seq: 201, ack: 301, len: 10}),
		);
		expect(crossings(result)).toEqual([
			'auto C>S ACK seq=201 ack=301 len=10',
			'auto S>C ACK seq=301 ack=101',
		]);
		expect(verdictKeys(result)[0]).toBe('in.outOfOrder');
		expect(result.connection.server.rcvNxt).toBe(101);
	});
});

describe('RST acceptability (RFC 5961 §3.2, adopted by RFC 9293)', () => {
	it('resets on an RST exactly at RCV.NXT', () => {
		const result = deliver(
			playMoves(established),
			segment({from: 'server', flags: ['RST'], seq: 301}),
		);
		expect(statePair(result.connection)).toBe('CLOSED/ESTABLISHED');
		expect(verdictKeys(result)).toEqual(['in.reset']);
	});

	it('answers an RST elsewhere in the window with a challenge ACK and does not reset', () => {
		const result = deliver(
			playMoves(established),
			segment({from: 'server', flags: ['RST'], seq: 400}),
		);
		expect(crossings(result)).toEqual(['auto S>C RST seq=400', 'auto C>S ACK seq=101 ack=301']);
		expect(verdictKeys(result)[0]).toBe('in.rstChallenge');
		expect(result.connection.client.state).toBe('ESTABLISHED');
	});

	it('drops an RST outside the window', () => {
		const result = deliver(
			playMoves(established),
			segment({from: 'server', flags: ['RST'], seq: 300}),
		);
		expect(crossings(result)).toEqual(['auto S>C RST seq=300']);
		expect(verdictKeys(result)).toEqual(['in.rstOutOfWindow']);
		expect(result.connection.client.state).toBe('ESTABLISHED');
	});
});

describe('old duplicates during the handshake (RFC 9293 Figure 8)', () => {
	it('SYN_SENT resets a SYN,ACK that acknowledges a SYN it never sent', () => {
		const connection = playMoves(['c:syn']);
		const old = segment({from: 'server', flags: ['SYN', 'ACK'], seq: 900, ack: 91});
		const result = deliver(connection, old);
		expect(crossings(result)).toEqual(['auto S>C SYN,ACK seq=900 ack=91', 'auto C>S RST seq=91']);
		expect(verdictKeys(result)[0]).toBe('in.synSentBadAck');
		expect(result.connection.client.state).toBe('SYN_SENT');
	});

	it('a passive SYN_RECEIVED that took an old SYN returns to LISTEN on the RST', () => {
		const connection = playMoves(['c:syn', 's:syn']);
		const reset = segment({from: 'client', flags: ['RST'], seq: 101});
		const result = deliver(connection, reset);
		expect(verdictKeys(result)).toEqual(['in.rstToListen']);
		expect(result.connection.server.state).toBe('LISTEN');
	});

	it('explains a second copy of the same SYN, and a SYN with another ISN, without placeholders', () => {
		// A half-open server meets the client's new SYN: its ACK draws an RST, and it returns to LISTEN.
		const connection = playMoves(['c:syn', 's:syn', 'c:rst', 'c:syn']);
		expect(statePair(connection)).toBe('SYN_SENT/LISTEN');
		const again = deliver(
			playMoves(['c:syn']),
			segment({from: 'server', flags: ['SYN'], seq: 300}),
		);
		const twice = deliver(again.connection, segment({from: 'server', flags: ['SYN'], seq: 300}));
		const other = deliver(again.connection, segment({from: 'server', flags: ['SYN'], seq: 777}));
		expect(verdictKeys(twice)).toEqual(['in.synAgain']);
		expect(verdictKeys(other)).toEqual(['in.otherSyn']);
	});
});
