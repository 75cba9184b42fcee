// English for `tcp-tui replay FILE`: reading a capture, listing its connections, and replaying one
// through the engine. Keys start with 'replay.'.

export const enReplay = {
	// Files that cannot be read; the CLI puts "tcp-tui: FILE: " before each.
	'replay.error.missing': 'no such file.',
	'replay.error.permission': 'permission denied.',
	'replay.error.directory': 'a directory, not a capture file.',
	'replay.error.fifo':
		'a FIFO (named pipe): replay reads only regular files, because it reads a capture twice and a pipe can be read once. Save the capture to a file first (tcpdump -w FILE).',
	'replay.error.device': 'a device, not a capture file: replay reads only regular files.',
	'replay.error.notRegular': 'not a regular file: replay reads only regular files.',
	'replay.error.open': 'cannot open it ({reason}).',
	'replay.error.empty': 'the file is empty, so it is not a capture.',
	'replay.error.notCapture':
		'not a pcap or pcapng capture (it starts with the bytes {start}; a pcap file starts with a1 b2 c3 d4 or the reverse).',
	'replay.error.shortHeader': 'too short to be a capture: the file header is cut off.',
	'replay.error.noPackets': 'the capture holds no packets.',
	'replay.error.noTcp': 'the capture holds {packets} packets but no TCP segment.',
	'replay.error.cutHeaders':
		"the snap length cut the TCP headers off ({cut} of {packets} packets), so there is nothing to replay: capture again with -s 0 (tcpdump's default) or at least -s 128.",
	'replay.error.linkType':
		'no packet has a link type this reader knows (the capture has {types}); it reads Ethernet, Linux cooked v1 and v2, BSD loopback and raw IP.',
	'replay.error.stoppedEarly':
		'the file stops in the middle of packet {packet} (byte {offset}), before any TCP segment: was it cut short?',
	'replay.error.damagedEarly':
		'the file is damaged at packet {packet} (byte {offset}), before any TCP segment.',
	'replay.error.noConnection':
		'there is no connection {id}: the capture has {count} (1 to {count}).',
	'replay.error.noPort': 'no connection uses port {port}.',
	'replay.error.manyPorts':
		'port {port} is used by connections {ids}: choose one with --connection.',
	'replay.warning.truncated':
		'the file stops in the middle of packet {packet} (byte {offset}): was it cut short? What could be read before it is listed.',
	'replay.warning.damaged':
		'the file is damaged at packet {packet} (byte {offset}), and reading stopped there. What could be read before it is listed.',
	'replay.warning.cut':
		'{count} packets had their TCP header cut off by the snap length and are left out.',

	// The command line.
	'replay.cli.needsFile': 'replay needs a capture file: tcp-tui replay FILE.',
	'replay.cli.oneFile': 'replay reads one capture file at a time (given: {files}).',
	'replay.cli.notWithReplay': '{flag} cannot be used with replay.',
	'replay.cli.withoutReplay': '{flag} is for replay: tcp-tui replay FILE {flag} N.',
	'replay.cli.connectionAndPort': '--connection and --port cannot be used together.',
	'replay.cli.formatNeedsConnection':
		'--format {format} needs a connection: add --connection N (or --port P).',

	// The listing.
	'replay.list.header':
		'{file}: {format} ({links}); packets: {packets}, TCP segments: {segments}, connections: {count}',
	'replay.column.id': '#',
	'replay.column.client': 'Client',
	'replay.column.server': 'Server',
	'replay.column.first': 'First (s)',
	'replay.column.last': 'Last (s)',
	'replay.column.segments': 'Segments',
	'replay.column.ended': 'How it ended',
	'replay.ending.closed': 'closed',
	'replay.ending.reset': 'reset (RST)',
	'replay.ending.refused': 'refused (SYN answered by RST)',
	'replay.ending.halfClosed': 'half-closed (one FIN)',
	'replay.ending.open': 'still open',
	'replay.started.before': 'started before the capture',
	'replay.separator': ', ',
	'replay.pick.title': 'Connections in {file}: choose one with ↑/↓ and ⏎ (q quits)',
	'replay.pick.item': '{id}. {client} → {server}  {count} segments from {first} s, {ended}',
	'replay.pick.footnote': 'Connections: {count}. Enter replays the one marked ▶.',

	// The replay screen.
	'replay.mode': 'replay',
	'replay.header': 'connection {id}: {client} → {server}',
	'replay.progress': 'segment {step}/{count}',
	'replay.time': 'ms',
	'replay.intro':
		"The client {client} and the server {server}: {count} segments over {ms} ms. Each segment is played as its sender's move and then arrives at its receiver, and the engine infers both states.",
	'replay.introKeys': 'Space (or →) plays the next segment, u goes back.',
	'replay.end':
		'End of the capture. The engine leaves the client in {client} and the server in {server}.',
	'replay.autoInput': 'auto',
	'replay.footer.next': 'next segment',
	'replay.footer.back': 'back',
	'replay.footer.first': 'first',
	'replay.footer.last': 'last',
	'replay.footer.list': 'connections',

	// A step's capture detail: what the capture shows and the model leaves out.
	'replay.detail.line':
		'Packet {number} at {ms} ms, {from} → {to}: {numbers}. Not in the model: {items}.',
	'replay.detail.numbers': 'seq {seq} ack {ack} (absolute {absSeq} and {absAck})',
	'replay.detail.numbersNoAck': 'seq {seq} (absolute {absSeq})',
	'replay.detail.flags': 'flags [{letters}]',
	'replay.detail.window': 'window {window}',
	'replay.detail.windowScaled': 'window {window}, scaled by 2^{shift} to {bytes} bytes',
	'replay.detail.payload': '{bytes} bytes of data',
	'replay.detail.noPayload': 'no data',
	'replay.detail.psh': 'PSH (push)',
	'replay.detail.mss': 'MSS {mss}',
	'replay.detail.windowScale': 'window scale {shift}',
	'replay.detail.sackPermitted': 'SACK permitted',
	'replay.detail.sack': 'SACK blocks {blocks}',
	'replay.detail.timestamps': 'timestamps {value}/{echo}',
	'replay.detail.optionsCut': 'options cut off by the snap length',

	// Where the engine could not follow the capture.
	'replay.note.midstream':
		'The capture begins after the handshake, so the engine starts both sides in ESTABLISHED, each ISN one below the first sequence number seen (as Wireshark counts). What came before is not known.',
	'replay.note.synAckFirst':
		"The capture begins after the client's SYN, so the engine starts the client in SYN_SENT and the server in SYN_RECEIVED, owing its SYN,ACK.",
	'replay.note.rolesGuessed':
		'Neither SYN is in the capture, so which end is the client is a guess: the server is taken to be the end on the lower port ({port}).',
	'replay.note.autoReply': "The {me}'s TCP sent this by itself, as the engine expected.",
	'replay.note.retransmission':
		'A retransmission: the {me} sent this sequence space before. The capture cannot tell whether the first copy was lost, its ACK was lost, or the timer fired early; the receiver treats what it already has as a duplicate.',
	'replay.note.duplicateAck':
		'This ACK acknowledges nothing new: a duplicate ACK, a window update or a keep-alive. The model has no window, so nothing changes.',
	'replay.note.ackUnseen':
		'The {me} acknowledges {bytes} bytes the capture never showed the {peer} sending: the capture missed them, or began after them. The replay takes them as sent and received.',
	'replay.note.gap':
		'This segment starts {bytes} bytes beyond what the capture showed the {me} sending: segments are missing from the capture. The replay takes them as sent.',
	'replay.note.ackAhead':
		"The {me} acknowledges {bytes} bytes the engine did not accept (its receive window is 65,535 bytes; a real one can be larger), so the replay moves the {me}'s RCV.NXT up to this ACK.",
	'replay.note.reset':
		'An RST: the {me} forgets the connection at once, and nothing answers an RST. The engine has the {peer} act on it as RFC 9293 says, but the capture cannot show whether it arrived.',
	'replay.note.resetClosed':
		'An RST from a port with no connection for the segment it answers. Nothing answers an RST: the engine has the {peer} act on it as RFC 9293 says, but the capture cannot show whether it arrived.',
	'replay.note.unexpected':
		'The engine would not have the {me} send this segment now ({reason}). The replay takes it as sent and carries on from what it implies.',
	'replay.note.crossed':
		"The {peer}'s next segment does not acknowledge this one, so it had not arrived when the {peer} sent that: the two crossed. The replay keeps it in flight until an ACK from the {peer} covers it.",
	'replay.note.lostCopy':
		'The {me} sent this sequence space again before any ACK covered the copy still in flight, so the replay takes that copy as lost.',
	'replay.note.arrivesAtEnd':
		'Still in flight when the capture ends: the replay lets it arrive, since nothing shows it was lost.',
	'replay.note.noMove': 'no move sends exactly this segment',
	'replay.summary.clean': 'The engine followed every segment of the capture.',
	'replay.summary.events': 'Where the engine could not follow the capture: {events}.',
	'replay.event.count': '{name} {count}',
	'replay.event.midstream': 'started before the capture',
	'replay.event.retransmission': 'retransmissions',
	'replay.event.duplicateAck': 'duplicate ACKs or window updates',
	'replay.event.unseen': 'segments the capture missed',
	'replay.event.reset': 'RSTs',
	'replay.event.unexpected': 'segments the engine would not send',

	// Exports.
	'replay.export.title': 'Replay of {file}, connection {id}: {client} → {server}',
} as const;
