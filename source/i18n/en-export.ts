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
	'export.byPeer': '{input} (peer)',
	'export.rejected': 'rejected',
	'export.rejectedWhy': '{cross} {rejected}. {why}',
	'export.noSegment': '{what} (no segment)',

	// packetdrill's comments
	'export.pd.intro':
		'packetdrill script for the server side of a tcp-tui exchange: the kernel under test is the server, and the script plays the client.',
	'export.pd.exchange': 'Exchange: {exchange}',
	'export.pd.noMoves': '(no moves)',
	'export.pd.numbers':
		"`<` lines are segments the script injects as the client; `>` lines are segments the kernel must send. Sequence numbers are relative, as packetdrill writes them: the client starts at 0, and the kernel's numbers count from the ISN of its SYN,ACK.",
	'export.pd.linux':
		"Linux's actual options and window differ from the model's: `<...>` accepts any options on the kernel's SYN,ACK, no window is checked on what the kernel sends, and the client's SYN offers only an MSS. Linux also acknowledges by itself, and may delay or merge ACKs where the exchange has the server decide; a write larger than the MSS leaves as several segments.",
	'export.pd.oneSocket':
		'RFC 9293 has one socket per side: once accepted, nothing listens any more',
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
