// What an endpoint is waiting for, or owes its peer, in a word the panes can show.
import type {MessageKey} from '../i18n/index.js';
import {type Endpoint, type Obligation, obligationOf} from './endpoint.js';

export function situationOf(me: Endpoint): MessageKey {
	const owed = obligationOf(me);
	if (owed === 'synAckForSyn') return 'situation.owesSynAck';
	if (owed === 'ackForSynAck') return 'situation.owesAckSynAck';
	if (owed === 'ackForFin') return 'situation.owesAckFin';
	if (owed === 'ackForData') return 'situation.owesAckData';
	switch (me.state) {
		case 'CLOSED':
			return 'situation.closed';
		case 'LISTEN':
			return 'situation.listen';
		case 'SYN_SENT':
			return 'situation.synSent';
		case 'SYN_RECEIVED':
			return 'situation.synReceived';
		case 'ESTABLISHED':
			return 'situation.established';
		case 'FIN_WAIT_1':
		case 'CLOSING':
		case 'LAST_ACK':
			return 'situation.finUnacked';
		case 'FIN_WAIT_2':
			return 'situation.finWait2';
		case 'CLOSE_WAIT':
			return 'situation.closeWait';
		case 'TIME_WAIT':
			return 'situation.timeWait';
	}
}

const owedKeys = {
	synAckForSyn: 'owes.synAck',
	ackForSynAck: 'owes.ack',
	ackForFin: 'owes.ackFin',
	ackForData: 'owes.ackData',
} as const satisfies Record<Exclude<Obligation, 'none'>, MessageKey>;

/** The badge beside the state, "owes ACK of FIN"; null when the endpoint owes nothing. */
export function owedKey(me: Endpoint): MessageKey | null {
	const owed = obligationOf(me);
	return owed === 'none' ? null : owedKeys[owed];
}
