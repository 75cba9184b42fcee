// The classic situations, each a script of moves with a sentence for the steps that matter.
// Every state and segment comes from the engine as the steps are played; nothing here is drawn.
import type {NetworkMode} from '../tcp/machine.js';

export type ScenarioStep = {
	/** A move in script syntax: c:syn, s:ack, net:deliver:2 … */
	readonly move: string;
	/** What to notice as this step plays, when there is something to notice. */
	readonly say?: string;
};

export type Scenario = {
	readonly name: string;
	readonly title: string;
	readonly network: NetworkMode;
	/** The two-way handshake "what if" (not TCP). */
	readonly twoWay?: true;
	readonly intro: string;
	readonly steps: readonly ScenarioStep[];
	readonly outro: string;
};

const handshakeManual: ScenarioStep[] = [
	{move: 'c:syn'},
	{move: 'net:deliver'},
	{move: 's:syn'},
	{move: 'net:deliver'},
	{move: 'c:ack'},
	{move: 'net:deliver'},
];

/** The client closes first and the server follows, up to the client's last ACK (not included). */
const teardownManual: ScenarioStep[] = [
	{move: 'c:fin'},
	{move: 'net:deliver'},
	{move: 's:ack'},
	{move: 'net:deliver'},
	{move: 's:fin'},
	{move: 'net:deliver'},
];

export const scenarios: readonly Scenario[] = [
	{
		name: 'normal',
		title: 'Normal open and close',
		network: 'instant',
		intro:
			'The three-way handshake, then the four-way teardown, with every segment delivered at once.',
		steps: [
			{move: 'c:syn', say: 'The client opens: its SYN carries its initial sequence number.'},
			{
				move: 's:syn',
				say: "The server answers with SYN,ACK: its own ISN, and ack = the client's ISN + 1.",
			},
			{
				move: 'c:ack',
				say: 'The third segment proves to the server that the client received its ISN.',
			},
			{move: 'c:fin', say: 'The client has nothing more to send: FIN.'},
			{
				move: 's:ack',
				say: 'The server acknowledges the FIN at once, but may still have data to send.',
			},
			{move: 's:fin', say: 'Now the server closes its direction too.'},
			{move: 'c:ack', say: 'The last ACK: the server is done; the client waits in TIME_WAIT.'},
			{move: 'c:timeout', say: 'After 2MSL the client forgets the connection.'},
		],
		outro: 'Four segments to close, because each direction is closed on its own.',
	},
	{
		name: 'simultaneous-open',
		title: 'Simultaneous open',
		network: 'manual',
		intro: 'Both sides send a SYN before either SYN arrives (RFC 9293 Figure 7).',
		steps: [
			{move: 'c:syn'},
			{
				move: 's:syn',
				say: 'The server sends its own SYN from LISTEN: an active open, allowed by RFC 9293.',
			},
			{
				move: 'net:deliver',
				say: 'The SYNs cross. Each side receives a bare SYN while in SYN_SENT.',
			},
			{move: 'net:deliver'},
			{
				move: 'c:syn',
				say: 'Each side answers with SYN,ACK, repeating its own SYN: SYN_SENT → SYN_RECEIVED.',
			},
			{move: 's:syn'},
			{
				move: 'net:deliver',
				say: 'Each SYN,ACK acknowledges the other SYN: both reach ESTABLISHED.',
			},
			{move: 'net:deliver'},
		],
		outro: 'Four segments instead of three, and no side was ever in LISTEN when its SYN arrived.',
	},
	{
		name: 'simultaneous-close',
		title: 'Simultaneous close',
		network: 'manual',
		intro: 'Both sides send FIN before either FIN arrives: both go through CLOSING.',
		steps: [
			...handshakeManual,
			{move: 'c:fin'},
			{move: 's:fin', say: 'Both FINs are in flight at once.'},
			{
				move: 'net:deliver',
				say: 'A FIN arrives in FIN_WAIT_1: the side must acknowledge it while its own FIN is unacknowledged.',
			},
			{move: 'net:deliver'},
			{move: 'c:ack', say: 'Acknowledging the FIN in FIN_WAIT_1 leads to CLOSING, not TIME_WAIT.'},
			{move: 's:ack'},
			{move: 'net:deliver', say: 'The ACK of its own FIN arrives in CLOSING: CLOSING → TIME_WAIT.'},
			{move: 'net:deliver'},
			{move: 'c:timeout'},
			{move: 's:timeout'},
		],
		outro: 'Both sides closed first, so both wait in TIME_WAIT.',
	},
	{
		name: 'lost-syn',
		title: 'Lost SYN, retransmitted',
		network: 'manual',
		intro: "The network loses the client's SYN. Nothing tells the client; only its timer does.",
		steps: [
			{move: 'c:syn'},
			{move: 'net:drop', say: 'The SYN is lost. The server never knew about it.'},
			{
				move: 'c:timeout',
				say: 'The retransmission timer expires: the same SYN, with the same ISN, goes again.',
			},
			{move: 'net:deliver'},
			{move: 's:syn'},
			{move: 'net:deliver'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro:
			'A retransmission reuses the sequence number: the server cannot tell it from the original.',
	},
	{
		name: 'lost-last-ack',
		title: 'Lost last ACK: why TIME_WAIT waits',
		network: 'manual',
		intro: "The client's last ACK is lost. The server, in LAST_ACK, retransmits its FIN.",
		steps: [
			...handshakeManual,
			...teardownManual,
			{move: 'c:ack', say: 'The client sends the last ACK and enters TIME_WAIT.'},
			{move: 'net:drop', say: 'The last ACK is lost: the server is still in LAST_ACK.'},
			{move: 's:timeout', say: 'The server retransmits its FIN.'},
			{
				move: 'net:deliver',
				say: 'The client, still in TIME_WAIT, recognises the old FIN and ACKs it again.',
			},
			{move: 'net:deliver'},
			{move: 'c:timeout'},
		],
		outro:
			"Had the client not waited, its CLOSED port would have answered the FIN with RST: see the scenario 'no-time-wait'.",
	},
	{
		name: 'no-time-wait',
		title: 'What if the client had not waited',
		network: 'manual',
		intro: 'The same lost ACK, but the client leaves TIME_WAIT at once.',
		steps: [
			...handshakeManual,
			...teardownManual,
			{move: 'c:ack'},
			{move: 'net:drop', say: 'The last ACK is lost.'},
			{
				move: 'c:timeout',
				say: 'The client gives up TIME_WAIT too early and forgets the connection.',
			},
			{move: 's:timeout', say: 'The server retransmits its FIN…'},
			{move: 'net:deliver', say: '…which reaches a CLOSED port: the answer is RST.'},
			{move: 'net:deliver', say: 'The server ends with an error instead of a clean close.'},
		],
		outro: 'TIME_WAIT is what lets the last ACK be sent again.',
	},
	{
		name: 'old-duplicate-syn',
		title: 'Old duplicate SYN (RFC 9293 Figure 8)',
		network: 'manual',
		intro:
			"A SYN from an earlier attempt is still in the network when the client opens again. (The scenario 'two-way' shows what a two-way handshake would do here.)",
		steps: [
			{move: 'c:syn'},
			{
				move: 'c:fin',
				say: 'The client gives up on that attempt (CLOSE in SYN_SENT), but its SYN is still in the network…',
			},
			{move: 'c:syn', say: '…and it opens again, with a new ISN.'},
			{
				move: 'net:deliver:1',
				say: 'The OLD SYN arrives first. The server cannot know it is stale.',
			},
			{move: 's:syn', say: 'The server answers it: its SYN,ACK acknowledges the old ISN.'},
			{
				move: 'net:deliver:2',
				say: 'The client sees an ACK of a SYN it never sent (in this attempt): it answers RST.',
			},
			{move: 'net:deliver:2', say: 'The RST sends the server back to LISTEN: nothing was opened.'},
			{move: 'net:deliver', say: 'Now the new SYN arrives, and the handshake proceeds normally.'},
			{move: 's:syn'},
			{move: 'net:deliver'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro:
			'This is why the handshake has three segments: the client must confirm that the SYN being answered is its current one.',
	},
	{
		name: 'two-way',
		title: 'The two-way handshake "what if"',
		network: 'manual',
		twoWay: true,
		intro:
			'Not TCP: here a side that answers a SYN is ESTABLISHED at once. The same old SYN as in old-duplicate-syn arrives first.',
		steps: [
			{move: 'c:syn'},
			{
				move: 'c:fin',
				say: 'The client gives up on that attempt, but its SYN is still in the network…',
			},
			{move: 'c:syn', say: '…and it opens again, with a new ISN.'},
			{move: 'net:deliver:1', say: 'The OLD SYN arrives first.'},
			{
				move: 's:syn',
				say: 'With two segments, answering is enough: the server is ESTABLISHED on a stale SYN, holding a connection the client never asked for.',
			},
		],
		outro:
			"In TCP the server would still be in SYN_RECEIVED, and the client's RST would send it back to LISTEN before anything was committed (see old-duplicate-syn).",
	},
	{
		name: 'half-close',
		title: 'Half-close with data',
		network: 'instant',
		intro: 'The client closes its direction; the server still has data to send.',
		steps: [
			{move: 'c:syn'},
			{move: 's:syn'},
			{move: 'c:ack'},
			{move: 'c:fin', say: 'The client is done sending.'},
			{
				move: 's:ack',
				say: 'The server acknowledges the FIN: CLOSE_WAIT. Its own direction is still open.',
			},
			{move: 's:data', say: 'Data still flows from the server to the client.'},
			{move: 'c:ack', say: 'The client, in FIN_WAIT_2, still receives and acknowledges.'},
			{move: 's:data'},
			{move: 'c:ack'},
			{move: 's:fin', say: 'Only now does the server close.'},
			{move: 'c:ack'},
			{move: 'c:timeout'},
		],
		outro: 'This is why the ACK and the FIN of the teardown are separate segments.',
	},
	{
		name: 'refused',
		title: 'Connection refused',
		network: 'instant',
		intro: 'Nobody listens on the server port.',
		steps: [
			{move: 's:fin', say: 'The server closes its listening socket: the port is CLOSED.'},
			{move: 'c:syn', say: 'A SYN to a CLOSED port is answered with RST: connection refused.'},
		],
		outro: 'The RST acknowledges the SYN, so the client knows it is a real answer to its own SYN.',
	},
	{
		name: 'half-open',
		title: 'Half-open connection discovery',
		network: 'manual',
		intro: 'The client crashes and restarts; the server still believes the connection is open.',
		steps: [
			...handshakeManual,
			{move: 'c:rst', say: 'The client crashes. (Modelled as an abort whose RST never arrives.)'},
			{
				move: 'net:drop',
				say: 'The server is not told: it still thinks the connection is ESTABLISHED.',
			},
			{move: 'c:syn', say: 'The restarted client opens again, with a new ISN.'},
			{
				move: 'net:deliver',
				say: 'A SYN on an established connection is not acceptable: the server answers with an ACK.',
			},
			{
				move: 'net:deliver',
				say: 'That ACK acknowledges nothing the client sent: the client answers RST.',
			},
			{move: 'net:deliver', say: 'The RST matches: the server drops the stale connection.'},
			{move: 's:listen', say: 'The server application listens again…'},
			{move: 'c:timeout', say: "…and the client's retransmitted SYN now opens a fresh connection."},
			{move: 'net:deliver'},
			{move: 's:syn'},
			{move: 'net:deliver'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro: 'The RST cleaned up a connection that only one side still had (RFC 9293 Figure 9).',
	},
];

export function scenarioNamed(name: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.name === name);
}
