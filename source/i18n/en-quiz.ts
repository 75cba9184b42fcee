// English messages for the quiz. Keys start with 'quiz.'.
// Facts are the reference article's, in the project's own words, with the article's mistake about
// the ACK of a FIN corrected: it is the acknowledgment number that becomes the FIN's seq + 1.

export const enQuiz = {
	// The three-way handshake: states
	'quiz.fact.serverBefore':
		'Before any client connects, the server has made a passive OPEN and waits for a SYN. What state is it in?',
	'quiz.fact.serverBefore.why':
		'A passive OPEN puts the server in LISTEN: it has no connection yet, and waits for a SYN.',
	'quiz.fact.clientAfterSyn':
		'The client sends the first segment of the handshake, a SYN carrying its initial sequence number (ISN). What state is the client in now?',
	'quiz.fact.clientAfterSyn.why':
		'Sending the SYN (an active OPEN) takes the client from CLOSED to SYN_SENT, where it waits for the SYN,ACK.',
	'quiz.fact.serverAfterSynAck':
		"The server answers the client's SYN with its own SYN, which also acknowledges the client's (SYN,ACK). What state is the server in now?",
	'quiz.fact.serverAfterSynAck.why':
		"The server has been in SYN_RECEIVED (often written SYN_RCVD, or SYN-RECV by Linux ss) since the client's SYN arrived (RFC 9293 3.10.7.2). Sending the SYN,ACK it owed does not change that: it waits for the ACK of its own SYN.",
	'quiz.fact.clientAfterAck':
		"The SYN,ACK reached the client, which sends the third segment: an ACK of the server's SYN. What state is the client in now?",
	'quiz.fact.clientAfterAck.why':
		"The client became ESTABLISHED when the SYN,ACK arrived, acknowledging its own SYN (RFC 9293 3.10.7.3). The ACK of the server's SYN is what it owed; sending it does not change its state. It may send data.",
	'quiz.fact.serverAfterAck':
		'The server is in SYN_RECEIVED (SYN_RCVD) when the ACK of its SYN arrives. What state is it in now?',
	'quiz.fact.serverAfterAck.why':
		"The ACK proves that the client received the server's ISN: SYN_RECEIVED → ESTABLISHED. Both sides are now connected.",

	// The three-way handshake: what each segment proves
	'quiz.fact.purpose': 'What does the three-way handshake establish?',
	'quiz.fact.purpose.right':
		"That both sides can send and receive, and each side's initial sequence number, known to the other",
	'quiz.fact.purpose.wrong1': 'The port numbers the two sides will use',
	'quiz.fact.purpose.wrong2': 'A shared key that encrypts the connection',
	'quiz.fact.purpose.wrong3': 'How many bytes the client will send in total',
	'quiz.fact.purpose.why':
		'The handshake checks that each direction works, and each SYN carries an ISN that the other side acknowledges: the starting point for numbering every byte that follows.',
	'quiz.fact.provesFirst':
		"The client's SYN (the first segment) reaches the server. What does the server know now?",
	'quiz.fact.provesFirst.right': 'The client can send, and the server can receive',
	'quiz.fact.provesFirst.wrong1': 'The server can send, and the client can receive',
	'quiz.fact.provesFirst.wrong2': 'Both sides can send and receive',
	'quiz.fact.provesFirst.wrong3': 'Nothing: a segment proves nothing until it is acknowledged',
	'quiz.fact.provesFirst.why':
		'A segment that arrived shows that its sender can send and its receiver can receive. Nothing has gone from the server to the client yet.',
	'quiz.fact.provesSecond':
		"The server's SYN,ACK (the second segment) reaches the client. What does the client know now?",
	'quiz.fact.provesSecond.right':
		'Both sides can send and receive: its SYN arrived, and the reply reached it',
	'quiz.fact.provesSecond.wrong1': 'Only that the server can send',
	'quiz.fact.provesSecond.wrong2': 'Only that the client itself can receive',
	'quiz.fact.provesSecond.wrong3': 'That the server knows the client can receive',
	'quiz.fact.provesSecond.why':
		"The ACK inside the SYN,ACK shows that the client's SYN got through (the client sends, the server receives), and the SYN,ACK's own arrival shows the other direction. The server, though, has no such proof yet.",
	'quiz.fact.provesUnsure':
		'After the second segment (SYN,ACK), what does the server still not know?',
	'quiz.fact.provesUnsure.right': 'Whether the client can receive: did its SYN,ACK arrive?',
	'quiz.fact.provesUnsure.wrong1': 'Whether the client can send',
	'quiz.fact.provesUnsure.wrong2': 'Whether the server itself can receive',
	'quiz.fact.provesUnsure.wrong3': "The client's initial sequence number",
	'quiz.fact.provesUnsure.why':
		"The SYN told the server that the client sends and it receives, and carried the client's ISN. Whether its own SYN,ACK arrived, only an answer from the client can tell.",
	'quiz.fact.provesThird':
		"The client's ACK (the third segment) reaches the server. What does the server learn from it?",
	'quiz.fact.provesThird.right':
		"That the client received the server's SYN: the server can send and the client can receive",
	'quiz.fact.provesThird.wrong1': 'That the client can send',
	'quiz.fact.provesThird.wrong2': 'That the server can receive',
	'quiz.fact.provesThird.wrong3': 'Nothing new: it only repeats what the SYN showed',
	'quiz.fact.provesThird.why':
		"The third segment acknowledges the server's ISN. Only now does the server know that both directions work, as the client has known since the SYN,ACK.",
	'quiz.fact.synAckNumber':
		"The client's SYN has seq = ISN. Why does the server's SYN,ACK carry ack = ISN + 1?",
	'quiz.fact.synAckNumber.right':
		'The SYN uses up one sequence number, and ack names the next one expected',
	'quiz.fact.synAckNumber.wrong1': 'ISN + 1 marks the segment as an answer rather than a request',
	'quiz.fact.synAckNumber.wrong2':
		"The + 1 is the server's own SYN, counted in the client's numbers",
	'quiz.fact.synAckNumber.wrong3': 'The server adds 1 so that old SYNs are rejected',
	'quiz.fact.synAckNumber.why':
		'A SYN carries no data but occupies one sequence number, as a FIN does. An acknowledgment number is always the next sequence number the receiver expects: ISN + 1.',

	// Why three and not two
	'quiz.fact.threeNotTwo':
		'Why is a two-way handshake (SYN, then SYN,ACK) not enough? What could the server never be sure of?',
	'quiz.fact.threeNotTwo.right': "That the client received the server's ISN",
	'quiz.fact.threeNotTwo.wrong1': "That the client's SYN arrived",
	'quiz.fact.threeNotTwo.wrong2': "The client's initial sequence number",
	'quiz.fact.threeNotTwo.wrong3': 'That the server itself can receive',
	'quiz.fact.threeNotTwo.why':
		'With two segments only the client learns that both directions work. The server would send data numbered from an ISN the client may never have received.',
	'quiz.fact.oldSyn':
		'An old SYN from the client, delayed in the network, reaches the server long after the client gave up on it. If the handshake had only two segments, what would happen?',
	'quiz.fact.oldSyn.right':
		'The server would open a connection the client never wanted, and hold resources for it',
	'quiz.fact.oldSyn.wrong1': 'The server would recognise the SYN as old and drop it',
	'quiz.fact.oldSyn.wrong2': 'The client would accept the connection and start sending data',
	'quiz.fact.oldSyn.wrong3': 'Nothing, because a delayed SYN is always lost',
	'quiz.fact.oldSyn.why':
		'The server cannot tell an old SYN from a new one. With two segments its SYN,ACK would make it ESTABLISHED at once, waiting on a client that knows nothing of this connection.',
	'quiz.fact.oldSynRst':
		'In the real three-way handshake, a SYN,ACK arrives at the client for an old SYN it no longer wants. What happens?',
	'quiz.fact.oldSynRst.right': 'The client answers with RST, and the server goes back to LISTEN',
	'quiz.fact.oldSynRst.wrong1': 'The client sends the ACK, and the connection opens anyway',
	'quiz.fact.oldSynRst.wrong2': 'The client sends FIN to close the unwanted connection',
	'quiz.fact.oldSynRst.wrong3': 'The server stays in SYN_RECEIVED for good',
	'quiz.fact.oldSynRst.why':
		"The third segment is the client's to give, so the client decides: an ACK for a connection it wants, an RST for one it does not (RFC 9293 Figure 8). The server, in SYN_RECEIVED from a passive OPEN, goes back to LISTEN.",

	// The four-way teardown: states
	'quiz.fact.clientAfterFin':
		'The connection is ESTABLISHED and the client closes first: it sends FIN. What state is the client in now?',
	'quiz.fact.clientAfterFin.why':
		'Sending FIN takes the client from ESTABLISHED to FIN_WAIT_1: it sends no more data and waits for the ACK of its FIN.',
	'quiz.fact.serverAfterAckFin':
		"The server acknowledges the client's FIN with an ACK. What state is the server in now?",
	'quiz.fact.serverAfterAckFin.why':
		"The server has been in CLOSE_WAIT since the client's FIN arrived; acknowledging it does not change the state. The client has closed its direction, and the server waits for its own application to close, sending any data it still has.",
	'quiz.fact.clientAfterAckFin':
		"The server's ACK of the client's FIN reaches the client in FIN_WAIT_1. What state is the client in now?",
	'quiz.fact.clientAfterAckFin.why':
		"FIN_WAIT_1 → FIN_WAIT_2: the client's direction is closed, and it waits for the server's FIN.",
	'quiz.fact.serverAfterFin':
		'The server, in CLOSE_WAIT, has sent all its data and sends its own FIN. What state is it in now?',
	'quiz.fact.serverAfterFin.why':
		'CLOSE_WAIT → LAST_ACK: the server closes last, and waits for the ACK of its FIN.',
	'quiz.fact.clientAfterLastAck':
		"The server's FIN reaches the client in FIN_WAIT_2, and the client acknowledges it. What state is the client in now?",
	'quiz.fact.clientAfterLastAck.why':
		"The FIN's arrival takes the client FIN_WAIT_2 → TIME_WAIT; the ACK it then sends leaves it there. It waits 2MSL before it is CLOSED, in case that ACK was lost.",
	'quiz.fact.serverEnd':
		"The client's last ACK reaches the server in LAST_ACK. What state is the server in now?",
	'quiz.fact.serverEnd.why':
		'LAST_ACK → CLOSED at once: the server closed last, so it has no TIME_WAIT to serve.',

	// Why four and not three
	'quiz.fact.fourNotThree': 'Why does closing a connection usually take four segments?',
	'quiz.fact.fourNotThree.right':
		"The server ACKs the client's FIN at once, but sends its own FIN only when it has finished sending",
	'quiz.fact.fourNotThree.wrong1': 'Each FIN must be acknowledged twice',
	'quiz.fact.fourNotThree.wrong2': 'The client sends its FIN twice, to be sure it arrives',
	'quiz.fact.fourNotThree.wrong3': 'A segment cannot carry FIN and ACK together',
	'quiz.fact.fourNotThree.why':
		"Each direction closes on its own. The client's FIN only says that the client has nothing more to send; the server may still have data, so its FIN usually comes later, in a segment of its own.",
	'quiz.fact.threeClose': 'When can closing take only three segments?',
	'quiz.fact.threeClose.right':
		"When the server has nothing more to send: its FIN rides on the ACK of the client's FIN, as one FIN,ACK",
	'quiz.fact.threeClose.wrong1': 'Never: a close always takes four segments',
	'quiz.fact.threeClose.wrong2': 'When the client skips TIME_WAIT',
	'quiz.fact.threeClose.wrong3': 'When the client sends its FIN without the ACK flag',
	'quiz.fact.threeClose.why':
		"The FIN's arrival moves the server to CLOSE_WAIT, owing an ACK. If its application closes before that ACK leaves, one FIN,ACK pays the ACK and carries its FIN: CLOSE_WAIT → LAST_ACK. Real stacks often do this, as they delay an ACK a little.",
	'quiz.fact.halfClose':
		"The server has acknowledged the client's FIN and is in CLOSE_WAIT. May it still send data?",
	'quiz.fact.halfClose.right': "Yes: the client's FIN closed only the client's direction",
	'quiz.fact.halfClose.wrong1': 'No: a FIN closes both directions',
	'quiz.fact.halfClose.wrong2': 'Only after the client opens again with a new SYN',
	'quiz.fact.halfClose.wrong3': 'Only retransmissions of data sent before the FIN',
	'quiz.fact.halfClose.why':
		'This half-close is why the teardown has a separate ACK and FIN: the server keeps sending until its application closes, and only then sends its FIN.',

	// TIME_WAIT
	'quiz.fact.timeWaitWho': 'Which side of a connection goes through TIME_WAIT?',
	'quiz.fact.timeWaitWho.right': 'The side that closes first, whose FIN went out first',
	'quiz.fact.timeWaitWho.wrong1': 'The side that closes last',
	'quiz.fact.timeWaitWho.wrong2': 'Always the server, whichever side closes first',
	'quiz.fact.timeWaitWho.wrong3': 'Always the client, whichever side closes first',
	'quiz.fact.timeWaitWho.why':
		"The side that closes first enters TIME_WAIT once the other side's FIN and the ACK of its own FIN have both arrived (in a simultaneous close, both sides close first). It owes the last ACK, and waits 2MSL. The side that closes last goes from LAST_ACK straight to CLOSED.",
	'quiz.fact.timeWaitLostAck':
		'Why does the side in TIME_WAIT not close as soon as it has sent its last ACK?',
	'quiz.fact.timeWaitLostAck.right':
		'The ACK may be lost; the peer then sends its FIN again, and that FIN needs an answer',
	'quiz.fact.timeWaitLostAck.wrong1': "It is still waiting for the peer's FIN",
	'quiz.fact.timeWaitLostAck.wrong2': 'Its application still has data to read',
	'quiz.fact.timeWaitLostAck.wrong3': 'It must send its own FIN again',
	'quiz.fact.timeWaitLostAck.why':
		'If the last ACK is lost, the peer in LAST_ACK retransmits its FIN. A side still in TIME_WAIT ACKs it again, and the peer closes cleanly.',
	'quiz.fact.timeWait2msl':
		'TIME_WAIT lasts 2MSL, twice the maximum segment lifetime. Besides answering a retransmitted FIN, what does the wait achieve?',
	'quiz.fact.timeWait2msl.right':
		'Old duplicate segments of the connection die out, so a new connection on the same ports cannot receive them',
	'quiz.fact.timeWait2msl.wrong1': 'The peer gets time to send more data',
	'quiz.fact.timeWait2msl.wrong2': 'The retransmission timer gets time to back off',
	'quiz.fact.timeWait2msl.wrong3': 'The server gets time to reuse the same ISN',
	'quiz.fact.timeWait2msl.why':
		'A segment lives at most one MSL in the network. Waiting twice that covers a last ACK and a retransmitted FIN, and lets every stray segment of this connection expire first.',
	'quiz.fact.timeWaitSkipped':
		'The client does not wait in TIME_WAIT: it goes straight to CLOSED, and its last ACK is lost. What happens?',
	'quiz.fact.timeWaitSkipped.right':
		'The server resends its FIN, the closed client answers with RST, and the server sees a reset instead of a clean close',
	'quiz.fact.timeWaitSkipped.wrong1': 'The server stays in LAST_ACK forever',
	'quiz.fact.timeWaitSkipped.wrong2': 'Nothing: the server closes when its own timer expires',
	'quiz.fact.timeWaitSkipped.wrong3': 'The client reopens the connection to send the ACK again',
	'quiz.fact.timeWaitSkipped.why':
		'A CLOSED port answers anything but an RST with an RST. TIME_WAIT keeps the connection alive just long enough to ACK the FIN again instead.',

	// The ACK of a FIN: which number moves
	'quiz.fact.ackOfFin':
		"The client's FIN has seq = x. The server acknowledges it with an ACK. Which field of that ACK becomes x + 1?",
	'quiz.fact.ackOfFin.right': 'The acknowledgment number: ack = x + 1',
	'quiz.fact.ackOfFin.wrong1': 'The sequence number: seq = x + 1',
	'quiz.fact.ackOfFin.wrong2': 'Both: seq = x + 1 and ack = x + 1',
	'quiz.fact.ackOfFin.wrong3': 'Neither: a FIN uses no sequence number, so ack = x',
	'quiz.fact.ackOfFin.why':
		"A FIN uses one sequence number, so the server next expects x + 1, and ack says so. The ACK's own seq is the server's next byte, in the server's numbering; it has nothing to do with x. (Some articles get this wrong.)",
	'quiz.fact.ackSeq':
		"The client's FIN has seq = x, and the server's ACK of it has seq = y, ack = x + 1. With nothing more to send, the server then sends its own FIN. What is that FIN's seq?",
	'quiz.fact.ackSeq.right': 'y',
	'quiz.fact.ackSeq.wrong1': 'y + 1',
	'quiz.fact.ackSeq.wrong2': 'x + 1',
	'quiz.fact.ackSeq.wrong3': 'x + 2',
	'quiz.fact.ackSeq.why':
		'A bare ACK uses no sequence number, so the FIN that follows it has the same seq, y. Only SYN, FIN and data advance a sequence number.',

	// Histories described in words, for the questions the engine answers
	'quiz.start.opening':
		'The client is CLOSED and the server is in LISTEN. Every segment arrives at once.',
	'quiz.start.established':
		'The three-way handshake is done: both sides are ESTABLISHED. Every segment arrives at once.',
	'quiz.history': 'So far: {moves}.',
	'quiz.history.separator': ', ',
	'quiz.move.segment': '{me} {flags}',
	'quiz.move.data': '{me} {len} bytes of data',
	'quiz.move.timeout': "{me}'s 2MSL timer expires",
	'quiz.move.silent': '{me} {action}',
	'quiz.next.segment': 'Now the {me} sends {flags}.',
	'quiz.next.data': 'Now the {me} sends {len} bytes of data.',
	'quiz.next.timeout': "Now the {me}'s 2MSL timer expires.",
	'quiz.next.silent': 'Now the {me} makes the move {action}.',

	// Predict the state
	'quiz.predict.question': 'What state is the {me} in now?',
	'quiz.predict.answer': 'The {me} is in {state}.',
	'quiz.predict.owes': 'The {me} still {owed}: sending it will not change its state.',

	// Which segment is valid now
	'quiz.valid.question': 'Which of these may the {me} send now?',
	'quiz.valid.note':
		'(A SYN sent in answer to a SYN goes out as SYN,ACK, and once a SYN has arrived every segment also carries ACK.)',
	'quiz.valid.right': '{Action} is valid: {reason}',
	'quiz.valid.wrong': '{Action} is refused: {reason}.',
	'quiz.segment.syn': 'SYN',
	'quiz.segment.ack': 'ACK',
	'quiz.segment.fin': 'FIN',
	'quiz.segment.rst': 'RST',
	'quiz.segment.data': 'data',

	// Sequence arithmetic
	'quiz.isns': "The client's ISN is {client} and the server's ISN is {server}.",
	'quiz.sequence.synAck':
		'The client sends its SYN and the server answers with SYN,ACK. What is the acknowledgment number of the SYN,ACK?',
	'quiz.sequence.synAck.why':
		"The SYN uses one sequence number, so the server expects {client} + 1 next: ack = {answer}. The SYN,ACK's own seq is the server's ISN, {server}.",
	'quiz.sequence.ackOfSynAck':
		"The client sends its SYN, the server answers with SYN,ACK, and the client acknowledges it. What is the acknowledgment number of the client's ACK?",
	'quiz.sequence.ackOfSynAck.why':
		"The server's SYN uses one sequence number, so the client expects {server} + 1 next: ack = {answer}.",
	'quiz.sequence.finAck':
		"After the three-way handshake, the client sends FIN and the server acknowledges it. What is the acknowledgment number of the server's ACK?",
	'quiz.sequence.finAckData':
		"After the three-way handshake, the client sends {len} bytes of data, which the server acknowledges. Then the client sends FIN and the server acknowledges it. What is the acknowledgment number of the server's ACK of the FIN?",
	'quiz.sequence.finAck.why':
		"The client's FIN has seq = {client} + 1 = {finSeq}, as the SYN used one sequence number. The FIN uses one too, so ack = {finSeq} + 1 = {answer}.",
	'quiz.sequence.finAck.whyData':
		"The client's FIN has seq = {client} + 1 + {len} = {finSeq}: one for the SYN and {len} for the data. The FIN uses one sequence number, so ack = {finSeq} + 1 = {answer}.",
	'quiz.sequence.wrapped':
		'Sequence numbers wrap around after 4294967295: the sum is taken modulo 2^32.',
	'quiz.sequence.finAckSeq':
		"After the three-way handshake, the client sends FIN and the server acknowledges it. What is the sequence number of the server's ACK?",
	'quiz.sequence.finAckSeq.why':
		"The ACK's seq is the server's next sequence number: {server} + 1 = {answer}, as its SYN used one. It is the acknowledgment number, not the seq, that becomes the FIN's seq + 1 (the FIN's seq is {client} + 1 = {finSeq}).",

	// What a question tests, as the teacher's report names it.
	'quiz.concept.states': 'the states',
	'quiz.concept.why-three': 'why three segments to open',
	'quiz.concept.isn-plus-one': 'ack = ISN + 1',
	'quiz.concept.seq-vs-ack': 'seq vs ack: which one moves',
	'quiz.concept.why-four': 'why four segments to close',
	'quiz.concept.half-close': 'half-close: data after a FIN',
	'quiz.concept.time-wait': 'TIME_WAIT and 2MSL',
} as const;
