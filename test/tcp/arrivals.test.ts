// RFC 9293 §3.10.7, SEGMENT ARRIVES, step by step in the RFC's order: each row quotes the sentence
// it shows, plays a setup, then a move or a crafted segment (delivered with deliver()), and states
// the states, every segment that crossed (exact seq, ack and flags) and what each side owes.
// ISNs: client 100, server 300. Without a 'net:' step the network is instant.
import {describe, expect, it} from 'vitest';
import {
	happeningsOf,
	keysOf,
	lastOf,
	manual,
	playOn,
	playSteps,
	statesAfter,
	tryStep,
} from '../helpers/network.js';
import {table} from '../helpers/rfc-table.js';

/** The three-way handshake, instant. */
const open = 'c:syn s:syn c:ack';
/** The same, each segment delivered by hand. */
const openByHand = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';

describe('§3.10.7.1 CLOSED', () => {
	table([
		{
			rfc: 'If the ACK bit is off, sequence number zero is used, <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>',
			given: 's:fin',
			step: 'c:syn',
			states: 'CLOSED/CLOSED',
			segments: ['crossed C>S SYN seq=100', 'crossed auto S>C RST,ACK seq=0 ack=101'],
			owes: 'none/none',
			keys: ['ok.activeOpen', 'in.closedRefuses', 'in.refused', 'in.arc'],
		},
		{
			rfc: 'If the ACK bit is on, <SEQ=SEG.ACK><CTL=RST>',
			given: `${open} c:fin s:fin s:rst`,
			step: 'c:ack',
			states: 'CLOSED/CLOSED',
			segments: ['crossed C>S ACK seq=102 ack=302', 'crossed auto S>C RST seq=302'],
			owes: 'none/none',
			keys: ['ok.ackFin', 'in.closedResets', 'in.resetClosing', 'in.arc'],
		},
		{
			rfc: 'An incoming segment containing a RST is discarded.',
			given: '',
			step: {arrives: 'S>C RST seq=300'},
			states: 'CLOSED/LISTEN',
			segments: ['crossed auto S>C RST seq=300'],
			owes: 'none/none',
			keys: ['in.rstIgnored'],
		},
	]);
});

describe('§3.10.7.2 LISTEN', () => {
	table([
		{
			rfc: 'First, check for a RST: … An incoming RST should be ignored.',
			given: '',
			step: {arrives: 'C>S RST seq=100'},
			states: 'CLOSED/LISTEN',
			segments: ['crossed auto C>S RST seq=100'],
			owes: 'none/none',
			keys: ['in.rstIgnored'],
		},
		{
			rfc: 'Second, check for an ACK: … Any acknowledgment is bad … <SEQ=SEG.ACK><CTL=RST>',
			given: '',
			step: {arrives: 'C>S ACK seq=100 ack=555'},
			states: 'CLOSED/LISTEN',
			segments: ['crossed auto C>S ACK seq=100 ack=555', 'crossed auto S>C RST seq=555'],
			owes: 'none/none',
			keys: ['in.listenAck', 'in.rstIgnored'],
		},
		{
			rfc: 'Set RCV.NXT to SEG.SEQ+1, IRS is set to SEG.SEQ … changed to SYN-RECEIVED',
			given: '',
			step: 'c:syn',
			states: 'SYN_SENT/SYN_RECEIVED',
			segments: ['crossed C>S SYN seq=100'],
			// The SYN,ACK the RFC sends at once is owed: until it leaves, SND.NXT is still ISS.
			owes: 'none/synAckForSyn',
			keys: ['ok.activeOpen', 'in.listenSyn', 'in.arc'],
			also: ({server}) => {
				expect(server).toMatchObject({irs: 100, rcvNxt: 101, sndUna: 300, sndNxt: 300});
				expect(server).toMatchObject({passive: true, ackSent: null});
			},
		},
		{
			rfc: 'ISS should be selected and a SYN segment sent of the form: <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>',
			given: 'c:syn',
			step: 's:syn',
			states: 'ESTABLISHED/SYN_RECEIVED',
			segments: ['crossed S>C SYN,ACK seq=300 ack=101'],
			owes: 'ackForSynAck/none',
			also: ({server}) => expect(server).toMatchObject({sndUna: 300, sndNxt: 301, ackSent: 101}),
		},
		{
			rfc: 'Fourth, other data or control: … Drop the segment and return.',
			given: '',
			step: {arrives: 'C>S FIN seq=100'},
			states: 'CLOSED/LISTEN',
			segments: ['crossed auto C>S FIN seq=100'],
			owes: 'none/none',
			keys: ['in.dropped'],
		},
	]);
});

describe('§3.10.7.3 SYN-SENT', () => {
	// 'c:syn' with a manual network: the SYN waits in flight, the server is still LISTEN.
	table([
		{
			rfc: 'If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset … <SEQ=SEG.ACK><CTL=RST>',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C SYN,ACK seq=900 ack=91'},
			states: 'SYN_SENT/LISTEN',
			// Figure 8, line 5: the server, in LISTEN here, ignores the RST.
			segments: ['crossed auto S>C SYN,ACK seq=900 ack=91', 'crossed auto C>S RST seq=91'],
			owes: 'none/none',
			keys: ['in.synSentBadAck', 'in.rstIgnored'],
		},
		{
			rfc: 'If SEG.ACK > SND.NXT … (unless the RST bit is set, if so drop the segment and return)',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C RST,ACK seq=0 ack=555'},
			states: 'SYN_SENT/LISTEN',
			segments: ['crossed auto S>C RST,ACK seq=0 ack=555'],
			owes: 'none/none',
			keys: ['in.rstIgnored'],
		},
		{
			rfc: 'If the ACK was acceptable, then signal to the user "error: connection reset", drop the segment, enter CLOSED state',
			// c:syn s:rst: the server aborts in SYN_RECEIVED; its RST acknowledges the SYN. No dead end.
			given: 'c:syn',
			step: 's:rst',
			states: 'CLOSED/CLOSED',
			segments: ['crossed S>C RST,ACK seq=300 ack=101'],
			owes: 'none/none',
			keys: ['ok.abort', 'in.refused', 'in.arc'],
		},
		{
			rfc: 'Otherwise (no ACK), drop the segment and return.',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C RST seq=300'},
			states: 'SYN_SENT/LISTEN',
			segments: ['crossed auto S>C RST seq=300'],
			owes: 'none/none',
			keys: ['in.rstIgnored'],
		},
		{
			rfc: 'If SND.UNA > ISS (our SYN has been ACKed), change the connection state to ESTABLISHED',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C SYN,ACK seq=300 ack=101'},
			states: 'ESTABLISHED/LISTEN',
			segments: ['crossed auto S>C SYN,ACK seq=300 ack=101'],
			// "form an ACK segment <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it": owed.
			owes: 'ackForSynAck/none',
			also: ({client}) => {
				expect(client).toMatchObject({irs: 300, rcvNxt: 301, sndUna: 101, sndNxt: 101});
			},
		},
		{
			rfc: 'form an ACK segment <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and send it',
			given: 'c:syn s:syn',
			step: 'c:ack',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed C>S ACK seq=101 ack=301'],
			owes: 'none/none',
			keys: ['ok.ackSynAck', 'in.synAcked', 'in.arc'],
		},
		{
			rfc: 'If there are other controls or text in the segment, then continue processing at the sixth step',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C SYN,FIN,ACK seq=300 ack=101 len=10'},
			states: 'CLOSE_WAIT/LISTEN',
			segments: ['crossed auto S>C SYN,FIN,ACK seq=300 ack=101 len=10'],
			owes: 'ackForFin/none',
			also: ({client}) => expect(client).toMatchObject({rcvNxt: 312, bytesReceived: 10}),
		},
		{
			rfc: 'Otherwise, enter SYN-RECEIVED (Figure 7, line 3)',
			// The server opens actively from LISTEN, so both SYNs cross.
			given: 'c:syn s:syn net:deliver:1',
			step: 'net:deliver',
			states: 'SYN_RECEIVED/SYN_RECEIVED',
			segments: ['arrived S>C SYN seq=300'],
			owes: 'synAckForSyn/synAckForSyn',
			also: ({client}) => {
				expect(client).toMatchObject({passive: false, irs: 300, rcvNxt: 301, sndNxt: 101});
			},
		},
		{
			rfc: 'form a SYN,ACK segment <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> (Figure 7, line 5)',
			given: 'c:syn s:syn net:deliver net:deliver',
			step: 'c:ack',
			states: 'SYN_RECEIVED/SYN_RECEIVED',
			segments: ['sent C>S SYN,ACK seq=100 ack=301'],
			owes: 'none/synAckForSyn',
		},
		{
			rfc: 'Fifth, if neither of the SYN or RST bits is set, then drop the segment and return.',
			given: 'c:syn net:drop',
			step: {arrives: 'S>C ACK seq=300 ack=101'},
			states: 'SYN_SENT/LISTEN',
			segments: ['crossed auto S>C ACK seq=300 ack=101'],
			owes: 'none/none',
			keys: ['in.dropped'],
		},
	]);
});

describe('§3.10.7.4 first: check sequence number', () => {
	table([
		{
			rfc: 'If an incoming segment is not acceptable, an acknowledgment should be sent in reply',
			given: `${open} c:data:10`,
			step: {arrives: 'C>S ACK seq=101 ack=301 len=10'},
			states: 'ESTABLISHED/ESTABLISHED',
			// The reply carries RCV.NXT, so it pays the ACK the server owed for those bytes.
			segments: [
				'crossed auto C>S ACK seq=101 ack=301 len=10',
				'crossed auto S>C ACK seq=301 ack=111',
			],
			owes: 'none/none',
			keys: ['in.duplicate', 'in.dataAcked'],
		},
		{
			rfc: 'RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND … not acceptable … <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>',
			given: open,
			step: {arrives: 'C>S ACK seq=65636 ack=301 len=10'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: [
				'crossed auto C>S ACK seq=65636 ack=301 len=10',
				'crossed auto S>C ACK seq=301 ack=101',
			],
			owes: 'none/none',
			keys: ['in.outOfWindow', 'in.pureAck'],
		},
		{
			rfc: 'If a segment’s contents straddle the boundary between old and new, only the new parts are processed.',
			// The timer resends bytes 101..120 as one segment; 101..110 had arrived.
			given: `${openByHand} c:data:10 c:data:10 net:deliver net:drop c:timeout`,
			step: 'net:deliver',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['arrived C>S ACK seq=101 ack=301 len=20 (resent)'],
			owes: 'none/ackForData',
			keys: ['net.delivered', 'in.trimmed', 'in.data'],
			also: ({server}) => expect(server).toMatchObject({rcvNxt: 121, bytesReceived: 20}),
		},
		{
			rfc: 'Segments with higher beginning sequence numbers SHOULD be held for later processing (SHLD-31).',
			given: `${openByHand} c:data:10 c:data:20`,
			step: 'net:deliver:2',
			states: 'ESTABLISHED/ESTABLISHED',
			// "MAY send an ACK segment acknowledging RCV.NXT when a valid segment arrives that is in
			// the window but not at the left window edge (MAY-13)".
			segments: ['arrived C>S ACK seq=111 ack=301 len=20', 'sent auto S>C ACK seq=301 ack=101'],
			owes: 'none/none',
			also: ({server}) => {
				expect(server).toMatchObject({rcvNxt: 101, bytesReceived: 0});
				expect(server.held).toEqual([{seq: 111, len: 20, fin: false}]);
			},
		},
		{
			rfc: 'further processing is done in SEG.SEQ order: the held segment follows when the gap fills',
			given: `${openByHand} c:data:10 c:data:20 net:deliver:2`,
			step: 'net:deliver',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['arrived C>S ACK seq=101 ack=301 len=10'],
			owes: 'none/ackForData',
			keys: ['net.delivered', 'in.data', 'in.heldDelivered', 'in.data'],
			also: ({server}) => {
				expect(server).toMatchObject({rcvNxt: 131, bytesReceived: 30, held: []});
			},
		},
		{
			rfc: 'TIME-WAIT: … a retransmission of the remote FIN. Acknowledge it, and restart the 2 MSL timeout.',
			given: `${openByHand} c:fin net:deliver s:ack net:deliver s:fin net:deliver c:ack net:drop s:timeout`,
			step: 'net:deliver',
			states: 'TIME_WAIT/LAST_ACK',
			segments: [
				'arrived S>C FIN,ACK seq=301 ack=102 (resent)',
				'sent auto C>S ACK seq=102 ack=302',
			],
			owes: 'none/none',
			keys: ['net.delivered', 'in.finAgainTimeWait'],
		},
	]);
});

describe('§3.10.7.4 second: check the RST bit (RFC 5961)', () => {
	table([
		{
			rfc: '1) If the RST bit is set and the sequence number is outside the current receive window, silently drop the segment.',
			given: open,
			step: {arrives: 'S>C RST seq=300'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto S>C RST seq=300'],
			owes: 'none/none',
			keys: ['in.rstOutOfWindow'],
		},
		{
			rfc: '2) If the RST bit is set and the sequence number exactly matches … RCV.NXT, then TCP endpoints MUST reset',
			given: open,
			step: {arrives: 'S>C RST seq=301'},
			states: 'CLOSED/ESTABLISHED',
			segments: ['crossed auto S>C RST seq=301'],
			owes: 'none/none',
			keys: ['in.reset', 'in.arc'],
		},
		{
			rfc: '3) … within the current receive window, TCP endpoints MUST send an acknowledgment (challenge ACK)',
			given: open,
			step: {arrives: 'S>C RST seq=400'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto S>C RST seq=400', 'crossed auto C>S ACK seq=101 ack=301'],
			owes: 'none/none',
			keys: ['in.rstChallenge', 'in.pureAck'],
		},
		{
			rfc: 'SYN-RECEIVED: If this connection was initiated with a passive OPEN … return this connection to LISTEN state',
			given: 'c:syn s:syn',
			step: {arrives: 'C>S RST seq=101'},
			states: 'ESTABLISHED/LISTEN',
			segments: ['crossed auto C>S RST seq=101'],
			owes: 'ackForSynAck/none',
			keys: ['in.rstToListen', 'in.arc'],
			// A fresh passive TCB; its ISN moves past the one its SYN,ACK used.
			also: ({server}) => {
				expect(server).toMatchObject({passive: true, irs: null, rcvNxt: null, iss: 64_301});
			},
		},
		{
			rfc: 'SYN-RECEIVED: If this connection was initiated with an active OPEN … the connection was refused … enter the CLOSED state',
			given: 'c:syn s:syn net:deliver net:deliver',
			step: {arrives: 'S>C RST seq=301'},
			states: 'CLOSED/SYN_RECEIVED',
			segments: ['crossed auto S>C RST seq=301'],
			owes: 'none/synAckForSyn',
			keys: ['in.refusedSynReceived', 'in.arc'],
		},
		{
			rfc: 'CLOSING, LAST-ACK, TIME-WAIT: If the RST bit is set, then enter the CLOSED state',
			given: `${open} c:fin s:fin`,
			step: {arrives: 'S>C RST seq=302'},
			states: 'CLOSED/LAST_ACK',
			segments: ['crossed auto S>C RST seq=302'],
			owes: 'none/none',
			keys: ['in.resetClosing', 'in.arc'],
		},
	]);
});

describe('§3.10.7.4 fourth: check the SYN bit', () => {
	table([
		{
			rfc: 'SYN-RECEIVED: If the connection was initiated with a passive OPEN, then return this connection to the LISTEN state',
			given: 'c:syn s:syn',
			step: {arrives: 'C>S SYN seq=150'},
			states: 'ESTABLISHED/LISTEN',
			segments: ['crossed auto C>S SYN seq=150'],
			owes: 'ackForSynAck/none',
			keys: ['in.synToListen', 'in.arc'],
		},
		{
			rfc: 'If the SYN is not in the window, this step would not be reached and an ACK would have been sent in the first step',
			// An old SYN (ISN 100) arrives after the newer attempt (ISN 64101) made the server
			// SYN_RECEIVED: it can neither reset nor replace that attempt.
			given: 'c:syn c:fin c:syn net:deliver:2 s:syn',
			step: 'net:deliver:1',
			states: 'SYN_SENT/SYN_RECEIVED',
			segments: ['arrived C>S SYN seq=100', 'sent auto S>C ACK seq=301 ack=64102'],
			owes: 'none/none',
			keys: ['net.delivered', 'in.synDuplicate'],
			also: ({server}) => expect(server).toMatchObject({irs: 64_101, rcvNxt: 64_102, iss: 300}),
		},
		{
			rfc: 'If the SYN is not in the window, this step would not be reached and an ACK would have been sent in the first step',
			case: 'a SYN beyond the window of an open connection',
			given: open,
			step: {arrives: 'C>S SYN seq=70000'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S SYN seq=70000', 'crossed auto S>C ACK seq=301 ack=101'],
			owes: 'none/none',
			keys: ['in.synOutOfWindow', 'in.pureAck'],
		},
		{
			rfc: 'if the SYN bit is set, irrespective of the sequence number, TCP endpoints MUST send a "challenge ACK"',
			given: open,
			step: {arrives: 'C>S SYN seq=150'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S SYN seq=150', 'crossed auto S>C ACK seq=301 ack=101'],
			owes: 'none/none',
			keys: ['in.challengeAck', 'in.pureAck'],
		},
	]);

	it('Figure 9, half-open connection discovery: the SYN draws an ACK, the ACK draws an RST, the RST aborts', () => {
		// The client lost its connection (its RST was lost) and opens again with ISN 64101.
		const reopened = playSteps(`${openByHand} c:rst net:drop c:syn`, manual);
		const ack = tryStep(reopened, 'net:deliver');
		expect(happeningsOf(lastOf(ack).result)).toEqual([
			'arrived C>S SYN seq=64101',
			'sent auto S>C ACK seq=301 ack=101',
		]);
		expect(statesAfter(lastOf(ack))).toBe('SYN_SENT/ESTABLISHED');
		const rst = tryStep(ack, 'net:deliver');
		expect(happeningsOf(lastOf(rst).result)).toEqual([
			'arrived auto S>C ACK seq=301 ack=101',
			'sent auto C>S RST seq=101',
		]);
		expect(keysOf(lastOf(rst))).toEqual(['net.delivered', 'in.synSentBadAck']);
		const aborted = tryStep(rst, 'net:deliver');
		expect(statesAfter(lastOf(aborted))).toBe('SYN_SENT/CLOSED');
		expect(aborted.inFlight).toEqual([]);
		// Line 7: the SYN again, and now the basic three-way handshake of Figure 6.
		const again = playOn(
			aborted,
			's:listen c:timeout net:deliver s:syn net:deliver c:ack net:deliver',
		);
		expect(statesAfter(lastOf(again))).toBe('ESTABLISHED/ESTABLISHED');
		expect(again.connection.server.irs).toBe(64_101);
	});
});

describe('§3.10.7.4 fifth: check the ACK field', () => {
	table([
		{
			rfc: 'if the ACK bit is off, drop the segment and return',
			given: open,
			step: {arrives: 'C>S FIN seq=101'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S FIN seq=101'],
			owes: 'none/none',
			keys: ['in.noAck'],
		},
		{
			rfc: 'SYN-RECEIVED: If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state',
			given: 'c:syn s:syn',
			step: {arrives: 'C>S ACK seq=101 ack=301'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S ACK seq=101 ack=301'],
			owes: 'ackForSynAck/none',
			keys: ['in.synAcked', 'in.arc'],
		},
		{
			rfc: 'SYN-RECEIVED: If the segment acknowledgment is not acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST>',
			given: 'c:syn s:syn',
			// SEG.ACK = SND.UNA: not acceptable. The client drops the RST, outside its window.
			step: {arrives: 'C>S ACK seq=101 ack=300'},
			states: 'ESTABLISHED/SYN_RECEIVED',
			segments: ['crossed auto C>S ACK seq=101 ack=300', 'crossed auto S>C RST seq=300'],
			owes: 'ackForSynAck/none',
			keys: ['in.synReceivedBadAck', 'in.rstOutOfWindow'],
		},
		{
			rfc: 'If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the segment, and return.',
			given: open,
			step: {arrives: 'C>S ACK seq=101 ack=999'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S ACK seq=101 ack=999', 'crossed auto S>C ACK seq=301 ack=101'],
			owes: 'none/none',
			keys: ['in.ackTooHigh', 'in.pureAck'],
		},
		{
			rfc: 'If the ACK is a duplicate (SEG.ACK =< SND.UNA), it can be ignored.',
			given: open,
			step: {arrives: 'C>S ACK seq=101 ack=301'},
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed auto C>S ACK seq=101 ack=301'],
			owes: 'none/none',
			keys: ['in.pureAck'],
		},
		{
			rfc: 'FIN-WAIT-1: … if the FIN segment is now acknowledged, then enter FIN-WAIT-2',
			given: `${open} c:fin`,
			step: 's:ack',
			states: 'FIN_WAIT_2/CLOSE_WAIT',
			segments: ['crossed S>C ACK seq=301 ack=102'],
			owes: 'none/none',
			keys: ['ok.ackFin', 'in.finAcked', 'in.arc'],
		},
		{
			rfc: 'CLOSING: … if the ACK acknowledges our FIN, then enter the TIME-WAIT state',
			given: `${openByHand} c:fin s:fin net:deliver net:deliver c:ack`,
			step: 'net:deliver',
			states: 'CLOSING/TIME_WAIT',
			segments: ['arrived C>S ACK seq=102 ack=302'],
			owes: 'none/ackForFin',
			keys: ['net.delivered', 'in.finAckedClosing', 'in.arc'],
		},
		{
			rfc: 'LAST-ACK: … If our FIN is now acknowledged, delete the TCB, enter the CLOSED state',
			given: `${open} c:fin s:ack s:fin`,
			step: 'c:ack',
			states: 'TIME_WAIT/CLOSED',
			segments: ['crossed C>S ACK seq=102 ack=302'],
			owes: 'none/none',
			keys: ['ok.ackFin', 'in.finAckedLastAck', 'in.arc'],
		},
	]);
});

describe('§3.10.7.4 seventh: process the segment text', () => {
	table([
		{
			rfc: 'Once the TCP endpoint takes responsibility for the data, it advances RCV.NXT over the data accepted',
			given: open,
			step: 'c:data:10',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed C>S ACK seq=101 ack=301 len=10'],
			owes: 'none/ackForData',
			also: ({server}) => expect(server).toMatchObject({rcvNxt: 111, bytesReceived: 10}),
		},
		{
			rfc: 'Send an acknowledgment of the form: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>',
			given: `${open} c:data:10`,
			step: 's:ack',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed S>C ACK seq=301 ack=111'],
			owes: 'none/none',
			also: ({client}) => expect(client).toMatchObject({sndUna: 111, sndNxt: 111}),
		},
		{
			rfc: 'This acknowledgment should be piggybacked on a segment being transmitted if possible',
			given: `${open} c:data:10`,
			step: 's:data:5',
			states: 'ESTABLISHED/ESTABLISHED',
			segments: ['crossed S>C ACK seq=301 ack=111 len=5'],
			owes: 'ackForData/none',
		},
		{
			rfc: 'CLOSE-WAIT: This should not occur since a FIN has been received … Ignore the segment text.',
			given: `${open} c:fin s:ack`,
			step: {arrives: 'C>S ACK seq=102 ack=301 len=10'},
			states: 'FIN_WAIT_2/CLOSE_WAIT',
			segments: ['crossed auto C>S ACK seq=102 ack=301 len=10'],
			owes: 'none/none',
			keys: ['in.dataAfterFin'],
			also: ({server}) => expect(server).toMatchObject({rcvNxt: 102, bytesReceived: 0}),
		},
	]);
});

describe('§3.10.7.4 eighth: check the FIN bit', () => {
	table([
		{
			rfc: 'Do not process the FIN if the state is CLOSED, LISTEN, or SYN-SENT … drop the segment and return.',
			given: 'c:syn net:deliver s:syn s:fin',
			step: 'net:deliver:2',
			states: 'SYN_SENT/FIN_WAIT_1',
			segments: ['arrived S>C FIN,ACK seq=301 ack=101'],
			owes: 'none/none',
			keys: ['net.deliveredOutOfOrder', 'in.dropped'],
		},
		{
			rfc: 'SYN-RECEIVED, ESTABLISHED: Enter the CLOSE-WAIT state.',
			// The FIN's ACK field acknowledges the SYN first (fifth step), then the FIN (eighth).
			given: 'c:syn s:syn',
			step: 'c:fin',
			states: 'FIN_WAIT_1/CLOSE_WAIT',
			segments: ['crossed C>S FIN,ACK seq=101 ack=301'],
			owes: 'none/ackForFin',
			keys: ['ok.finEstablished', 'ok.paysAckSynAck', 'in.synAcked', 'in.fin', 'in.arc'],
		},
		{
			rfc: 'advance RCV.NXT over the FIN, and send an acknowledgment for the FIN',
			given: `${open} c:data:10`,
			step: 'c:fin',
			states: 'FIN_WAIT_1/CLOSE_WAIT',
			segments: ['crossed C>S FIN,ACK seq=111 ack=301'],
			owes: 'none/ackForFin',
			also: ({server}) => expect(server.rcvNxt).toBe(112),
		},
		{
			rfc: 'FIN-WAIT-1: If our FIN has been ACKed (perhaps in this segment), then enter TIME-WAIT',
			// The three-way close: the FIN,ACK acknowledges the client's FIN and carries the server's.
			given: `${open} c:fin`,
			step: 's:fin',
			states: 'TIME_WAIT/LAST_ACK',
			segments: ['crossed S>C FIN,ACK seq=301 ack=102'],
			owes: 'ackForFin/none',
			keys: ['ok.finAckBoth', 'in.finAcked', 'in.finTimeWait', 'in.arc'],
		},
		{
			rfc: 'FIN-WAIT-1: … otherwise, enter the CLOSING state.',
			given: `${openByHand} c:fin s:fin net:deliver`,
			step: 'net:deliver',
			states: 'CLOSING/CLOSING',
			segments: ['arrived S>C FIN,ACK seq=301 ack=101'],
			owes: 'ackForFin/ackForFin',
			keys: ['net.delivered', 'in.finClosing', 'in.arc'],
		},
		{
			rfc: 'FIN-WAIT-2: Enter the TIME-WAIT state.',
			given: `${open} c:fin s:ack`,
			step: 's:fin',
			states: 'TIME_WAIT/LAST_ACK',
			segments: ['crossed S>C FIN,ACK seq=301 ack=102'],
			owes: 'ackForFin/none',
			keys: ['ok.finCloseWait', 'in.finTimeWait', 'in.arc'],
		},
	]);
});
