// English messages for the export formats (source/export): Markdown, Mermaid and packetdrill.
// Keys start with 'export.'.

export const enExport = {
	'export.title': 'TCP exchange',
	'export.titleOf': 'TCP exchange: {exchange}',
	'export.twoWay':
		'What if the handshake were two-way? This is not TCP: a side that answers a SYN is ESTABLISHED at once, without waiting for the ACK.',
	'export.absolute': 'Sequence numbers are absolute.',
	'export.relative':
		"Sequence numbers are relative to each side's initial sequence number (client {client}, server {server}): the SYN is seq=0 and its ACK is ack=1.",
	'export.final': 'Final states: client {client}, server {server}.',

	// What the network did with a segment
	'export.passage.sent': 'sent, in flight',
	'export.passage.arrived': 'arrives',
	'export.passage.lost': 'lost',
	'export.passage.duplicated': 'copied in the network',
	'export.separator': ', ',
	'export.labelled': '{label}: {what}',
	'export.lost': '{label} (lost)',
	'export.stillInFlight': 'still in flight: {segments}',
	'export.inFlightItem': '{label} ({me} to {peer})',

	// The Markdown table
	'export.column.move': 'Move',
	'export.column.fromTo': 'From → to',
	'export.column.flags': 'Flags',
	'export.column.seq': 'Seq',
	'export.column.ack': 'Ack',
	'export.column.len': 'Len',
	'export.column.clientAfter': 'Client after',
	'export.column.serverAfter': 'Server after',
	'export.column.explanation': 'Explanation',
	'export.fromTo': '{me} → {peer}',
	'export.fromToNotes': '{me} → {peer} ({notes})',
	'export.byPeer': '{input} (automatic peer)',
	'export.rejected': 'rejected',
	'export.rejectedWhy': '{cross} {rejected}. {why}',
	'export.noSegment': '{what} (no segment)',

	// packetdrill's comments
	'export.pd.intro':
		'packetdrill script for the server side of a tcp-tui exchange: the kernel under test is the server, and the script plays the client.',
	'export.pd.exchange': 'Exchange: {exchange}',
	'export.pd.noMoves': '(no moves)',
	'export.pd.checksNothing':
		'This script checks nothing of the exchange: no segment of it can be played against a kernel (see the `not expressible` lines below).',
	'export.pd.checksPart':
		'This script checks only part of the exchange: the lines marked `not expressible` cannot be played against a kernel, and packetdrill skips them.',
	'export.pd.numbers':
		"`<` lines are segments the script injects as the client; `>` lines are segments the kernel must send. Sequence numbers are relative, as packetdrill writes them: the client starts at 0, and its segments other than SYNs count from the SYN that opened the connection; the kernel's numbers count from the ISN of its SYN,ACK (or of its SYN, when it connect()s), which packetdrill learns for each socket.",
	'export.pd.linux':
		"Linux's actual options and window differ from the model's: `<...>` accepts any options on the kernel's SYN,ACK, no window is checked on what the kernel sends, and the client's SYN offers only an MSS. Linux also acknowledges by itself, and may delay or merge ACKs where the exchange has the server decide; a write larger than the MSS leaves as several segments.",
	'export.pd.delays':
		'`+0~+0.25` before an ACK from the kernel: Linux may delay the ACK of data, or of a FIN that arrives in ESTABLISHED, to its delayed-ACK timer (a few ms, about 40 ms once data has flowed, at most 200 ms), so the line allows up to 250 ms. Where Linux answers at once the line says `+0`; `*` lets the retransmission timer decide.',
	'export.pd.oneSocket':
		'RFC 9293 has one socket per side: once accepted, nothing listens any more',
	'export.pd.newListener':
		"back to LISTEN: packetdrill learns the kernel's ISN once per socket, so a new listening socket takes the next connection",
	'export.pd.connect':
		'the server opens actively: a socket of its own connect()s (non-blocking, so the script goes on), and the kernel sends the SYN',
	'export.pd.shutdown':
		'the client may still send: shutdown(SHUT_WR) sends the FIN and keeps the socket open for reading (after close(), arriving data would draw an RST)',
	'export.pd.bothFins': 'both FINs are out: the server is done, and closes its socket',
	'export.pd.reset': 'the RST resets the socket: the application learns it from its next call',
	'export.pd.synAckAcked':
		'Linux acknowledges this SYN,ACK at once: its SYN repeats the one already received (tcp-tui only trims it)',
	'export.pd.synAgain':
		"Linux differs here: the SYN it has already answered, arriving again in SYN_RECEIVED, draws its SYN,ACK again (tcp_check_req), where RFC 9293's sequence check, and tcp-tui, answer with an ACK",
	'export.pd.modelSends': 'tcp-tui sends: {line}',
	'export.pd.linuxAcks':
		'Linux acknowledges the data by itself, at once or when its delayed-ACK timer fires; the server in tcp-tui still owes this ACK',
	'export.pd.alreadyAcked': 'Linux has already sent this ACK by itself (above): {line}',
	'export.pd.notExpressible': 'not expressible: {reason}: {line}',
	'export.pd.inFlight': 'in flight from the client: {segment}',
	'export.pd.clientLost': "lost on the way: the client's {segment} never reaches the kernel",
	'export.pd.clientCopied':
		'copied in the network: {segment}; the copy is injected when it is delivered',
	'export.pd.reachesClient': 'reaches the client: {segment}',
	'export.pd.serverLost': "lost on the way: the client never receives the kernel's {segment}",
	'export.pd.serverCopied': 'copied in the network: {segment}',
	'export.pd.activeOpen':
		'the server opens actively (a SYN of its own), which a listening socket cannot do',
	'export.pd.socketClosed': 'the application has already closed its socket',
	'export.pd.notAccepted': 'the application cannot act on a connection before accept() returns it',
	'export.pd.linger': 'ABORT: SO_LINGER with a zero timeout makes close() send an RST',
	'export.pd.timeWait':
		"the server's 2MSL timer expires: Linux ends TIME_WAIT by itself after 60 s",
	'export.pd.serverLocal': 'the server: {what}',
	'export.pd.twoWay': 'the two-way handshake is a what-if, not TCP, and no kernel plays it',
	'export.pd.byPeer': '{input} (automatic peer)',
	'export.pd.rejected': '{heading}: rejected ({reason})',
	'export.pd.notValid': 'not valid now',
	'export.owes.synAckForSyn': '(owes SYN,ACK)',
	'export.owes.ackForSynAck': '(owes ACK)',
	'export.owes.ackForFin': '(owes ACK of FIN)',
	'export.owes.ackForData': '(owes ACK)',
} as const;
