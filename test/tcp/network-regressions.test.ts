// Connections that used to get stuck: each case was found by a property or a review, and fixed.
import {describe, expect, it} from 'vitest';
import {validActions} from '../../source/tcp/machine.js';
import type {Session} from '../../source/tcp/session.js';
import {instant, playSteps} from '../helpers/network.js';

function states(session: Session): string {
	const {client, server} = session.connection;
	return `${client.state}/${server.state}`;
}

describe('no connection gets stuck', () => {
	it("a FIN sent while holding the SYN,ACK and the peer's FIN closes from CLOSE_WAIT (LAST_ACK)", () => {
		const session = playSteps('c:syn s:syn s:fin c:fin', instant);
		expect(states(session)).toBe('LAST_ACK/FIN_WAIT_2');
		expect(states(playSteps('c:syn s:syn s:fin c:fin s:ack', instant))).toBe('CLOSED/TIME_WAIT');
	});

	it('a lost third ACK is sent again when the SYN,ACK is retransmitted', () => {
		const session = playSteps(
			'c:syn net:deliver s:syn net:deliver c:ack net:drop s:timeout net:deliver net:deliver',
		);
		expect(states(session)).toBe('ESTABLISHED/ESTABLISHED');
		expect(session.inFlight).toHaveLength(0);
	});

	it('the timer of a side owing a SYN,ACK in a simultaneous open sends it, and moves it to SYN_RECEIVED', () => {
		const session = playSteps('c:syn s:syn net:deliver net:deliver c:timeout');
		expect(states(session)).toBe('SYN_RECEIVED/SYN_SENT');
		const done = playSteps(
			'c:syn s:syn net:deliver net:deliver c:timeout s:syn net:deliver net:deliver',
		);
		expect(states(done)).toBe('ESTABLISHED/ESTABLISHED');
	});

	it("a SYN_SENT side holding the peer's SYN learns from its SYN,ACK that its own SYN arrived", () => {
		const session = playSteps('c:syn s:syn net:deliver s:syn net:deliver net:deliver');
		expect(states(session)).toBe('SYN_SENT/SYN_RECEIVED');
		expect(session.connection.client.sndUna).toBe(101);
		expect(validActions(session.connection, 'client', 'manual')).toContain('ack');
		const done = playSteps(
			'c:syn s:syn net:deliver s:syn net:deliver net:deliver c:ack net:deliver',
		);
		expect(states(done)).toBe('ESTABLISHED/ESTABLISHED');
	});

	it('a duplicate bare SYN at SYN_RECEIVED is answered with an ACK, as §3.10.7.4 says', () => {
		const session = playSteps('c:syn net:dup net:deliver s:syn net:deliver');
		const last = session.steps.at(-1);
		expect(last?.result.verdict.ok && last.result.verdict.because.map(({key}) => key)).toContain(
			'in.duplicate',
		);
		expect(session.inFlight.at(-1)?.segment).toMatchObject({
			from: 'server',
			flags: ['ACK'],
			seq: 301,
			ack: 101,
		});
	});
});
