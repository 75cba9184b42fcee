// The English message catalog. {me}/{peer} are side names; {Me}/{Peer} the same, capitalised.
// The learning modes keep their messages in their own parts, merged here.
import {enChallenges} from './en-challenges.js';
import {enCli} from './en-cli.js';
import {enExport} from './en-export.js';
import {enLessons} from './en-lessons.js';
import {enModes} from './en-modes.js';
import {enProgress} from './en-progress.js';
import {enQuiz} from './en-quiz.js';
import {enReport} from './en-report.js';

const core = {
	'side.client': 'client',
	'side.server': 'server',

	// Accepted moves
	'ok.activeOpen':
		'The {me} sent SYN with its initial sequence number ISN = {iss} (active OPEN): CLOSED → SYN_SENT. The SYN uses up one sequence number, so the next byte will be {iss} + 1.',
	'ok.listenSend':
		'The {me} sent SYN from LISTEN (a SEND on a listening socket turns it into an active open, RFC 9293 Figure 5): LISTEN → SYN_SENT, ISN = {iss}.',
	'ok.synAck':
		"The {me} answered the {peer}'s SYN with SYN,ACK: ack = {irs} + 1 acknowledges the {peer}'s ISN, and seq = {iss} announces its own ISN, which the {peer} must acknowledge in turn. {from} → SYN_RECEIVED.",
	'ok.synAckTwoWay':
		"The {me} answered the {peer}'s SYN with SYN,ACK (ack = {irs} + 1) and, in this two-way handshake that TCP is not, is ESTABLISHED at once: {from} → ESTABLISHED. It never learns whether the {peer} wanted this connection, or received the {me}'s ISN.",
	'ok.ackSynAck':
		"The {me} acknowledged the {peer}'s SYN,ACK with ack = {irs} + 1: {from} → ESTABLISHED. The {peer} now knows that its SYN arrived, so both sides know both directions work.",
	'ok.ackFin':
		"The {me} acknowledged the {peer}'s FIN with ack = {ack}: the FIN used one sequence number, so the acknowledgment number is the FIN's seq + 1. The ACK's own seq does not move, since a bare ACK uses no sequence number. {from} → {to}.",
	'ok.ackData': "The {me} acknowledged the {peer}'s data: ack = {ack}, the next byte it expects.",
	'ok.closeListen':
		'The {me} closed its listening socket (CLOSE in LISTEN): there is no connection yet, so no FIN is sent. LISTEN → CLOSED.',
	'ok.closeSynSent':
		'The {me} gave up before the handshake finished (CLOSE in SYN_SENT): no connection exists yet, so no FIN is sent. SYN_SENT → CLOSED.',
	'ok.finAfterSynAck':
		'The {me} sent FIN,ACK: its ACK completes the handshake (ack = {ack}), and the FIN closes its direction at once. SYN_SENT → ESTABLISHED → FIN_WAIT_1.',
	'ok.finSynReceived':
		'The {me} closed during the handshake: FIN seq = {seq}. SYN_RECEIVED → FIN_WAIT_1 (RFC 9293 Figure 5).',
	'ok.finEstablished':
		'The {me} sent FIN (seq = {seq}): it has no more data to send. ESTABLISHED → FIN_WAIT_1. It can still receive until the {peer} closes too.',
	'ok.finAckBoth':
		"The {me} sent FIN,ACK: the ACK acknowledges the {peer}'s FIN (ack = {ack}) and its own FIN closes its direction in the same segment. ESTABLISHED → CLOSE_WAIT → LAST_ACK: a three-way close.",
	'ok.finCloseWait':
		'The {me} has finished sending and sent its FIN (seq = {seq}): CLOSE_WAIT → LAST_ACK. It waits for the ACK of this FIN.',
	'ok.ackSynAckFin':
		"The {me} acknowledged the {peer}'s SYN,ACK and, in the same ACK (ack = {ack}), the FIN that followed it: SYN_SENT → ESTABLISHED → CLOSE_WAIT.",
	'ok.dataAfterSynAckFin':
		"The {me} sent {len} bytes whose ACK (ack = {ack}) completes the handshake and acknowledges the {peer}'s FIN: SYN_SENT → ESTABLISHED → CLOSE_WAIT.",
	'ok.dataAfterSynAck':
		"The {me} sent {len} bytes that also carry the handshake's last ACK (ack = {ack}): SYN_SENT → ESTABLISHED.",
	'ok.data': 'The {me} sent {len} bytes: seq = {seq}, so the next byte will be {seq} + {len}.',
	'ok.dataAckFin':
		"The {me} sent {len} bytes, and their ACK (ack = {ack}) acknowledges the {peer}'s FIN: ESTABLISHED → CLOSE_WAIT. A half-close: the {peer} stopped sending, {me} has not.",
	'ok.dataCloseWait':
		"The {me} sent {len} bytes from CLOSE_WAIT: the {peer}'s FIN only closed the {peer}'s direction, so {me} may keep sending until it closes too.",
	'ok.abort':
		'The {me} aborted the connection and sent RST (seq = {seq}): {from} → CLOSED at once, without the orderly FIN exchange.',
	'ok.abortQuiet':
		'The {me} aborted (ABORT in {from}): no connection is synchronized yet, so no RST is sent. {from} → CLOSED.',
	'ok.abortClosing':
		'The {me} aborted in {from}: its FIN is already out, so no RST is sent; the connection record is simply deleted. {from} → CLOSED.',
	'ok.retransmit':
		'The retransmission timer of the {me} expired: it sends its oldest unacknowledged segment again, with the same sequence number (seq = {seq}).',
	'ok.listen':
		'The {me} opened a listening socket (passive OPEN): CLOSED → LISTEN. It waits for a SYN.',
	'ok.timeWaitExpired':
		"The 2MSL timer expired: {me} waited long enough to acknowledge the {peer}'s FIN again had its last ACK been lost (the {peer} would have resent the FIN), and for old segments to die out. TIME_WAIT → CLOSED.",

	// Rejected moves
	'no.syn.synAckArrived':
		"The {me} already has the {peer}'s SYN,ACK; its own SYN was acknowledged, so it must not send another. Press ACK to complete the handshake.",
	'no.syn.alreadySent': 'The {me} already sent its SYN and is waiting for the {peer} to answer.',
	'no.syn.synReceived':
		"The {me} already sent its SYN (inside its SYN,ACK) and is waiting for the {peer}'s ACK of it.",
	'no.syn.synchronized':
		'The {me} is {state}: the connection is already synchronized, and a SYN only opens a connection.',
	'no.ack.bareAckToSyn':
		'The {me} cannot answer a SYN with a bare ACK: it must also send its own SYN so the {peer} learns its initial sequence number. Press SYN to send SYN,ACK.',
	'no.ack.nothingReceived':
		'The {me} has received nothing from the {peer} yet, so there is nothing to acknowledge.',
	'no.ack.timeWait':
		"The {me} already acknowledged the {peer}'s FIN. In TIME_WAIT it only waits (2MSL) in case that ACK was lost.",
	'no.ack.allAcked':
		'The {me} has already acknowledged everything it received (RCV.NXT = {rcvNxt}); a bare ACK is sent only to acknowledge something new.',
	'no.fin.closed': 'The {me} is CLOSED: there is no connection to close yet.',
	'no.fin.alreadySent':
		'The {me} is {state}: it already sent its FIN, and a side closes only once.',
	'no.data.noConnection': 'The {me} is {state}: there is no connection to send data on.',
	'no.data.handshake': 'The {me} is {state}: data waits until the handshake is complete.',
	'no.data.finWait':
		'The {me} is {state}: it already sent its FIN, so it cannot send data; it can still receive.',
	'no.data.finSent':
		'The {me} is {state}: it already sent its FIN, so it has no more data to send.',
	'no.rst.closed': 'The {me} is CLOSED: there is no connection to reset.',
	'no.listen.already': 'The {me} is already listening.',
	'no.listen.busy':
		'The {me} is {state}: only a CLOSED endpoint can start listening; this one already has a connection.',
	'no.timeout.nothingSent':
		'The {me} is {state}: it has sent nothing, so there is nothing to retransmit.',
	'no.timeout.allAcked':
		'The {me} is {state}: everything it sent has been acknowledged, so no retransmission timer is running.',
	'no.timeout.none':
		'The {me} is {state}: no timer is running that would change its state. Segments are never lost here, so nothing needs retransmitting; TIME_WAIT has the only such timer (2MSL).',

	// The network (manual delivery)
	'net.delivered': "The network delivered the {me}'s segment, the oldest in flight.",
	'net.deliveredOutOfOrder':
		"The network delivered the {me}'s segment number {index} in flight, ahead of older ones: segments can overtake each other.",
	'net.droppedAck':
		"The network lost the {me}'s ACK. An ACK uses no sequence number, so no timer resends it: only a new segment from the {peer} will draw another.",
	'net.droppedRst':
		"The network lost the {me}'s RST. An RST is never sent again: the {peer} keeps its connection until something else tells it.",
	'net.dropped':
		"The network lost the {me}'s segment. Nothing tells the {me}: only its retransmission timer (t) will send it again.",
	'net.duplicated':
		"The network duplicated the {me}'s segment: a second copy is now in flight and may arrive later.",
	'no.net.empty':
		'Nothing is in flight: a segment must be sent before the network can deliver, drop or copy it.',
	'no.net.range': 'There is no segment number {index} in flight: only {count}.',
	'no.net.instant':
		'Delivery is instant, so nothing waits in flight. Switch to manual delivery (m, or --network manual) to hold segments in the network.',

	// Arrivals
	'in.listenSyn':
		"The {peer}'s SYN arrived (seq = {irs}). The {me} stays in LISTEN with the SYN waiting: it learned the {peer}'s ISN and owes a SYN,ACK.",
	'in.listenNewSyn':
		'A SYN with a new ISN ({irs}) arrived while the one with ISN {old} was still waiting: the {peer} has started over, so the new SYN replaces the old one.',
	'in.synAgain': 'The {me} already holds this SYN (seq = {seq}); the copy is dropped.',
	'in.otherSyn':
		'The {me} already holds a SYN with another ISN; this SYN (seq = {seq}) is dropped.',
	'in.rstChallenge':
		'The RST (seq = {seq}) is in the window but not at RCV.NXT = {rcvNxt}: it could be forged, so the {me} answers with an ACK (a challenge ACK, RFC 5961) instead of resetting.',
	'in.listenSynAgain':
		'The {me} already has a SYN waiting; this one is a duplicate and is dropped.',
	'in.listenAck':
		'An ACK arrived at a listening {me}, which has no connection it could acknowledge; it answers with RST (seq = {ack}).',
	'in.closedResets':
		'The segment reached a CLOSED {me}: no connection exists any more, so its TCP answers with RST.',
	'in.synToListen':
		'A new SYN reached the {me} in SYN_RECEIVED, opened from LISTEN: it drops the half-open connection and returns to LISTEN (RFC 9293 §3.10.7.4).',
	'in.closedRefuses':
		'The segment reached a CLOSED {me}: no connection exists, so its TCP answers with RST. Connection refused.',
	'in.rstIgnored': 'The {me} ({state}) ignores the RST: there is nothing for it to reset.',
	'in.rstOutOfWindow':
		'The {me} ignores the RST: its sequence number is not the one expected, so it could be forged or stale.',
	'in.dropped': 'The {me} ({state}) drops the segment: it is neither a SYN nor an RST.',
	'in.synSentBadAck':
		'The {me} is SYN_SENT, and the segment acknowledges a SYN it never sent (ack = {ack}): an old duplicate. It answers with RST (seq = {ack}).',
	'in.refused':
		'The RST acknowledges {me}\'s SYN: the {peer} refused the connection. SYN_SENT → CLOSED ("connection refused").',
	'in.synAck':
		"The {peer}'s SYN,ACK arrived: ack = {ack} confirms the {me}'s SYN, and seq = {irs} is the {peer}'s ISN. The {me} stays SYN_SENT until it sends the ACK (RFC 9293 Figure 5: rcv SYN,ACK / snd ACK).",
	'in.simultaneousSyn':
		"A bare SYN from the {peer} crossed the {me}'s own: a simultaneous open. The {me} owes a SYN,ACK that repeats its own SYN.",
	'in.duplicate':
		'The {me} has seen this segment already (seq = {seq} is below RCV.NXT = {rcvNxt}): a duplicate. It drops it and sends an ACK, so the {peer} learns what really arrived.',
	'in.outOfOrder':
		'The segment starts at seq = {seq}, but {me} expects {rcvNxt}: it is out of order. The {me} drops it and ACKs what it has.',
	'in.reset': 'The RST arrived: {me} aborts the connection. {state} → CLOSED ("connection reset").',
	'in.rstToListen':
		'The RST arrived: {me} drops the half-open connection and goes back to LISTEN, as it came from there.',
	'in.challengeAck':
		'The {me} received a new SYN while it still has a connection; it answers with an ACK (a challenge ACK, RFC 5961) instead of resetting.',
	'in.noAck': 'The {me} drops the segment: once synchronized, every segment must carry ACK.',
	'in.synReceivedBadAck':
		'The ACK ({ack}) does not acknowledge the SYN of {me}, which answers with RST (seq = {ack}).',
	'in.ackTooHigh':
		'The segment acknowledges data {me} never sent (ack = {ack}); {me} drops it and replies with an ACK.',
	'in.synAcked':
		"The ACK of the {me}'s SYN arrived (ack = {ack}): SYN_RECEIVED → ESTABLISHED. The {me} now knows that the {peer} received its ISN.",
	'in.finAckedWait2':
		"The ACK of the {me}'s FIN arrived: FIN_WAIT_1 → FIN_WAIT_2. The {me}'s direction is closed; it waits for the {peer}'s FIN.",
	'in.finAckedClosing':
		"The ACK of the {me}'s FIN arrived while it was CLOSING: CLOSING → TIME_WAIT.",
	'in.finAckedLastAck':
		"The ACK of the {me}'s FIN arrived: LAST_ACK → CLOSED. The {me} is done; only the {peer} still waits in TIME_WAIT.",
	'in.synAckedNow':
		"The ACK of the {me}'s SYN arrived (ack = {ack}): now the {me} knows that the {peer} has its ISN.",
	'in.dataAcked': "The {me}'s data is acknowledged up to {ack}.",
	'in.data': 'The {me} received {len} bytes (seq = {seq}); it owes an ACK for them.',
	'in.dataAfterFin':
		'The {me} ignores the data: the {peer} already sent its FIN, so no data can follow.',
	'in.fin':
		"The {peer}'s FIN arrived (seq = {seq}): the {peer} has no more data to send. The {me} owes an ACK for it.",
	'in.pureAck': 'The {me} accepts the ACK; it acknowledges nothing new.',
	'explain.validNow': 'Valid now: {actions}.',
	'explain.separator': ', ',
	'explain.nothingValid': 'Nothing is valid for this side now: act on the other side.',

	// Ladder diagram
	'ladder.client': 'Client',
	'ladder.server': 'Server',
	'ladder.auto': '(auto)',
	'ladder.retransmission': '(resent)',
	'ladder.lost': 'lost',
	'ladder.duplicated': 'copied in the network',
	'ladder.rejected': '{action} rejected: {reason}',
	'action.syn': 'SYN',
	'action.ack': 'ACK',
	'action.fin': 'FIN',
	'action.rst': 'RST',
	'action.data': 'data',
	'action.listen': 'listen',
	'action.timeout': 'timeout',
	'action.close': 'close',
	'action.resend': 'resend {flags}',
	'action.deliver': 'deliver',
	'action.drop': 'drop',
	'action.dup': 'duplicate',
	'action.abort': 'abort',

	// Short forms for the diagram: a local change, or why a move was rejected
	'brief.ok.listen': 'passive OPEN',
	'brief.ok.timeWaitExpired': '2MSL timer expired',
	'brief.ok.closeListen': 'CLOSE: no FIN needed',
	'brief.ok.closeSynSent': 'CLOSE: no FIN needed',
	'brief.ok.abortQuiet': 'ABORT: no RST needed',
	'brief.ok.abortClosing': 'ABORT: no RST needed',
	'brief.no.syn.synAckArrived': 'SYN,ACK in, press ACK',
	'brief.no.syn.alreadySent': 'SYN already sent',
	'brief.no.syn.synReceived': 'its SYN is already out',
	'brief.no.syn.synchronized': 'already connected',
	'brief.no.ack.bareAckToSyn': 'must send its own SYN',
	'brief.no.ack.nothingReceived': 'nothing to acknowledge',
	'brief.no.ack.timeWait': 'FIN already ACKed',
	'brief.no.ack.allAcked': 'nothing new to ACK',
	'brief.no.fin.closed': 'no connection to close',
	'brief.no.fin.alreadySent': 'FIN already sent',
	'brief.no.data.noConnection': 'no connection',
	'brief.no.data.handshake': 'handshake not done',
	'brief.no.data.finWait': 'FIN sent, can only receive',
	'brief.no.data.finSent': 'FIN already sent',
	'brief.no.rst.closed': 'no connection to reset',
	'brief.no.listen.already': 'already listening',
	'brief.no.listen.busy': 'not CLOSED',
	'brief.no.timeout.none': 'no timer running',
	'brief.no.timeout.allAcked': 'all acknowledged',
	'brief.no.timeout.nothingSent': 'nothing sent',
	'brief.no.net.empty': 'nothing in flight',
	'brief.no.net.range': 'no such segment',
	'brief.no.net.instant': 'delivery is instant',
	// What an endpoint waits for or owes (the panes)
	'situation.owesSynAck': "owes a SYN,ACK for the {peer}'s SYN",
	'situation.owesAckSynAck': 'owes an ACK for the SYN,ACK',
	'situation.owesAckFin': "owes an ACK for the {peer}'s FIN",
	'situation.owesAckData': "owes an ACK for the {peer}'s data",
	'situation.closed': 'no connection',
	'situation.listen': 'waiting for a SYN',
	'situation.synSent': "waiting for the {peer}'s SYN,ACK",
	'situation.synReceived': 'waiting for the ACK of its SYN',
	'situation.established': 'open: may send data or FIN',
	'situation.finUnacked': 'waiting for the ACK of its FIN',
	'situation.finWait2': "waiting for the {peer}'s FIN",
	'situation.closeWait': '{peer} closed; may send, then FIN',
	'situation.timeWait': 'waiting 2MSL; t lets it expire',

	// What each state means (help glossary)
	'state.CLOSED': 'No connection.',
	'state.LISTEN': 'Server waits for a SYN (passive open).',
	'state.SYN_SENT': 'Sent a SYN; waits for the SYN,ACK.',
	'state.SYN_RECEIVED': 'Got a SYN, sent SYN,ACK; waits for its ACK.',
	'state.ESTABLISHED': 'Open: data flows both ways.',
	'state.FIN_WAIT_1': 'Sent FIN; waits for its ACK (or a FIN).',
	'state.FIN_WAIT_2': 'Its FIN is ACKed; waits for the peer FIN.',
	'state.CLOSE_WAIT': 'Peer closed; may still send, then closes.',
	'state.CLOSING': 'Both sent FIN at once; waits for the ACK.',
	'state.LAST_ACK': 'Sent its FIN last; waits for the final ACK.',
	'state.TIME_WAIT': 'Closed first; waits 2MSL for stray segments.',

	// The screen
	'ui.sandbox': 'sandbox',
	'ui.active': '{Me} active',
	'ui.network': 'network: {mode}',
	'ui.instant': 'instant',
	'ui.manual': 'manual',
	'ui.peer': 'peer: {me}',
	'ui.inFlight': 'in flight:',
	'ui.nothingInFlight': 'in flight: nothing (a sent segment waits here until ⏎ delivers it)',
	'ui.networkManual':
		'Manual delivery: each segment waits in flight. ⏎ delivers the picked one, x drops it, + duplicates it, 1-9 picks another; t retransmits.',
	'ui.networkInstant': 'Instant delivery: every segment arrives at once.',
	'ui.networkBusy':
		'Deliver or drop the segments in flight before switching back to instant delivery.',
	'ui.picked': 'Picked segment {index} in flight.',
	'ui.noSuchFlight': 'There are only {count} segments in flight.',
	'ui.peerOn':
		"Automatic peer: the {me} now answers arriving segments by itself, as a real stack would. Play the {peer}'s side.",
	'ui.peerOff': 'Automatic peer off: you play both sides again.',
	'ui.scenarioTitle': 'Scenarios: pick one with ↑/↓ and ⏎ (Esc closes)',
	'ui.scenarioStart': '{title}. {intro} Press Space to play each step (other keys still work).',
	'ui.scenarioEnd': '{outro} (End of the scenario.)',
	'ui.noScenario': 'No scenario is playing: o opens the list.',
	'ui.twoWayOn':
		'What if the handshake were two-way? From now on a side that answers a SYN is ESTABLISHED at once, without waiting for the ACK. (w turns it off; real TCP never does this.)',
	'ui.twoWayOff': 'Back to the real three-way handshake.',
	'ui.twoWay': 'TWO-WAY (what if)',
	'ui.helpKey': '? help',
	'ui.validNow': 'valid now: {keys}',
	'ui.nextIss': 'ISS {iss} (for the next connection)',
	'ui.noSequence': 'no connection, no sequence numbers',
	'ui.nothingValid': 'nothing valid: act on the {peer}',
	'ui.welcome':
		'Welcome. The client is CLOSED and the server is LISTENing. Press s to make the client send a SYN; Tab switches side; ? explains every key.',
	'ui.rejected': 'rejected',
	'ui.undone': "Undid the {me}'s {action}. Press u again to undo more.",
	'ui.undoneNet': "Undid the network's {action}. Press u again to undo more.",
	'ui.nothingToUndo': 'Nothing to undo.',
	'ui.confirmReset':
		'Start over from the beginning? Press y to confirm, any other key to keep going.',
	'ui.reset': 'Started over: client CLOSED, server LISTEN, same ISNs.',
	'ui.hintsOn': 'Hints on: each pane lists the keys valid now.',
	'ui.hintsOff': 'Hints off: work out the valid moves yourself (h brings them back).',
	'ui.absolute': 'Absolute sequence numbers (# for relative).',
	'ui.relative': "Sequence numbers relative to each side's ISN (# for absolute).",
	'ui.tooSmall': 'Too small ({cols}x{rows}): needs 40x12',
	'ui.scrolled': '↑ {count} older · ↓ newer',
	'ui.helpTitle': 'tcp-tui help: keys, and the eleven TCP states',
	'ui.helpClose': '? or Esc closes help · ↑/↓ scroll',
	'ui.helpKeys': 'Keys',
	'ui.helpMore': 'The network and the scenarios',
	'ui.helpStates': 'States (RFC 9293 names; other spellings you will meet)',
	'ui.unknownKey': "'{key}' does nothing here. Press ? for the keys.",

	// Key descriptions (footer and help)
	'key.switch': 'switch side',
	'key.syn': 'send SYN (open)',
	'key.ack': 'send ACK',
	'key.fin': 'send FIN (close)',
	'key.rst': 'send RST (abort)',
	'key.data': 'send 100 bytes of data',
	'key.listen': 'listen (passive open)',
	'key.timeout': 'let the timer expire',
	'key.undo': 'undo the last move',
	'key.reset': 'start over',
	'key.hints': 'hints on/off',
	'key.numbers': 'relative/absolute numbers',
	'key.scroll': 'scroll the diagram',
	'key.help': 'this help',
	'key.quit': 'quit',
	'key.network': 'instant / manual delivery',
	'key.deliver': 'deliver the picked segment',
	'key.drop': 'drop (lose) it',
	'key.dup': 'duplicate it',
	'key.pick': 'pick a segment in flight',
	'key.peer': 'automatic peer on/off',
	'key.scenarios': 'classic scenarios',
	'key.next': "play a scenario's next step",
	'key.twoWay': 'what if the handshake were two-way',

	// The footer: a key, then one of these words (source/keys.ts)
	'footer.side': 'side',
	'footer.syn': 'SYN',
	'footer.ack': 'ACK',
	'footer.fin': 'FIN',
	'footer.rst': 'RST',
	'footer.data': 'data',
	'footer.listen': 'listen',
	'footer.timer': 'timer',
	'footer.undo': 'undo',
	'footer.new': 'new',
	'footer.net': 'net',
	'footer.scenarios': 'scenarios',
	'footer.hints': 'hints',
	'footer.abs': 'abs',
	'footer.menu': 'menu',
	'footer.help': 'help',
	'footer.quit': 'quit',
	'footer.back': 'back',
	'footer.again': 'again',
	'footer.solution': 'solution',
	'footer.deliver': 'deliver',
	'footer.drop': 'drop',
	'footer.dup': 'dup',
	'footer.pick': 'pick',
	'footer.instant': 'instant',

	// Script mode's text (source/script/run-script.ts)
	'script.intro': '{title}. {intro}',
	'script.absolute': 'Sequence numbers are absolute.',
	'script.relative':
		"Sequence numbers are relative to each side's ISN (client {client}, server {server}); --absolute shows raw ones.",
	'script.step': '{number}. {input}:',
	'script.stepRejected': '{number}. {input} (rejected):',

	// The classic scenarios (source/scenarios): title, intro, the narrated steps, outro
	'scenario.normal.title': 'Normal open and close',
	'scenario.normal.intro':
		'The three-way handshake, then the four-way teardown, with every segment delivered at once.',
	'scenario.normal.syn': 'The client opens: its SYN carries its initial sequence number.',
	'scenario.normal.synAck':
		"The server answers with SYN,ACK: its own ISN, and ack = the client's ISN + 1.",
	'scenario.normal.ack': 'The third segment proves to the server that the client received its ISN.',
	'scenario.normal.fin': 'The client has nothing more to send: FIN.',
	'scenario.normal.ackFin':
		'The server acknowledges the FIN at once, but may still have data to send.',
	'scenario.normal.serverFin': 'Now the server closes its direction too.',
	'scenario.normal.lastAck': 'The last ACK: the server is done; the client waits in TIME_WAIT.',
	'scenario.normal.timeout': 'After 2MSL the client forgets the connection.',
	'scenario.normal.outro': 'Four segments to close, because each direction is closed on its own.',

	'scenario.simultaneousOpen.title': 'Simultaneous open',
	'scenario.simultaneousOpen.intro':
		'Both sides send a SYN before either SYN arrives (RFC 9293 Figure 7).',
	'scenario.simultaneousOpen.serverSyn':
		'The server sends its own SYN from LISTEN: an active open, allowed by RFC 9293.',
	'scenario.simultaneousOpen.cross':
		'The SYNs cross. Each side receives a bare SYN while in SYN_SENT.',
	'scenario.simultaneousOpen.synAck':
		'Each side answers with SYN,ACK, repeating its own SYN: SYN_SENT → SYN_RECEIVED.',
	'scenario.simultaneousOpen.established':
		'Each SYN,ACK acknowledges the other SYN: both reach ESTABLISHED.',
	'scenario.simultaneousOpen.outro':
		'Four segments instead of three, and no side was ever in LISTEN when its SYN arrived.',

	'scenario.simultaneousClose.title': 'Simultaneous close',
	'scenario.simultaneousClose.intro':
		'Both sides send FIN before either FIN arrives: both go through CLOSING.',
	'scenario.simultaneousClose.bothFins': 'Both FINs are in flight at once.',
	'scenario.simultaneousClose.finInFinWait1':
		'A FIN arrives in FIN_WAIT_1: the side must acknowledge it while its own FIN is unacknowledged.',
	'scenario.simultaneousClose.closing':
		'Acknowledging the FIN in FIN_WAIT_1 leads to CLOSING, not TIME_WAIT.',
	'scenario.simultaneousClose.timeWait':
		'The ACK of its own FIN arrives in CLOSING: CLOSING → TIME_WAIT.',
	'scenario.simultaneousClose.outro': 'Both sides closed first, so both wait in TIME_WAIT.',

	'scenario.lostSyn.title': 'Lost SYN, retransmitted',
	'scenario.lostSyn.intro':
		"The network loses the client's SYN. Nothing tells the client; only its timer does.",
	'scenario.lostSyn.lost': 'The SYN is lost. The server never knew about it.',
	'scenario.lostSyn.retransmit':
		'The retransmission timer expires: the same SYN, with the same ISN, goes again.',
	'scenario.lostSyn.outro':
		'A retransmission reuses the sequence number: the server cannot tell it from the original.',

	'scenario.lostLastAck.title': 'Lost last ACK: why TIME_WAIT waits',
	'scenario.lostLastAck.intro':
		"The client's last ACK is lost. The server, in LAST_ACK, retransmits its FIN.",
	'scenario.lostLastAck.lastAck': 'The client sends the last ACK and enters TIME_WAIT.',
	'scenario.lostLastAck.lost': 'The last ACK is lost: the server is still in LAST_ACK.',
	'scenario.lostLastAck.resend': 'The server retransmits its FIN.',
	'scenario.lostLastAck.ackAgain':
		'The client, still in TIME_WAIT, recognises the old FIN and ACKs it again.',
	'scenario.lostLastAck.outro':
		"Had the client not waited, its CLOSED port would have answered the FIN with RST: see the scenario 'no-time-wait'.",

	'scenario.noTimeWait.title': 'What if the client had not waited',
	'scenario.noTimeWait.intro': 'The same lost ACK, but the client leaves TIME_WAIT at once.',
	'scenario.noTimeWait.lost': 'The last ACK is lost.',
	'scenario.noTimeWait.tooEarly':
		'The client gives up TIME_WAIT too early and forgets the connection.',
	'scenario.noTimeWait.resend': 'The server retransmits its FIN…',
	'scenario.noTimeWait.rst': '…which reaches a CLOSED port: the answer is RST.',
	'scenario.noTimeWait.error': 'The server ends with an error instead of a clean close.',
	'scenario.noTimeWait.outro': 'TIME_WAIT is what lets the last ACK be sent again.',

	'scenario.oldDuplicateSyn.title': 'Old duplicate SYN (RFC 9293 Figure 8)',
	'scenario.oldDuplicateSyn.intro':
		"A SYN from an earlier attempt is still in the network when the client opens again. (The scenario 'two-way' shows what a two-way handshake would do here.)",
	'scenario.oldDuplicateSyn.giveUp':
		'The client gives up on that attempt (CLOSE in SYN_SENT), but its SYN is still in the network…',
	'scenario.oldDuplicateSyn.reopen': '…and it opens again, with a new ISN.',
	'scenario.oldDuplicateSyn.oldArrives':
		'The OLD SYN arrives first. The server cannot know it is stale.',
	'scenario.oldDuplicateSyn.answer': 'The server answers it: its SYN,ACK acknowledges the old ISN.',
	'scenario.oldDuplicateSyn.rst':
		'The client sees an ACK of a SYN it never sent (in this attempt): it answers RST.',
	'scenario.oldDuplicateSyn.listen': 'The RST sends the server back to LISTEN: nothing was opened.',
	'scenario.oldDuplicateSyn.newArrives':
		'Now the new SYN arrives, and the handshake proceeds normally.',
	'scenario.oldDuplicateSyn.outro':
		'This is why the handshake has three segments: the client must confirm that the SYN being answered is its current one.',

	'scenario.twoWay.title': 'The two-way handshake "what if"',
	'scenario.twoWay.intro':
		'Not TCP: here a side that answers a SYN is ESTABLISHED at once. The same old SYN as in old-duplicate-syn arrives first.',
	'scenario.twoWay.giveUp':
		'The client gives up on that attempt, but its SYN is still in the network…',
	'scenario.twoWay.reopen': '…and it opens again, with a new ISN.',
	'scenario.twoWay.oldArrives': 'The OLD SYN arrives first.',
	'scenario.twoWay.established':
		'With two segments, answering is enough: the server is ESTABLISHED on a stale SYN, holding a connection the client never asked for.',
	'scenario.twoWay.outro':
		"In TCP the server would still be in SYN_RECEIVED, and the client's RST would send it back to LISTEN before anything was committed (see old-duplicate-syn).",

	'scenario.halfClose.title': 'Half-close with data',
	'scenario.halfClose.intro': 'The client closes its direction; the server still has data to send.',
	'scenario.halfClose.clientDone': 'The client is done sending.',
	'scenario.halfClose.closeWait':
		'The server acknowledges the FIN: CLOSE_WAIT. Its own direction is still open.',
	'scenario.halfClose.data': 'Data still flows from the server to the client.',
	'scenario.halfClose.ackData': 'The client, in FIN_WAIT_2, still receives and acknowledges.',
	'scenario.halfClose.serverFin': 'Only now does the server close.',
	'scenario.halfClose.outro':
		'This is why the ACK and the FIN of the teardown are separate segments.',

	'scenario.refused.title': 'Connection refused',
	'scenario.refused.intro': 'Nobody listens on the server port.',
	'scenario.refused.closed': 'The server closes its listening socket: the port is CLOSED.',
	'scenario.refused.rst': 'A SYN to a CLOSED port is answered with RST: connection refused.',
	'scenario.refused.outro':
		'The RST acknowledges the SYN, so the client knows it is a real answer to its own SYN.',

	'scenario.halfOpen.title': 'Half-open connection discovery',
	'scenario.halfOpen.intro':
		'The client crashes and restarts; the server still believes the connection is open.',
	'scenario.halfOpen.crash': 'The client crashes. (Modelled as an abort whose RST never arrives.)',
	'scenario.halfOpen.notTold':
		'The server is not told: it still thinks the connection is ESTABLISHED.',
	'scenario.halfOpen.reopen': 'The restarted client opens again, with a new ISN.',
	'scenario.halfOpen.challengeAck':
		'A SYN on an established connection is not acceptable: the server answers with an ACK.',
	'scenario.halfOpen.rst': 'That ACK acknowledges nothing the client sent: the client answers RST.',
	'scenario.halfOpen.dropped': 'The RST matches: the server drops the stale connection.',
	'scenario.halfOpen.listen': 'The server application listens again…',
	'scenario.halfOpen.retransmit':
		"…and the client's retransmitted SYN now opens a fresh connection.",
	'scenario.halfOpen.outro':
		'The RST cleaned up a connection that only one side still had (RFC 9293 Figure 9).',
} as const;

export const en = {
	...core,
	...enModes,
	...enLessons,
	...enChallenges,
	...enQuiz,
	...enReport,
	...enProgress,
	...enExport,
	...enCli,
} as const;

export type MessageKey = keyof typeof en;
