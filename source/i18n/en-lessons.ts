// English messages for lessons. Keys start with 'lesson.'.
// A step's before and after share a few status lines at 80 columns: each stays within 200 characters.
// No sequence numbers here: the ISNs are random, and the engine's own explanation gives the real ones.

export const enLessons = {
	'lesson.handshake.title': 'The three-way handshake',
	'lesson.handshake.intro':
		"Each side sends its initial sequence number (ISN) and sees it acknowledged, and each segment proves something about who can send and receive. The server's port starts closed.",
	'lesson.handshake.listen.before':
		"A SYN can open a connection only on a port where someone listens: the server's application makes a passive OPEN first.",
	'lesson.handshake.listen.after':
		'The server is in LISTEN: ready for a SYN, but it has no connection and sends nothing yet. Before this, a SYN would have been refused with RST.',
	'lesson.handshake.listen.hint':
		'The server must listen first (a passive OPEN): a SYN to a closed port is refused with RST.',
	'lesson.handshake.syn.before':
		"The client opens with a SYN. It carries the client's ISN and no data, yet it uses up one sequence number. The server's state changes the moment it arrives.",
	'lesson.handshake.syn.after':
		"The SYN's arrival moved the server LISTEN → SYN_RECEIVED; it owes a SYN,ACK. It knows the client can send and it can receive, nothing yet of the other direction.",
	'lesson.handshake.syn.hint':
		'The client must start: it sends a SYN with its ISN (an active OPEN).',
	'lesson.handshake.synAck.before':
		"The server sends the SYN,ACK it owes: ack = the client's ISN + 1, and seq = the server's own ISN. Sending it leaves the server in SYN_RECEIVED.",
	'lesson.handshake.synAck.after':
		"The SYN,ACK's arrival made the client ESTABLISHED, owing an ACK: its SYN got there and the answer got back. The server, still SYN_RECEIVED, can't know yet that it was heard.",
	'lesson.handshake.synAck.hint':
		"The server must answer the SYN with its own SYN, which carries an ACK of the client's ISN + 1.",
	'lesson.handshake.ack.before':
		"The client sends the ACK it owes: ack = the server's ISN + 1. It stays ESTABLISHED. Only this third segment can tell the server that its SYN got through.",
	'lesson.handshake.ack.after':
		'As the ACK arrived, the server went SYN_RECEIVED → ESTABLISHED: it knows the client can receive and its own sending works. Both ISNs are acknowledged.',
	'lesson.handshake.ack.hint':
		"The client must acknowledge the server's SYN: an ACK with ack = the server's ISN + 1.",
	'lesson.handshake.outro':
		'Each side sent its ISN and saw it acknowledged as ISN + 1. Two segments tell the client all it needs; the server needs the third.',

	'lesson.why-three.title': 'Why not a two-way handshake?',
	'lesson.why-three.intro':
		'Not TCP: here a server is ESTABLISHED as soon as it answers a SYN, so the handshake has two segments. Segments wait in the network until they are delivered or lost.',
	'lesson.why-three.syn.before':
		'The client opens with a SYN. The network is slow today: the SYN stays in flight.',
	'lesson.why-three.syn.after':
		'The SYN is delayed. A segment can linger in the network for a long time, up to the maximum segment lifetime (MSL).',
	'lesson.why-three.syn.hint': 'The client must open: it sends a SYN with its ISN.',
	'lesson.why-three.giveUp.before':
		'The client stops waiting and gives up on the connection (a CLOSE before any answer came).',
	'lesson.why-three.giveUp.after':
		'No connection existed yet, so nothing was sent: the client is CLOSED and wants nothing more. But its old SYN is still in the network.',
	'lesson.why-three.giveUp.hint':
		'The client must give up on this attempt, a CLOSE, while its SYN is still in flight.',
	'lesson.why-three.late.before': 'Now, late, the network delivers the old SYN to the server.',
	'lesson.why-three.late.after':
		'The server cannot tell a stale SYN from a fresh one: to it, this is a client asking to connect. LISTEN → SYN_RECEIVED, owing a SYN,ACK.',
	'lesson.why-three.late.hint': 'The network must deliver the old SYN to the server now.',
	'lesson.why-three.answer.before':
		'The server answers with SYN,ACK. With only two segments, answering is all it does before it commits to the connection.',
	'lesson.why-three.answer.after':
		'The server is ESTABLISHED and holds state and buffers for a connection the client never wanted. Every stale SYN would cost it as much.',
	'lesson.why-three.answer.hint':
		'The server must answer the SYN with its own SYN, which carries an ACK.',
	'lesson.why-three.lost.before': "Now the server's SYN,ACK is lost on its way to the client.",
	'lesson.why-three.lost.after':
		'The server stays ESTABLISHED for a client that is gone. In a two-way handshake it never waits to learn whether the client got its ISN.',
	'lesson.why-three.lost.hint': "The network must lose the server's SYN,ACK.",
	'lesson.why-three.outro':
		'In real TCP the server would wait in SYN_RECEIVED for the third segment. The client, with no such connection, would answer the stale SYN,ACK with RST, and the server would go back to LISTEN.',

	'lesson.teardown.title': 'The four-way teardown',
	'lesson.teardown.intro':
		'The connection is ESTABLISHED. Each direction closes on its own: a FIN says "I have no more data to send", and the other side acknowledges it.',
	'lesson.teardown.fin.before':
		'The client has no more data to send: it closes its direction with a FIN. A FIN, like a SYN, uses one sequence number.',
	'lesson.teardown.fin.after':
		'The client is in FIN_WAIT_1, waiting for the ACK of its FIN; it can still receive. The FIN has arrived: the server is in CLOSE_WAIT and owes an ACK of it.',
	'lesson.teardown.fin.hint': 'The client must close first: it sends a FIN.',
	'lesson.teardown.ackFin.before':
		"The server sends the ACK it owes at once: ack = the FIN's seq + 1. The ACK's own seq does not move, and sending it leaves the server in CLOSE_WAIT.",
	'lesson.teardown.ackFin.after':
		"The ACK's arrival moved the client to FIN_WAIT_2. The server stays in CLOSE_WAIT: only the client's direction is closed; the server's is still open.",
	'lesson.teardown.ackFin.hint':
		"The server must acknowledge the client's FIN at once, with an ACK alone, not yet a FIN.",
	'lesson.teardown.data.before':
		"The server still has data to send. Its own application decides when it closes, not the client's FIN.",
	'lesson.teardown.data.after':
		'Data flows from CLOSE_WAIT. This is why the ACK and the FIN are separate segments: the ACK goes at once, the FIN when the server is done.',
	'lesson.teardown.data.hint': 'The server must send data: in CLOSE_WAIT it still may.',
	'lesson.teardown.ackData.before':
		'The client closed only its sending direction. It still receives, and it acknowledges the data.',
	'lesson.teardown.ackData.after':
		'A half-close: in FIN_WAIT_2 the client takes data in and acknowledges it for as long as the server sends.',
	'lesson.teardown.ackData.hint':
		"The client must acknowledge the server's data: in FIN_WAIT_2 it still receives.",
	'lesson.teardown.serverFin.before':
		'The server is done sending: now it closes its direction with its own FIN.',
	'lesson.teardown.serverFin.after':
		"The server is in LAST_ACK, waiting for the ACK of its FIN. The FIN's arrival moved the client FIN_WAIT_2 → TIME_WAIT, and the client owes that ACK.",
	'lesson.teardown.serverFin.hint': 'The server must close its direction now: it sends its FIN.',
	'lesson.teardown.lastAck.before':
		"The client sends the ACK it owes for the server's FIN: ack = the FIN's seq + 1. This is the fourth segment. Sending it leaves the client in TIME_WAIT.",
	'lesson.teardown.lastAck.after':
		'The server got its ACK: LAST_ACK → CLOSED. The client, which closed first, stays in TIME_WAIT in case this ACK is lost.',
	'lesson.teardown.lastAck.hint': "The client must acknowledge the server's FIN with an ACK.",
	'lesson.teardown.timeout.before':
		'The client stays in TIME_WAIT for twice the maximum segment lifetime (2MSL).',
	'lesson.teardown.timeout.after':
		'The 2MSL timer expired and the client forgets the connection. Both sides are CLOSED.',
	'lesson.teardown.timeout.hint': 'The client must let its 2MSL timer expire.',
	'lesson.teardown.outro':
		'Four segments, because each direction closes on its own. When one side has nothing left to send, its ACK and FIN can share one segment: a three-way close.',

	'lesson.time-wait.title': 'TIME_WAIT and 2MSL',
	'lesson.time-wait.intro':
		"The client closed first, and the server's FIN has just arrived: the client went FIN_WAIT_2 → TIME_WAIT and owes the last ACK. Segments wait in the network until they are delivered or lost.",
	'lesson.time-wait.lastAck.before':
		"The client sends the last ACK, for the server's FIN. It has been in TIME_WAIT since that FIN arrived, rather than CLOSED, and sending the ACK leaves it there.",
	'lesson.time-wait.lastAck.after':
		'The client cannot know whether this ACK arrives, since nothing acknowledges an ACK. So it keeps the connection for a while.',
	'lesson.time-wait.lastAck.hint': "The client must acknowledge the server's FIN with an ACK.",
	'lesson.time-wait.drop.before': 'The network loses this last ACK.',
	'lesson.time-wait.drop.after':
		'The server is still in LAST_ACK, its FIN unacknowledged. An ACK uses no sequence number, so the client will not resend it by itself.',
	'lesson.time-wait.drop.hint': "The network must lose the client's last ACK.",
	'lesson.time-wait.resend.before':
		"The server's retransmission timer expires: it sends its FIN again, with the same sequence number.",
	'lesson.time-wait.resend.after':
		'The resent FIN is on its way. Had the client gone straight to CLOSED, it would reach a port with no connection.',
	'lesson.time-wait.resend.hint':
		"The server's retransmission timer must expire, so that it sends its FIN again.",
	'lesson.time-wait.deliverFin.before': 'The resent FIN reaches the client, still in TIME_WAIT.',
	'lesson.time-wait.deliverFin.after':
		'The client sees a duplicate of the FIN it acknowledged and ACKs it again at once. A CLOSED port would have answered with RST.',
	'lesson.time-wait.deliverFin.hint': 'The network must deliver the resent FIN to the client.',
	'lesson.time-wait.deliverAck.before': 'The new ACK travels to the server.',
	'lesson.time-wait.deliverAck.after':
		'The server has its ACK: LAST_ACK → CLOSED, a clean close. This is what TIME_WAIT was for.',
	'lesson.time-wait.deliverAck.hint':
		"The network must deliver the client's new ACK to the server.",
	'lesson.time-wait.expire.before':
		'The client has waited 2MSL: time for a resent FIN to come and its ACK to go, and for old segments of this connection to die out.',
	'lesson.time-wait.expire.after':
		'TIME_WAIT → CLOSED. A new connection between the same ports can no longer receive a stray segment from this one.',
	'lesson.time-wait.expire.hint': "The client's 2MSL timer must expire to end TIME_WAIT.",
	'lesson.time-wait.outro':
		'The side that closes first waits 2MSL in TIME_WAIT: to ACK the FIN again if its last ACK is lost, and to let old segments die out before the same ports are used again.',
} as const;
