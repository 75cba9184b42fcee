// The student's moves against RFC 9293's user calls (§3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE,
// §3.10.5 ABORT) and timeouts (§3.10.8), each row quoting its sentence, with the states, every
// segment that crossed (exact seq, ack and flags) and what each side owes afterwards; then the
// moves that are rejected and what they offer instead, and the sequence variables.
// ISNs: client 100, server 300. Without a 'net:' step the network is instant.
import {describe, expect, it} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {explain, validNowText} from '../../source/tcp/explain.js';
import {createConnection, transition, validOptions} from '../../source/tcp/machine.js';
import {
	crossings,
	networkOnly,
	optionsText,
	parseMove,
	playMoves,
	statePair,
} from '../helpers/engine.js';
import {instant, keysOf, lastOf, manual, playSteps, tryStep} from '../helpers/network.js';
import {table} from '../helpers/rfc-table.js';

/** The three-way handshake, instant. */
const open = 'c:syn s:syn c:ack';
/** The same, each segment delivered by hand. */
const openByHand = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';

describe('§3.10.1 OPEN', () => {
	table([
		{
			rfc: 'A SYN segment of the form <SEQ=ISS><CTL=SYN> is sent. Set SND.UNA to ISS, SND.NXT to ISS+1, enter SYN-SENT state',
			given: '',
			manual: true,
			step: 'c:syn',
			states: 'SYN_SENT/LISTEN',
			segments: ['sent C>S SYN seq=100'],
			owes: 'none/none',
			also: ({client}) => expect(client).toMatchObject({sndUna: 100, sndNxt: 101, passive: false}),
		},
		{
			rfc: 'If passive, enter the LISTEN state and return.',
			given: '',
			step: 'c:listen',
			states: 'LISTEN/LISTEN',
			segments: [],
			owes: 'none/none',
			also: ({client}) => expect(client).toMatchObject({passive: true, sndNxt: 100}),
		},
		{
			rfc: 'LISTEN: … change the connection from passive to active, select an ISS. Send a SYN segment',
			given: '',
			manual: true,
			step: 's:syn',
			states: 'CLOSED/SYN_SENT',
			segments: ['sent S>C SYN seq=300'],
			owes: 'none/none',
			also: ({server}) => expect(server).toMatchObject({sndUna: 300, sndNxt: 301, passive: false}),
		},
		{
			rfc: 'LISTEN: … change the connection from passive to active',
			case: 'towards a CLOSED client, refused',
			given: '',
			step: 's:syn',
			states: 'CLOSED/CLOSED',
			segments: ['crossed S>C SYN seq=300', 'crossed auto C>S RST,ACK seq=0 ack=301'],
			owes: 'none/none',
		},
	]);
});

describe('§3.10.2 SEND', () => {
	table([
		{
			rfc: 'ESTABLISHED: Segmentize the buffer and send it with a piggybacked acknowledgment (acknowledgment value = RCV.NXT)',
			given: open,
			step: 'c:data:100',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed C>S ACK seq=101 ack=301 len=100'],
			owes: 'none/ackForData',
			also: ({client}) => expect(client).toMatchObject({sndUna: 101, sndNxt: 201, bytesSent: 100}),
		},
		{
			rfc: 'ESTABLISHED: Segmentize the buffer and send it with a piggybacked acknowledgment',
			case: 'the data pays the ACK owed for the SYN,ACK',
			given: 'c:syn s:syn',
			step: 'c:data:50',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed C>S ACK seq=101 ack=301 len=50'],
			owes: 'none/ackForData',
			keys: ['ok.data', 'ok.paysAckSynAck', 'in.synAcked', 'in.data', 'in.arc'],
		},
		{
			rfc: 'CLOSE-WAIT: Segmentize the buffer and send it',
			given: `${open} c:fin s:ack`,
			step: 's:data:30',
			states: 'FIN_WAIT_2/CLOSE_WAIT',
			segments: ['crossed S>C ACK seq=301 ack=102 len=30'],
			owes: 'ackForData/none',
		},
	]);
});

describe('§3.10.4 CLOSE', () => {
	table([
		{
			rfc: 'LISTEN: … Delete TCB, enter CLOSED state, and return.',
			given: '',
			step: 's:fin',
			states: 'CLOSED/CLOSED',
			segments: [],
			owes: 'none/none',
		},
		{
			rfc: 'SYN-SENT: Delete the TCB',
			given: 'c:syn',
			step: 'c:fin',
			states: 'CLOSED/SYN_RECEIVED',
			segments: [],
			owes: 'none/synAckForSyn',
		},
		{
			rfc: 'SYN-RECEIVED: … form a FIN segment and send it, and enter FIN-WAIT-1 state',
			given: 'c:syn s:syn',
			step: 's:fin',
			states: 'CLOSE_WAIT/FIN_WAIT_1',
			segments: ['crossed S>C FIN,ACK seq=301 ack=101'],
			owes: 'ackForFin/none',
		},
		{
			rfc: 'ESTABLISHED: … form a FIN segment and send it. In any case, enter FIN-WAIT-1 state.',
			given: openByHand,
			step: 'c:fin',
			states: 'FIN_WAIT_1/ESTABLISHED',
			segments: ['sent C>S FIN,ACK seq=101 ack=301'],
			owes: 'none/none',
			also: ({client}) => expect(client).toMatchObject({sndUna: 101, sndNxt: 102}),
		},
		{
			rfc: 'CLOSE-WAIT: … send a FIN segment, enter LAST-ACK state.',
			given: `${openByHand} c:fin net:deliver s:ack net:deliver`,
			step: 's:fin',
			states: 'FIN_WAIT_2/LAST_ACK',
			segments: ['sent S>C FIN,ACK seq=301 ack=102'],
			owes: 'none/none',
		},
		{
			rfc: 'CLOSE-WAIT: … send a FIN segment, enter LAST-ACK state.',
			case: 'three-way close: the FIN,ACK pays the ACK owed for the FIN',
			given: `${openByHand} c:fin net:deliver`,
			step: 's:fin',
			states: 'FIN_WAIT_1/LAST_ACK',
			segments: ['sent S>C FIN,ACK seq=301 ack=102'],
			owes: 'none/none',
			keys: ['ok.finAckBoth'],
		},
	]);
});

// RFC 9293 forms <SEQ=SND.NXT><CTL=RST>; the engine also sets ACK = RCV.NXT, as Linux does for
// close() with SO_LINGER 0 (test/export and test/kernel compare with the kernel). The RST's
// sequence number is what the peer's RFC 5961 check looks at, and it is SND.NXT.
describe('§3.10.5 ABORT', () => {
	table([
		{
			rfc: 'LISTEN: … Delete TCB, enter CLOSED state, and return.',
			given: '',
			step: 's:rst',
			states: 'CLOSED/CLOSED',
			segments: [],
			owes: 'none/none',
		},
		{
			rfc: 'SYN-SENT: … Delete the TCB, enter CLOSED state, and return.',
			given: 'c:syn',
			step: 'c:rst',
			states: 'CLOSED/SYN_RECEIVED',
			segments: [],
			owes: 'none/synAckForSyn',
		},
		...(
			[
				['SYN-RECEIVED, its SYN,ACK sent', 'c:syn s:syn', 's:rst', 'S>C RST,ACK seq=301 ack=101'],
				['SYN-RECEIVED, its SYN,ACK owed', 'c:syn', 's:rst', 'S>C RST,ACK seq=300 ack=101'],
				// The SYN,ACK arrived and its ACK is owed: the passive server returns to LISTEN.
				[
					'ESTABLISHED since the SYN,ACK arrived',
					'c:syn s:syn',
					'c:rst',
					'C>S RST,ACK seq=101 ack=301',
					'CLOSED/LISTEN',
				],
				['ESTABLISHED', open, 'c:rst', 'C>S RST,ACK seq=101 ack=301'],
				[
					'ESTABLISHED after 100 bytes',
					`${open} c:data:100`,
					'c:rst',
					'C>S RST,ACK seq=201 ack=301',
				],
				['FIN-WAIT-1', `${open} c:fin`, 'c:rst', 'C>S RST,ACK seq=102 ack=301'],
				['FIN-WAIT-2', `${open} c:fin s:ack`, 'c:rst', 'C>S RST,ACK seq=102 ack=301'],
				['CLOSE-WAIT', `${open} c:fin s:ack`, 's:rst', 'S>C RST,ACK seq=301 ack=102'],
			] as const
		).map(([which, given, step, reset, states = 'CLOSED/CLOSED']) => ({
			rfc: 'SYN-RECEIVED … CLOSE-WAIT: Send a reset segment: <SEQ=SND.NXT><CTL=RST>',
			case: which,
			given,
			step,
			states,
			segments: [`crossed ${reset}`],
			owes: 'none/none',
		})),
		{
			rfc: 'CLOSING, LAST-ACK, TIME-WAIT: Respond with "ok" and delete the TCB, enter CLOSED state',
			case: 'CLOSING',
			given: `${openByHand} c:fin s:fin net:deliver net:deliver`,
			step: 'c:rst',
			states: 'CLOSED/CLOSING',
			segments: [],
			owes: 'none/ackForFin',
		},
		{
			rfc: 'CLOSING, LAST-ACK, TIME-WAIT: Respond with "ok" and delete the TCB, enter CLOSED state',
			case: 'LAST-ACK',
			given: `${open} c:fin s:ack s:fin`,
			step: 's:rst',
			states: 'TIME_WAIT/CLOSED',
			segments: [],
			owes: 'ackForFin/none',
		},
		{
			rfc: 'CLOSING, LAST-ACK, TIME-WAIT: Respond with "ok" and delete the TCB, enter CLOSED state',
			case: 'TIME-WAIT',
			given: `${open} c:fin s:ack s:fin c:ack`,
			step: 'c:rst',
			states: 'CLOSED/CLOSED',
			segments: [],
			owes: 'none/none',
		},
	]);
});

describe('§3.10.8 Timeouts', () => {
	table([
		{
			rfc: 'RETRANSMISSION TIMEOUT: … send the segment at the front of the retransmission queue again',
			case: 'the SYN, with instant delivery: the copy is dropped by the server that holds it',
			given: 'c:syn',
			step: 'c:timeout',
			states: 'SYN_SENT/SYN_RECEIVED',
			segments: ['crossed C>S SYN seq=100 (resent)'],
			owes: 'none/synAckForSyn',
			keys: ['ok.retransmit', 'in.synAgain'],
		},
		...(
			[
				['the SYN', 'c:syn net:drop', 'c:timeout', 'C>S SYN seq=100'],
				[
					'the SYN,ACK',
					'c:syn net:deliver s:syn net:drop',
					's:timeout',
					'S>C SYN,ACK seq=300 ack=101',
				],
				[
					'data, from SND.UNA',
					`${openByHand} c:data:10 net:drop`,
					'c:timeout',
					'C>S ACK seq=101 ack=301 len=10',
				],
				['the FIN', `${openByHand} c:fin net:drop`, 'c:timeout', 'C>S FIN,ACK seq=101 ack=301'],
			] as const
		).map(([which, given, step, resent]) => ({
			rfc: 'RETRANSMISSION TIMEOUT: … send the segment at the front of the retransmission queue again',
			case: which,
			given,
			step,
			states: statesOfScript(given),
			segments: [`sent ${resent} (resent)`],
			owes: 'none/none',
		})),
		{
			rfc: 'TIME-WAIT TIMEOUT: If the time-wait timeout expires on a connection, delete the TCB, enter the CLOSED state',
			given: `${open} c:fin s:ack s:fin c:ack`,
			step: 'c:timeout',
			states: 'CLOSED/CLOSED',
			segments: [],
			owes: 'none/none',
		},
	]);
});

/** The states a setup leaves: a retransmission changes none. */
function statesOfScript(script: string): string {
	const {client, server} = playSteps(script, manual).connection;
	return `${client.state}/${server.state}`;
}

// Situations, each reached by instant moves unless it says otherwise.
const situations = {
	start: '',
	synSent: 'c:syn', // client SYN_SENT; server SYN_RECEIVED, owing its SYN,ACK
	synAckIn: 'c:syn s:syn', // client ESTABLISHED, owing the ACK; server SYN_RECEIVED
	established: open,
	finWait1: `${open} c:fin`, // server CLOSE_WAIT, owing the ACK of the FIN
	finWait2: `${open} c:fin s:ack`,
	timeWaitOwing: `${open} c:fin s:ack s:fin`, // client TIME_WAIT owing the ACK; server LAST_ACK
	timeWait: `${open} c:fin s:ack s:fin c:ack`, // server CLOSED
	crossed: 'c:syn s:syn net:deliver net:deliver', // manual: both SYN_RECEIVED, both owing SYN,ACK
} as const;

type Rejected = {
	readonly given: keyof typeof situations;
	readonly move: string;
	readonly key: string;
	/** The valid moves the verdict offers instead, as 'type' or 'type:FLAGS sent'. */
	readonly validNow: readonly string[];
	readonly rfc?: string;
};

const exists = '"error: connection already exists"';
const closing = '"error: connection closing"';
const noConnection = '"error: connection does not exist"';

const rejected: readonly Rejected[] = [
	// OPEN (syn) on an existing connection.
	{
		given: 'synSent',
		move: 'c:syn',
		key: 'no.syn.alreadySent',
		rfc: exists,
		validNow: ['fin', 'rst', 'timeout:SYN'],
	},
	{
		given: 'synAckIn',
		move: 's:syn',
		key: 'no.syn.synReceived',
		rfc: exists,
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'timeout:SYN,ACK'],
	},
	{
		given: 'established',
		move: 'c:syn',
		key: 'no.syn.synchronized',
		rfc: exists,
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'data:ACK'],
	},
	{
		given: 'timeWaitOwing',
		move: 'c:syn',
		key: 'no.syn.synchronized',
		rfc: exists,
		validNow: ['ack:ACK', 'rst', 'timeout'],
	},
	// ack: only what is owed.
	{given: 'start', move: 'c:ack', key: 'no.ack.noConnection', validNow: ['syn:SYN', 'listen']},
	{given: 'start', move: 's:ack', key: 'no.ack.noConnection', validNow: ['syn:SYN', 'fin', 'rst']},
	{
		given: 'synSent',
		move: 'c:ack',
		key: 'no.ack.nothingReceived',
		validNow: ['fin', 'rst', 'timeout:SYN'],
	},
	{
		given: 'synSent',
		move: 's:ack',
		key: 'no.ack.bareAckToSyn',
		validNow: ['syn:SYN,ACK', 'rst:RST,ACK'],
	},
	{
		given: 'synAckIn',
		move: 's:ack',
		key: 'no.ack.allAcked',
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'timeout:SYN,ACK'],
	},
	{
		given: 'established',
		move: 'c:ack',
		key: 'no.ack.allAcked',
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'data:ACK'],
	},
	{given: 'timeWait', move: 'c:ack', key: 'no.ack.timeWait', validNow: ['rst', 'timeout']},
	// CLOSE (fin).
	{
		given: 'start',
		move: 'c:fin',
		key: 'no.fin.closed',
		rfc: noConnection,
		validNow: ['syn:SYN', 'listen'],
	},
	{
		given: 'synSent',
		move: 's:fin',
		key: 'no.fin.owesSynAck',
		validNow: ['syn:SYN,ACK', 'rst:RST,ACK'],
	},
	{
		given: 'crossed',
		move: 'c:fin',
		key: 'no.fin.owesSynAck',
		validNow: ['syn:SYN,ACK', 'ack:SYN,ACK', 'rst:RST,ACK', 'timeout:SYN,ACK'],
	},
	{
		given: 'finWait1',
		move: 'c:fin',
		key: 'no.fin.alreadySent',
		rfc: 'FIN-WAIT-1: … as long as a second FIN is not emitted',
		validNow: ['rst:RST,ACK', 'timeout:FIN,ACK'],
	},
	{
		given: 'finWait2',
		move: 'c:fin',
		key: 'no.fin.alreadySent',
		rfc: 'FIN-WAIT-2: … as long as a second FIN is not emitted',
		validNow: ['rst:RST,ACK'],
	},
	{
		given: 'timeWaitOwing',
		move: 's:fin',
		key: 'no.fin.alreadySent',
		rfc: `LAST-ACK: Respond with ${closing}`,
		validNow: ['rst', 'timeout:FIN,ACK'],
	},
	{
		given: 'timeWait',
		move: 'c:fin',
		key: 'no.fin.alreadySent',
		rfc: `TIME-WAIT: Respond with ${closing}`,
		validNow: ['rst', 'timeout'],
	},
	{
		given: 'timeWait',
		move: 's:fin',
		key: 'no.fin.closed',
		rfc: noConnection,
		validNow: ['syn:SYN', 'listen'],
	},
	// SEND (data).
	{
		given: 'start',
		move: 'c:data',
		key: 'no.data.noConnection',
		rfc: noConnection,
		validNow: ['syn:SYN', 'listen'],
	},
	{
		given: 'start',
		move: 's:data',
		key: 'no.data.noConnection',
		validNow: ['syn:SYN', 'fin', 'rst'],
	},
	{
		given: 'synSent',
		move: 'c:data',
		key: 'no.data.handshake',
		validNow: ['fin', 'rst', 'timeout:SYN'],
	},
	{
		given: 'synSent',
		move: 's:data',
		key: 'no.data.handshake',
		validNow: ['syn:SYN,ACK', 'rst:RST,ACK'],
	},
	{
		given: 'finWait1',
		move: 'c:data',
		key: 'no.data.finWait',
		rfc: `FIN-WAIT-1: Return ${closing}`,
		validNow: ['rst:RST,ACK', 'timeout:FIN,ACK'],
	},
	{
		given: 'finWait2',
		move: 'c:data:1',
		key: 'no.data.finWait',
		rfc: `FIN-WAIT-2: Return ${closing}`,
		validNow: ['rst:RST,ACK'],
	},
	{
		given: 'timeWaitOwing',
		move: 's:data',
		key: 'no.data.finSent',
		rfc: `LAST-ACK: Return ${closing}`,
		validNow: ['rst', 'timeout:FIN,ACK'],
	},
	{
		given: 'timeWait',
		move: 'c:data',
		key: 'no.data.finSent',
		rfc: `TIME-WAIT: Return ${closing}`,
		validNow: ['rst', 'timeout'],
	},
	// ABORT (rst).
	{
		given: 'start',
		move: 'c:rst',
		key: 'no.rst.closed',
		rfc: noConnection,
		validNow: ['syn:SYN', 'listen'],
	},
	{
		given: 'timeWait',
		move: 's:rst',
		key: 'no.rst.closed',
		rfc: noConnection,
		validNow: ['syn:SYN', 'listen'],
	},
	// Passive OPEN (listen) only from CLOSED.
	{given: 'start', move: 's:listen', key: 'no.listen.already', validNow: ['syn:SYN', 'fin', 'rst']},
	{
		given: 'synSent',
		move: 'c:listen',
		key: 'no.listen.busy',
		rfc: exists,
		validNow: ['fin', 'rst', 'timeout:SYN'],
	},
	{
		given: 'established',
		move: 's:listen',
		key: 'no.listen.busy',
		rfc: exists,
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'data:ACK'],
	},
	// timeout: nothing to send again.
	{
		given: 'start',
		move: 'c:timeout',
		key: 'no.timeout.nothingSent',
		validNow: ['syn:SYN', 'listen'],
	},
	{
		given: 'synSent',
		move: 's:timeout',
		key: 'no.timeout.nothingSent',
		validNow: ['syn:SYN,ACK', 'rst:RST,ACK'],
	},
	{
		given: 'established',
		move: 'c:timeout',
		key: 'no.timeout.allAcked',
		validNow: ['fin:FIN,ACK', 'rst:RST,ACK', 'data:ACK'],
	},
	{given: 'finWait2', move: 'c:timeout', key: 'no.timeout.allAcked', validNow: ['rst:RST,ACK']},
];

describe('rejected moves change nothing and offer the valid ones', () => {
	for (const {given, move, key, validNow, rfc} of rejected) {
		it(`${given} + ${move}: ${key}${rfc ? ` — ${rfc}` : ''}`, () => {
			const script = situations[given];
			const before = playSteps(script, /net:/.test(script) ? manual : instant);
			const after = tryStep(before, move);
			const {result} = lastOf(after);
			const {side} = parseMove(move);
			expect(keysOf(lastOf(after))).toEqual([key]);
			expect(result.connection).toBe(before.connection);
			expect(result.happenings).toEqual([]);
			expect(after.inFlight).toEqual(before.inFlight);
			if (result.verdict.ok) throw new Error('accepted');
			const {because} = result.verdict;
			expect(because.params).toMatchObject({me: side, state: before.connection[side].state});
			expect(optionsText(result.verdict.validNow)).toEqual(validNow);
			expect(result.verdict.validNow).toEqual(validOptions(before.connection, side));
			const text = explain('en', result.verdict);
			expect(text).toContain(validNowText('en', validOptions(before.connection, side)));
			expect(text).not.toMatch(/\{\w+\}/);
		});
	}

	it('produce every no.* message of the catalog', () => {
		const catalog = Object.keys(en).filter((key) => key.startsWith('no.') && !networkOnly.has(key));
		const produced = new Set(rejected.map(({key}) => key));
		expect([...produced].sort()).toEqual(catalog.sort());
	});
});

describe('sequence variables', () => {
	it('SYN and FIN use one sequence number each, data its length; ACKs carry RCV.NXT', () => {
		const {client, server} = playMoves([
			...open.split(' '),
			'c:data:100',
			's:ack',
			'c:fin',
			's:data:7',
			'c:ack',
		]);
		expect(statePair({client, server})).toBe('FIN_WAIT_2/CLOSE_WAIT');
		// client: SYN (100), bytes 101..200, FIN (201)
		expect(client).toMatchObject({iss: 100, sndUna: 202, sndNxt: 202, irs: 300, rcvNxt: 308});
		expect(client).toMatchObject({ackSent: 308, bytesSent: 100, bytesReceived: 7});
		// server: SYN (300), bytes 301..307
		expect(server).toMatchObject({iss: 300, sndUna: 308, sndNxt: 308, irs: 100, rcvNxt: 202});
		expect(server).toMatchObject({ackSent: 202, bytesSent: 7, bytesReceived: 100});
	});

	it('a TIME_WAIT timeout starts a new incarnation with an ISN beyond the old sequence space', () => {
		const before = playMoves(situations.timeWait.split(' '));
		const after = transition(before, parseMove('c:timeout')).connection;
		expect(before.client.sndNxt).toBe(102);
		expect(after.client).toEqual({
			side: 'client',
			state: 'CLOSED',
			iss: 64_102,
			irs: null,
			sndUna: 64_102,
			sndNxt: 64_102,
			rcvNxt: null,
			ackSent: null,
			passive: false,
			bytesSent: 0,
			bytesReceived: 0,
			held: [],
			// Late segments of the old connection still number relative to its ISN.
			previousIss: 100,
		});
		// LAST_ACK -> CLOSED moved the server's ISN the same way.
		expect(after.server).toMatchObject({state: 'CLOSED', iss: 64_302, sndNxt: 64_302, irs: null});
	});

	it('an endpoint that never sent keeps its ISN when it closes', () => {
		expect(playMoves(['s:fin']).server).toMatchObject({state: 'CLOSED', iss: 300, passive: false});
		expect(playMoves(['c:listen']).client).toMatchObject({iss: 100, passive: true});
		// A passive SYN_RECEIVED that never sent its SYN,ACK keeps its ISN when an RST ends it.
		const aborted = playMoves(['c:syn', 's:rst']).server;
		expect(aborted).toMatchObject({state: 'CLOSED', iss: 300, sndNxt: 300});
	});

	it('a passive SYN_RECEIVED reset to LISTEN is a fresh passive TCB with a moved ISN', () => {
		// The client gave up (CLOSE in SYN_SENT); its CLOSED TCB resets the SYN,ACK.
		const {server} = playMoves(['c:syn', 'c:fin', 's:syn']);
		expect(server).toMatchObject({state: 'LISTEN', iss: 64_301, irs: null, rcvNxt: null});
		expect(server).toMatchObject({passive: true, sndUna: 64_301, sndNxt: 64_301, held: []});
	});
});

// Client ISN 2^32 - 1, server 2^32 - 2: the client's SYN and the server's data cross the wrap.
const wrapIsns = {isnClient: 2 ** 32 - 1, isnServer: 2 ** 32 - 2};
const wrapStory = [
	{move: 'c:syn', states: 'SYN_SENT/SYN_RECEIVED', segments: ['C>S SYN seq=4294967295']},
	{
		move: 's:syn',
		states: 'ESTABLISHED/SYN_RECEIVED',
		segments: ['S>C SYN,ACK seq=4294967294 ack=0'],
	},
	{move: 'c:ack', states: 'ESTABLISHED/ESTABLISHED', segments: ['C>S ACK seq=0 ack=4294967295']},
	{
		move: 'c:data:100',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['C>S ACK seq=0 ack=4294967295 len=100'],
	},
	{
		move: 's:data:10',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['S>C ACK seq=4294967295 ack=100 len=10'],
	},
	{move: 'c:fin', states: 'FIN_WAIT_1/CLOSE_WAIT', segments: ['C>S FIN,ACK seq=100 ack=9']},
	{move: 's:fin', states: 'TIME_WAIT/LAST_ACK', segments: ['S>C FIN,ACK seq=9 ack=101']},
	{move: 'c:ack', states: 'TIME_WAIT/CLOSED', segments: ['C>S ACK seq=101 ack=10']},
	{move: 'c:timeout', states: 'CLOSED/CLOSED', segments: []},
].map((step, index, story) => ({...step, before: story.slice(0, index).map(({move}) => move)}));

describe('sequence numbers wrap at 2^32', () => {
	it.each(wrapStory)('$before + $move', ({before, move, states, segments}) => {
		const result = transition(playMoves(before, wrapIsns), parseMove(move));
		expect(result.verdict.ok).toBe(true);
		expect(statePair(result.connection)).toBe(states);
		expect(crossings(result)).toEqual(segments);
	});

	it('after the wrap, the next incarnations start beyond the old sequence space', () => {
		const {client, server} = playMoves(
			wrapStory.map(({move}) => move),
			wrapIsns,
		);
		expect(client).toMatchObject({state: 'CLOSED', iss: 64_101});
		expect(server).toMatchObject({state: 'CLOSED', iss: 64_010});
	});

	it('a FIN at 2^32 - 1 is acknowledged with ack = 0', () => {
		const options = {isnClient: 2 ** 32 - 2, isnServer: 7};
		const connection = playMoves(['c:syn', 's:syn', 'c:ack'], options);
		const fin = transition(connection, parseMove('c:fin'));
		expect(crossings(fin)).toEqual(['C>S FIN,ACK seq=4294967295 ack=8']);
		const ack = transition(fin.connection, parseMove('s:ack'));
		expect(crossings(ack)).toEqual(['S>C ACK seq=8 ack=0']);
		expect(statePair(ack.connection)).toBe('FIN_WAIT_2/CLOSE_WAIT');
		expect(ack.connection.client).toMatchObject({sndUna: 0, sndNxt: 0});
	});

	it('createConnection keeps ISNs at the top of the space as given', () => {
		const {client, server} = createConnection({isnClient: 2 ** 32 - 1, isnServer: 0});
		expect(client).toMatchObject({state: 'CLOSED', iss: 4_294_967_295, sndNxt: 4_294_967_295});
		expect(server).toMatchObject({state: 'LISTEN', iss: 0, sndNxt: 0, passive: true});
	});
});
