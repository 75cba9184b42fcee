// The eleven TCP states of RFC 9293 Figure 5, and the names students meet for them elsewhere.

export const states = [
	'CLOSED',
	'LISTEN',
	'SYN_SENT',
	'SYN_RECEIVED',
	'ESTABLISHED',
	'FIN_WAIT_1',
	'FIN_WAIT_2',
	'CLOSE_WAIT',
	'CLOSING',
	'LAST_ACK',
	'TIME_WAIT',
] as const;

export type State = (typeof states)[number];

/** The synchronized states (RFC 9293 §3.5.2): both ISNs known, from ESTABLISHED on. */
export const synchronizedStates: readonly State[] = states.slice(states.indexOf('ESTABLISHED'));

export type Side = 'client' | 'server';

export const sides: readonly Side[] = ['client', 'server'];

export function peerOf(side: Side): Side {
	return side === 'client' ? 'server' : 'client';
}

/** Which part of a connection's life a state belongs to; the TUI colours states by it. */
export type Phase = 'closed' | 'opening' | 'open' | 'closing';

export const phaseOf = {
	CLOSED: 'closed',
	LISTEN: 'opening',
	SYN_SENT: 'opening',
	SYN_RECEIVED: 'opening',
	ESTABLISHED: 'open',
	FIN_WAIT_1: 'closing',
	FIN_WAIT_2: 'closing',
	CLOSE_WAIT: 'closing',
	CLOSING: 'closing',
	LAST_ACK: 'closing',
	TIME_WAIT: 'closing',
} as const satisfies Record<State, Phase>;

/** Other spellings of each state: textbooks, RFC prose, Linux `ss`, netstat and Wireshark. */
export const aliasesOf = {
	CLOSED: [],
	LISTEN: ['LISTENING'],
	SYN_SENT: ['SYN-SENT'],
	SYN_RECEIVED: ['SYN_RCVD', 'SYN-RECV'],
	ESTABLISHED: ['ESTAB'],
	FIN_WAIT_1: ['FIN_WAIT1', 'FIN-WAIT-1'],
	FIN_WAIT_2: ['FIN_WAIT2', 'FIN-WAIT-2'],
	CLOSE_WAIT: ['CLOSE-WAIT'],
	CLOSING: [],
	LAST_ACK: ['LAST-ACK'],
	TIME_WAIT: ['TIME-WAIT'],
} as const satisfies Record<State, readonly string[]>;
