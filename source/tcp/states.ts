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

/** Spellings used by textbooks, RFC 793/9293 prose, Linux `ss`/`netstat` and Wireshark. */
export const aliasesOf = {
	CLOSED: ['CLOSE (ss)'],
	LISTEN: ['LISTENING (Windows netstat)'],
	SYN_SENT: ['SYN-SENT', 'SYN-SENT (ss)'],
	SYN_RECEIVED: ['SYN_RCVD', 'SYN-RECEIVED', 'SYN-RECV (ss)', 'SYN_RECV (netstat)'],
	ESTABLISHED: ['ESTAB (ss)', 'ESTABLISHED'],
	FIN_WAIT_1: ['FIN_WAIT1', 'FIN-WAIT-1 (ss)'],
	FIN_WAIT_2: ['FIN_WAIT2', 'FIN-WAIT-2 (ss)'],
	CLOSE_WAIT: ['CLOSE-WAIT (ss)'],
	CLOSING: ['CLOSING'],
	LAST_ACK: ['LAST-ACK (ss)'],
	TIME_WAIT: ['TIME-WAIT (ss)', 'TIME_WAIT'],
} as const satisfies Record<State, readonly string[]>;

/** Synchronized states (RFC 9293 §3.10.7.4): both ISNs are known and acknowledged. */
export function isSynchronized(state: State): boolean {
	return phaseOf[state] === 'open' || phaseOf[state] === 'closing';
}
