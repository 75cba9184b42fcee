// Where Linux goes beyond RFC 9293's minimum, said as one "On Linux: …" note at the moment a flow
// reaches it. Each fact was measured on Linux 6.18 (test/kernel runs the flows against it).
import type {Endpoint} from './endpoint.js';
import {type Message, message} from './message.js';

const notes = {
	listen: message('linux.listen'),
	finAck: message('linux.finAck'),
	quickAck: message('linux.quickAck'),
	halfClose: message('linux.halfClose'),
	timeWait: message('linux.timeWait'),
	isn: message('linux.isn'),
} as const;

/** A segment arrived and took the receiver from `before` to `after`. */
export function linuxOnArrival(before: Endpoint, after: Endpoint): Message[] {
	const said: Message[] = [];
	if (before.state === 'LISTEN' && after.state === 'SYN_RECEIVED') said.push(notes.listen);
	const gotData = after.bytesReceived > before.bytesReceived;
	if (gotData && before.bytesReceived === 0 && after.state === 'ESTABLISHED') {
		said.push(notes.quickAck);
	}
	if (gotData && (after.state === 'FIN_WAIT_1' || after.state === 'FIN_WAIT_2')) {
		said.push(notes.halfClose);
	}
	if (after.state === 'CLOSE_WAIT' && before.state !== 'CLOSE_WAIT') said.push(notes.finAck);
	if (after.state === 'TIME_WAIT' && before.state !== 'TIME_WAIT') said.push(notes.timeWait);
	return said;
}

/** The endpoint opened again after an earlier connection: its new ISN is the model's clock. */
export function linuxOnOpen(before: Endpoint, after: Endpoint): Message[] {
	const reopened = before.state === 'CLOSED' && after.state === 'SYN_SENT';
	return reopened && before.previousIss !== undefined ? [notes.isn] : [];
}

/** Whether a note is one of these, so that a screen can leave them out when asked to. */
export function isLinuxNote(note: Message): boolean {
	return note.key.startsWith('linux.');
}
