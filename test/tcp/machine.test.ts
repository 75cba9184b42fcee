// (state, move) -> (states, segments, verdict) for every transition of the engine, checked against
// RFC 9293 Figure 5 and §3.10. Client ISN 100, server ISN 300 unless a test says otherwise.
import {describe, expect, it} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {actionName, explain} from '../../source/tcp/explain.js';
import {
	type ActionType,
	createConnection,
	transition,
	validActions,
} from '../../source/tcp/machine.js';
import {has} from '../../source/tcp/segment.js';
import {
	crossings,
	networkOnly,
	parseMove,
	playMoves,
	statePair,
	verdictKeys,
} from '../helpers/engine.js';

// Situations, each reached by playing moves from createConnection.
const start: string[] = [];
const clientListening = ['c:listen'];
const serverClosed = ['s:fin'];
const synSent = ['c:syn']; // the client's SYN waits at the LISTENing server
const synAckIn = [...synSent, 's:syn']; // the server's SYN,ACK waits at the client
const established = [...synAckIn, 'c:ack'];
const dataIn = [...established, 'c:data:100']; // the server owes an ACK for bytes 101..200
const finWait1 = [...established, 'c:fin']; // the client's FIN waits at the server
const finWait2 = [...finWait1, 's:ack'];
const closeWaitData = [...finWait2, 's:data:30']; // half-close: 30 bytes from CLOSE_WAIT
const lastAck = [...finWait2, 's:fin']; // the server's FIN waits at the client
const timeWait = [...lastAck, 'c:ack'];
// The server closes its listening socket and opens actively; its SYN meets the client in SYN_SENT.
const crossedSyn = [...synSent, 's:fin', 's:syn'];
const crossedSynAck = [...crossedSyn, 'c:syn']; // client SYN_RECEIVED (active), server SYN_SENT

type Accepted = {
	name: string;
	before: string[];
	move: string;
	states: string;
	segments: string[];
	keys: string[];
};

const accepted: Accepted[] = [
	// Opening (Figure 6, §3.10.1, §3.10.7.2-3)
	{
		name: 'active OPEN: CLOSED -> SYN_SENT; the SYN waits at LISTEN',
		before: start,
		move: 'c:syn',
		states: 'SYN_SENT/LISTEN',
		segments: ['C>S SYN seq=100'],
		keys: ['ok.activeOpen', 'in.listenSyn'],
	},
	{
		name: 'LISTEN rcv SYN / snd SYN,ACK: LISTEN -> SYN_RECEIVED',
		before: synSent,
		move: 's:syn',
		states: 'SYN_SENT/SYN_RECEIVED',
		segments: ['S>C SYN,ACK seq=300 ack=101'],
		keys: ['ok.synAck', 'in.synAck'],
	},
	{
		name: 'SYN_SENT rcv SYN,ACK / snd ACK; SYN_RECEIVED rcv ACK: both ESTABLISHED',
		before: synAckIn,
		move: 'c:ack',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['C>S ACK seq=101 ack=301'],
		keys: ['ok.ackSynAck', 'in.synAcked'],
	},
	{
		name: 'data carrying the last ACK of the handshake',
		before: synAckIn,
		move: 'c:data:50',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['C>S ACK seq=101 ack=301 len=50'],
		keys: ['ok.dataAfterSynAck', 'in.synAcked', 'in.data'],
	},
	{
		name: 'FIN,ACK carrying the last ACK of the handshake',
		before: synAckIn,
		move: 'c:fin',
		states: 'FIN_WAIT_1/ESTABLISHED',
		segments: ['C>S FIN,ACK seq=101 ack=301'],
		keys: ['ok.finAfterSynAck', 'in.synAcked', 'in.fin'],
	},
	{
		name: 'passive OPEN: CLOSED -> LISTEN',
		before: start,
		move: 'c:listen',
		states: 'LISTEN/LISTEN',
		segments: [],
		keys: ['ok.listen'],
	},
	{
		name: 'passive OPEN after the listening socket was closed',
		before: serverClosed,
		move: 's:listen',
		states: 'CLOSED/LISTEN',
		segments: [],
		keys: ['ok.listen'],
	},
	{
		name: 'syn in LISTEN with no SYN waiting is an active open: LISTEN -> SYN_SENT',
		before: clientListening,
		move: 's:syn',
		states: 'LISTEN/SYN_SENT',
		segments: ['S>C SYN seq=300'],
		keys: ['ok.listenSend', 'in.listenSyn'],
	},
	{
		name: 'active open from LISTEN towards a CLOSED client is refused',
		before: start,
		move: 's:syn',
		states: 'CLOSED/CLOSED',
		segments: ['S>C SYN seq=300', 'auto C>S RST,ACK seq=0 ack=301'],
		keys: ['ok.listenSend', 'in.closedRefuses', 'in.refused'],
	},
	{
		name: 'connection refused: CLOSED answers SYN with <SEQ=0><ACK=ISN+1><CTL=RST,ACK>',
		before: serverClosed,
		move: 'c:syn',
		states: 'CLOSED/CLOSED',
		segments: ['C>S SYN seq=100', 'auto S>C RST,ACK seq=0 ack=101'],
		keys: ['ok.activeOpen', 'in.closedRefuses', 'in.refused'],
	},
	{
		name: 'SYN_SENT rcv SYN / snd SYN,ACK (simultaneous open, one side)',
		before: crossedSyn,
		move: 'c:syn',
		states: 'SYN_RECEIVED/SYN_SENT',
		segments: ['C>S SYN,ACK seq=100 ack=301'],
		keys: ['ok.synAck', 'in.synAck'],
	},
	{
		name: 'ack in SYN_SENT with a SYN waiting also sends SYN,ACK',
		before: crossedSyn,
		move: 'c:ack',
		states: 'SYN_RECEIVED/SYN_SENT',
		segments: ['C>S SYN,ACK seq=100 ack=301'],
		keys: ['ok.synAck', 'in.synAck'],
	},
	{
		name: 'simultaneous open completes: active SYN_RECEIVED rcv ACK -> ESTABLISHED',
		before: crossedSynAck,
		move: 's:ack',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['S>C ACK seq=301 ack=101'],
		keys: ['ok.ackSynAck', 'in.synAcked'],
	},
	{
		name: 'FIN,ACK into active SYN_RECEIVED: ESTABLISHED, then the FIN waits',
		before: crossedSynAck,
		move: 's:fin',
		states: 'ESTABLISHED/FIN_WAIT_1',
		segments: ['S>C FIN,ACK seq=301 ack=101'],
		keys: ['ok.finAfterSynAck', 'in.synAcked', 'in.fin'],
	},
	{
		name: 'RST in active SYN_RECEIVED -> CLOSED (§3.10.7.4)',
		before: [...crossedSyn, 's:fin'],
		move: 'c:syn',
		states: 'CLOSED/CLOSED',
		segments: ['C>S SYN,ACK seq=100 ack=301', 'auto S>C RST seq=301'],
		keys: ['ok.synAck', 'in.closedRefuses', 'in.reset'],
	},
	{
		name: 'RST in passive SYN_RECEIVED -> LISTEN (§3.10.7.4)',
		before: [...synSent, 'c:fin'],
		move: 's:syn',
		states: 'CLOSED/LISTEN',
		segments: ['S>C SYN,ACK seq=300 ack=101', 'auto C>S RST seq=101'],
		keys: ['ok.synAck', 'in.closedRefuses', 'in.rstToListen'],
	},
	{
		name: 'an ACK arriving at LISTEN gets <SEQ=SEG.ACK><CTL=RST> (§3.10.7.2)',
		before: [...synSent, 'c:fin', 'c:listen'],
		move: 's:syn',
		states: 'LISTEN/LISTEN',
		segments: ['S>C SYN,ACK seq=300 ack=101', 'auto C>S RST seq=101'],
		keys: ['ok.synAck', 'in.listenAck', 'in.rstToListen'],
	},
	{
		// The client gave up and opened again with a new ISN: the waiting SYN is replaced, so the
		// SYN,ACK acknowledges the new ISN (64101 + 1) and the handshake goes on.
		name: 'a SYN with a new ISN replaces the one waiting in LISTEN',
		before: [...synSent, 'c:fin', 'c:syn'],
		move: 's:syn',
		states: 'SYN_SENT/SYN_RECEIVED',
		segments: ['S>C SYN,ACK seq=300 ack=64102'],
		keys: ['ok.synAck', 'in.synAck'],
	},
	{
		// A SYN other than the one it holds reaches a SYN_RECEIVED opened from LISTEN: RFC 9293
		// §3.10.7.4 (fourth check) returns it to LISTEN; the new SYN itself is not kept.
		name: 'a new SYN at a passive SYN_RECEIVED sends it back to LISTEN',
		before: [...synAckIn, 'c:rst'],
		move: 'c:syn',
		states: 'SYN_SENT/LISTEN',
		segments: ['C>S SYN seq=64101'],
		keys: ['ok.activeOpen', 'in.synToListen'],
	},

	// CLOSE and ABORT before the connection exists (§3.10.4-5): nothing is sent
	{
		name: 'CLOSE in LISTEN -> CLOSED',
		before: start,
		move: 's:fin',
		states: 'CLOSED/CLOSED',
		segments: [],
		keys: ['ok.closeListen'],
	},
	{
		name: 'CLOSE in LISTEN with a SYN waiting -> CLOSED',
		before: synSent,
		move: 's:fin',
		states: 'SYN_SENT/CLOSED',
		segments: [],
		keys: ['ok.closeListen'],
	},
	{
		name: 'CLOSE in SYN_SENT -> CLOSED',
		before: synSent,
		move: 'c:fin',
		states: 'CLOSED/LISTEN',
		segments: [],
		keys: ['ok.closeSynSent'],
	},
	{
		name: 'CLOSE in SYN_SENT with a SYN waiting -> CLOSED',
		before: crossedSyn,
		move: 'c:fin',
		states: 'CLOSED/SYN_SENT',
		segments: [],
		keys: ['ok.closeSynSent'],
	},
	{
		name: 'ABORT in LISTEN -> CLOSED',
		before: start,
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		segments: [],
		keys: ['ok.abortQuiet'],
	},
	{
		name: 'ABORT in SYN_SENT -> CLOSED',
		before: synSent,
		move: 'c:rst',
		states: 'CLOSED/LISTEN',
		segments: [],
		keys: ['ok.abortQuiet'],
	},
	{
		name: 'ABORT in SYN_SENT with the SYN,ACK waiting -> CLOSED',
		before: synAckIn,
		move: 'c:rst',
		states: 'CLOSED/SYN_RECEIVED',
		segments: [],
		keys: ['ok.abortQuiet'],
	},
	{
		name: 'CLOSE in SYN_RECEIVED sends FIN; the CLOSED client answers RST',
		before: [...synAckIn, 'c:rst'],
		move: 's:fin',
		states: 'CLOSED/CLOSED',
		segments: ['S>C FIN,ACK seq=301 ack=101', 'auto C>S RST seq=101'],
		keys: ['ok.finSynReceived', 'in.closedResets', 'in.reset'],
	},

	// Data (§3.10.2, §3.10.7.4 seventh): it uses sequence space, and ACKs carry RCV.NXT
	{
		name: 'data in ESTABLISHED',
		before: established,
		move: 'c:data:100',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['C>S ACK seq=101 ack=301 len=100'],
		keys: ['ok.data', 'in.data'],
	},
	{
		name: 'more data before the first is acknowledged',
		before: dataIn,
		move: 'c:data:20',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['C>S ACK seq=201 ack=301 len=20'],
		keys: ['ok.data', 'in.data'],
	},
	{
		name: 'ACK of data: ack = RCV.NXT',
		before: dataIn,
		move: 's:ack',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['S>C ACK seq=301 ack=201'],
		keys: ['ok.ackData', 'in.dataAcked'],
	},
	{
		name: 'data the other way acknowledges the data that came in',
		before: dataIn,
		move: 's:data:40',
		states: 'ESTABLISHED/ESTABLISHED',
		segments: ['S>C ACK seq=301 ack=201 len=40'],
		keys: ['ok.data', 'in.dataAcked', 'in.data'],
	},

	// Closing (Figures 5 and 12, §3.10.4, §3.10.7.4)
	{
		name: 'CLOSE in ESTABLISHED: FIN, ESTABLISHED -> FIN_WAIT_1',
		before: established,
		move: 'c:fin',
		states: 'FIN_WAIT_1/ESTABLISHED',
		segments: ['C>S FIN,ACK seq=101 ack=301'],
		keys: ['ok.finEstablished', 'in.fin'],
	},
	{
		name: 'FIN after 100 bytes takes sequence number 201',
		before: dataIn,
		move: 'c:fin',
		states: 'FIN_WAIT_1/ESTABLISHED',
		segments: ['C>S FIN,ACK seq=201 ack=301'],
		keys: ['ok.finEstablished', 'in.fin'],
	},
	{
		name: 'the ACK of that FIN is its seq + 1',
		before: [...dataIn, 'c:fin'],
		move: 's:ack',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
		segments: ['S>C ACK seq=301 ack=202'],
		keys: ['ok.ackFin', 'in.finAckedWait2'],
	},
	{
		name: 'ESTABLISHED rcv FIN / snd ACK -> CLOSE_WAIT; FIN_WAIT_1 rcv ACK -> FIN_WAIT_2',
		before: finWait1,
		move: 's:ack',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
		segments: ['S>C ACK seq=301 ack=102'],
		keys: ['ok.ackFin', 'in.finAckedWait2'],
	},
	{
		name: 'three-way close: FIN,ACK takes ESTABLISHED -> CLOSE_WAIT -> LAST_ACK',
		before: finWait1,
		move: 's:fin',
		states: 'FIN_WAIT_2/LAST_ACK',
		segments: ['S>C FIN,ACK seq=301 ack=102'],
		keys: ['ok.finAckBoth', 'in.finAckedWait2', 'in.fin'],
	},
	{
		name: 'data whose ACK acknowledges the FIN: ESTABLISHED -> CLOSE_WAIT',
		before: finWait1,
		move: 's:data:30',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
		segments: ['S>C ACK seq=301 ack=102 len=30'],
		keys: ['ok.dataAckFin', 'in.finAckedWait2', 'in.data'],
	},
	{
		name: 'half-close: data from CLOSE_WAIT, received in FIN_WAIT_2',
		before: finWait2,
		move: 's:data:30',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
		segments: ['S>C ACK seq=301 ack=102 len=30'],
		keys: ['ok.dataCloseWait', 'in.data'],
	},
	{
		name: 'FIN_WAIT_2 acknowledges the half-close data',
		before: closeWaitData,
		move: 'c:ack',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
		segments: ['C>S ACK seq=102 ack=331'],
		keys: ['ok.ackData', 'in.dataAcked'],
	},
	{
		name: 'CLOSE in CLOSE_WAIT after data: FIN at seq 331, CLOSE_WAIT -> LAST_ACK',
		before: closeWaitData,
		move: 's:fin',
		states: 'FIN_WAIT_2/LAST_ACK',
		segments: ['S>C FIN,ACK seq=331 ack=102'],
		keys: ['ok.finCloseWait', 'in.fin'],
	},
	{
		name: 'CLOSE in CLOSE_WAIT: CLOSE_WAIT -> LAST_ACK',
		before: finWait2,
		move: 's:fin',
		states: 'FIN_WAIT_2/LAST_ACK',
		segments: ['S>C FIN,ACK seq=301 ack=102'],
		keys: ['ok.finCloseWait', 'in.fin'],
	},
	{
		name: 'FIN_WAIT_2 rcv FIN / snd ACK -> TIME_WAIT; LAST_ACK rcv ACK -> CLOSED',
		before: lastAck,
		move: 'c:ack',
		states: 'TIME_WAIT/CLOSED',
		segments: ['C>S ACK seq=102 ack=302'],
		keys: ['ok.ackFin', 'in.finAckedLastAck'],
	},
	{
		name: 'the 2MSL timeout: TIME_WAIT -> CLOSED',
		before: timeWait,
		move: 'c:timeout',
		states: 'CLOSED/CLOSED',
		segments: [],
		keys: ['ok.timeWaitExpired'],
	},
	{
		name: 'ABORT in LAST_ACK: CLOSED, nothing sent',
		before: lastAck,
		move: 's:rst',
		states: 'FIN_WAIT_2/CLOSED',
		segments: [],
		keys: ['ok.abortClosing'],
	},
	{
		name: 'ABORT in TIME_WAIT: CLOSED, nothing sent',
		before: timeWait,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		segments: [],
		keys: ['ok.abortClosing'],
	},
	{
		name: 'the last ACK reaches a CLOSED server, whose RST resets TIME_WAIT',
		before: [...lastAck, 's:rst'],
		move: 'c:ack',
		states: 'CLOSED/CLOSED',
		segments: ['C>S ACK seq=102 ack=302', 'auto S>C RST seq=302'],
		keys: ['ok.ackFin', 'in.closedResets', 'in.reset'],
	},
	{
		name: 'a new incarnation opens with the moved ISN',
		before: [...timeWait, 'c:timeout', 's:listen'],
		move: 'c:syn',
		states: 'SYN_SENT/LISTEN',
		segments: ['C>S SYN seq=64102'],
		keys: ['ok.activeOpen', 'in.listenSyn'],
	},
	{
		name: 'and the server answers with its own moved ISN',
		before: [...timeWait, 'c:timeout', 's:listen', 'c:syn'],
		move: 's:syn',
		states: 'SYN_SENT/SYN_RECEIVED',
		segments: ['S>C SYN,ACK seq=64302 ack=64103'],
		keys: ['ok.synAck', 'in.synAck'],
	},
];

describe('accepted moves', () => {
	it.each(accepted)('$name ($move)', ({before, move, states, segments, keys}) => {
		const result = transition(playMoves(before), parseMove(move));
		expect(result.verdict.ok).toBe(true);
		expect(statePair(result.connection)).toBe(states);
		expect(crossings(result)).toEqual(segments);
		expect(verdictKeys(result)).toEqual(keys);
		expect(result.segments).toHaveLength(segments.length);
	});
});

// ABORT in SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2 and CLOSE_WAIT sends a reset with
// <SEQ=SND.NXT> (§3.10.5); the peer, whose RCV.NXT it matches, resets too.
type Abort = {
	name: string;
	before: string[];
	move: string;
	states: string;
	seq: number;
	keys: string[];
};

const aborts: Abort[] = [
	{
		// The client already holds the SYN,ACK, so for its TCP the connection exists: it is reset.
		name: 'SYN_RECEIVED; the client holding the SYN,ACK is reset',
		before: synAckIn,
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		seq: 301,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'SYN_RECEIVED; the client is already CLOSED and ignores it',
		before: [...synAckIn, 'c:rst'],
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		seq: 301,
		keys: ['ok.abort', 'in.rstIgnored'],
	},
	{
		name: 'SYN_RECEIVED; a LISTENing client ignores it',
		before: [...synAckIn, 'c:rst', 'c:listen'],
		move: 's:rst',
		states: 'LISTEN/CLOSED',
		seq: 301,
		keys: ['ok.abort', 'in.rstIgnored'],
	},
	{
		name: 'ESTABLISHED',
		before: established,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		seq: 101,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'ESTABLISHED after 100 bytes',
		before: dataIn,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		seq: 201,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'ESTABLISHED with a FIN waiting; the peer is FIN_WAIT_1',
		before: finWait1,
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		seq: 301,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'FIN_WAIT_1',
		before: finWait1,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		seq: 102,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'FIN_WAIT_2',
		before: finWait2,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		seq: 102,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'FIN_WAIT_2; the peer is LAST_ACK',
		before: lastAck,
		move: 'c:rst',
		states: 'CLOSED/CLOSED',
		seq: 102,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'CLOSE_WAIT',
		before: finWait2,
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		seq: 301,
		keys: ['ok.abort', 'in.reset'],
	},
	{
		name: 'CLOSE_WAIT after 30 bytes',
		before: closeWaitData,
		move: 's:rst',
		states: 'CLOSED/CLOSED',
		seq: 331,
		keys: ['ok.abort', 'in.reset'],
	},
];

describe('ABORT in a synchronized state sends RST with seq = SND.NXT', () => {
	it.each(aborts)('$name ($move)', ({before, move, states, seq, keys}) => {
		const connection = playMoves(before);
		const {side} = parseMove(move);
		const result = transition(connection, parseMove(move));
		expect(result.verdict.ok).toBe(true);
		expect(statePair(result.connection)).toBe(states);
		expect(verdictKeys(result)).toEqual(keys);
		expect(result.happenings.map(({auto}) => auto)).toEqual([false]);
		const [segment] = result.segments;
		expect(result.segments).toHaveLength(1);
		expect(segment?.from).toBe(side);
		expect(segment?.seq).toBe(seq);
		expect(segment?.seq).toBe(connection[side].sndNxt);
		expect(segment?.len).toBe(0);
		expect(segment && has(segment, 'RST')).toBe(true);
		expect(segment && (has(segment, 'SYN') || has(segment, 'FIN'))).toBe(false);
	});
});

type Rejected = {before: string[]; move: string; key: string; validNow: ActionType[]};

const rejected: Rejected[] = [
	// syn: OPEN on an existing connection (§3.10.1 "connection already exists")
	{before: synSent, move: 'c:syn', key: 'no.syn.alreadySent', validNow: ['fin', 'rst']},
	{before: crossedSyn, move: 's:syn', key: 'no.syn.alreadySent', validNow: ['fin', 'rst']},
	{
		before: synAckIn,
		move: 'c:syn',
		key: 'no.syn.synAckArrived',
		validNow: ['ack', 'fin', 'rst', 'data'],
	},
	{before: synAckIn, move: 's:syn', key: 'no.syn.synReceived', validNow: ['fin', 'rst']},
	{before: crossedSynAck, move: 'c:syn', key: 'no.syn.synReceived', validNow: ['fin', 'rst']},
	{
		before: established,
		move: 'c:syn',
		key: 'no.syn.synchronized',
		validNow: ['fin', 'rst', 'data'],
	},
	{
		before: established,
		move: 's:syn',
		key: 'no.syn.synchronized',
		validNow: ['fin', 'rst', 'data'],
	},
	{before: finWait1, move: 'c:syn', key: 'no.syn.synchronized', validNow: ['rst']},
	{before: finWait2, move: 's:syn', key: 'no.syn.synchronized', validNow: ['fin', 'rst', 'data']},
	{before: lastAck, move: 's:syn', key: 'no.syn.synchronized', validNow: ['rst']},
	{before: timeWait, move: 'c:syn', key: 'no.syn.synchronized', validNow: ['rst', 'timeout']},
	// ack: a bare ACK only acknowledges something new
	{before: synSent, move: 's:ack', key: 'no.ack.bareAckToSyn', validNow: ['syn', 'fin', 'rst']},
	{before: start, move: 'c:ack', key: 'no.ack.nothingReceived', validNow: ['syn', 'listen']},
	{before: start, move: 's:ack', key: 'no.ack.nothingReceived', validNow: ['syn', 'fin', 'rst']},
	{before: synSent, move: 'c:ack', key: 'no.ack.nothingReceived', validNow: ['fin', 'rst']},
	{before: crossedSyn, move: 's:ack', key: 'no.ack.nothingReceived', validNow: ['fin', 'rst']},
	{before: synAckIn, move: 's:ack', key: 'no.ack.allAcked', validNow: ['fin', 'rst']},
	{before: established, move: 'c:ack', key: 'no.ack.allAcked', validNow: ['fin', 'rst', 'data']},
	{before: finWait1, move: 'c:ack', key: 'no.ack.allAcked', validNow: ['rst']},
	{before: finWait2, move: 's:ack', key: 'no.ack.allAcked', validNow: ['fin', 'rst', 'data']},
	{before: lastAck, move: 's:ack', key: 'no.ack.allAcked', validNow: ['rst']},
	{before: timeWait, move: 'c:ack', key: 'no.ack.timeWait', validNow: ['rst', 'timeout']},
	// fin: CLOSE without a connection, or a second CLOSE (§3.10.4)
	{before: start, move: 'c:fin', key: 'no.fin.closed', validNow: ['syn', 'listen']},
	{before: timeWait, move: 's:fin', key: 'no.fin.closed', validNow: ['syn', 'listen']},
	{before: finWait1, move: 'c:fin', key: 'no.fin.alreadySent', validNow: ['rst']},
	{before: finWait2, move: 'c:fin', key: 'no.fin.alreadySent', validNow: ['rst']},
	{before: lastAck, move: 'c:fin', key: 'no.fin.alreadySent', validNow: ['ack', 'rst']},
	{before: lastAck, move: 's:fin', key: 'no.fin.alreadySent', validNow: ['rst']},
	{before: timeWait, move: 'c:fin', key: 'no.fin.alreadySent', validNow: ['rst', 'timeout']},
	// data: SEND (§3.10.2)
	{before: start, move: 'c:data', key: 'no.data.noConnection', validNow: ['syn', 'listen']},
	{before: start, move: 's:data', key: 'no.data.noConnection', validNow: ['syn', 'fin', 'rst']},
	{before: synSent, move: 'c:data', key: 'no.data.handshake', validNow: ['fin', 'rst']},
	{
		before: crossedSyn,
		move: 'c:data',
		key: 'no.data.handshake',
		validNow: ['syn', 'ack', 'fin', 'rst'],
	},
	{before: synAckIn, move: 's:data', key: 'no.data.handshake', validNow: ['fin', 'rst']},
	{before: finWait1, move: 'c:data', key: 'no.data.finWait', validNow: ['rst']},
	{before: finWait2, move: 'c:data:1', key: 'no.data.finWait', validNow: ['rst']},
	{before: lastAck, move: 'c:data', key: 'no.data.finWait', validNow: ['ack', 'rst']},
	{before: lastAck, move: 's:data', key: 'no.data.finSent', validNow: ['rst']},
	{before: timeWait, move: 'c:data', key: 'no.data.finSent', validNow: ['rst', 'timeout']},
	// rst: ABORT with no connection (§3.10.5)
	{before: start, move: 'c:rst', key: 'no.rst.closed', validNow: ['syn', 'listen']},
	{before: timeWait, move: 's:rst', key: 'no.rst.closed', validNow: ['syn', 'listen']},
	// listen: passive OPEN only from CLOSED
	{before: start, move: 's:listen', key: 'no.listen.already', validNow: ['syn', 'fin', 'rst']},
	{before: synSent, move: 's:listen', key: 'no.listen.already', validNow: ['syn', 'fin', 'rst']},
	{before: synSent, move: 'c:listen', key: 'no.listen.busy', validNow: ['fin', 'rst']},
	{before: established, move: 's:listen', key: 'no.listen.busy', validNow: ['fin', 'rst', 'data']},
	{before: timeWait, move: 'c:listen', key: 'no.listen.busy', validNow: ['rst', 'timeout']},
	// timeout: only TIME_WAIT has a timer
	{before: start, move: 'c:timeout', key: 'no.timeout.none', validNow: ['syn', 'listen']},
	{before: start, move: 's:timeout', key: 'no.timeout.none', validNow: ['syn', 'fin', 'rst']},
	{
		before: established,
		move: 'c:timeout',
		key: 'no.timeout.none',
		validNow: ['fin', 'rst', 'data'],
	},
	{before: finWait2, move: 'c:timeout', key: 'no.timeout.none', validNow: ['rst']},
	{before: lastAck, move: 's:timeout', key: 'no.timeout.none', validNow: ['rst']},
];

describe('rejected moves', () => {
	it.each(rejected)('$before + $move: $key', ({before, move, key, validNow}) => {
		const connection = playMoves(before);
		const parsed = parseMove(move);
		const result = transition(connection, parsed);
		expect(result.connection).toBe(connection);
		expect(result.segments).toEqual([]);
		expect(result.happenings).toEqual([]);
		if (result.verdict.ok) throw new Error('the move was accepted');
		expect(result.verdict.because.key).toBe(key);
		expect(result.verdict.because.params['me']).toBe(parsed.side);
		expect(result.verdict.because.params['state']).toBe(connection[parsed.side].state);
		expect(result.verdict.validNow).toEqual(validNow);
		expect(result.verdict.validNow).toEqual(validActions(connection, parsed.side));
		const text = explain(result.verdict);
		expect(text).toContain(`Valid now: ${validNow.map(actionName).join(', ')}.`);
		expect(text).not.toMatch(/\{\w+\}/);
	});

	it('produce every no.* message of the catalog', () => {
		const catalog = Object.keys(en).filter((key) => key.startsWith('no.') && !networkOnly.has(key));
		const produced = new Set(rejected.map(({key}) => key));
		expect([...produced].sort()).toEqual(catalog.sort());
	});
});

describe('sequence variables', () => {
	it('SYN and FIN use one sequence number each, data its length; ACKs carry RCV.NXT', () => {
		const {client, server} = playMoves([...dataIn, 's:ack', 'c:fin', 's:data:7', 'c:ack']);
		expect(statePair({client, server})).toBe('FIN_WAIT_2/CLOSE_WAIT');
		// client: SYN (100), bytes 101..200, FIN (201)
		expect(client).toMatchObject({iss: 100, sndUna: 202, sndNxt: 202, irs: 300, rcvNxt: 308});
		expect(client).toMatchObject({ackSent: 308, bytesSent: 100, bytesReceived: 7});
		// server: SYN (300), bytes 301..307
		expect(server).toMatchObject({iss: 300, sndUna: 308, sndNxt: 308, irs: 100, rcvNxt: 202});
		expect(server).toMatchObject({peerFin: true, bytesSent: 7, bytesReceived: 100});
	});

	it('a TIME_WAIT timeout starts a new incarnation with an ISN beyond the old sequence space', () => {
		const before = playMoves(timeWait);
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
			peerFin: false,
			passive: false,
			bytesSent: 0,
			bytesReceived: 0,
			// Late segments of the old connection still number relative to its ISN.
			previousIss: 100,
		});
		// LAST_ACK -> CLOSED moved the server's ISN the same way.
		expect(after.server).toMatchObject({state: 'CLOSED', iss: 64_302, sndNxt: 64_302, irs: null});
	});

	it('an endpoint that never sent keeps its ISN when it closes', () => {
		const {server} = playMoves(serverClosed);
		expect(server).toMatchObject({state: 'CLOSED', iss: 300, sndNxt: 300, passive: false});
		expect(playMoves(clientListening).client).toMatchObject({iss: 100, passive: true});
	});

	it('passive SYN_RECEIVED reset to LISTEN is a fresh passive TCB', () => {
		const {server} = playMoves([...synSent, 'c:fin', 's:syn']);
		expect(server).toMatchObject({state: 'LISTEN', iss: 64_301, irs: null, rcvNxt: null});
		expect(server).toMatchObject({passive: true, sndUna: 64_301, sndNxt: 64_301});
	});
});

// Client ISN 2^32 - 1, server 2^32 - 2: the client's SYN and the server's data cross the wrap.
const wrapIsns = {isnClient: 2 ** 32 - 1, isnServer: 2 ** 32 - 2};
const wrapStory = [
	{move: 'c:syn', states: 'SYN_SENT/LISTEN', segments: ['C>S SYN seq=4294967295']},
	{move: 's:syn', states: 'SYN_SENT/SYN_RECEIVED', segments: ['S>C SYN,ACK seq=4294967294 ack=0']},
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
	{move: 'c:fin', states: 'FIN_WAIT_1/ESTABLISHED', segments: ['C>S FIN,ACK seq=100 ack=9']},
	{move: 's:fin', states: 'FIN_WAIT_2/LAST_ACK', segments: ['S>C FIN,ACK seq=9 ack=101']},
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
