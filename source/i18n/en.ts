// The English message catalog. {me}/{peer} are side names; {Me}/{Peer} the same, capitalised.
// The learning modes keep their messages in their own parts, merged here.
import {enChallenges} from './en-challenges.js';
import {enCli} from './en-cli.js';
import {enExport} from './en-export.js';
import {enLessons} from './en-lessons.js';
import {enLinux} from './en-linux.js';
import {enModes} from './en-modes.js';
import {enProgress} from './en-progress.js';
import {enQuiz} from './en-quiz.js';
import {enReplay} from './en-replay.js';
import {enReport} from './en-report.js';

const core = {
	'side.client': 'client',
	'side.server': 'server',

	// Accepted moves
	'ok.activeOpen':
		'The {me} sent SYN with its initial sequence number ISN = {iss} (active OPEN): CLOSED → SYN_SENT. The SYN uses up one sequence number, so the next byte will be {iss} + 1.',
	'ok.listenSend':
		'The {me} sent SYN from LISTEN: a SEND on a listening socket turns it into an active open (RFC 9293 3.10.2). LISTEN → SYN_SENT, ISN = {iss}.',
	'ok.synAck':
		"The {me} sent its SYN,ACK: ack = {irs} + 1 acknowledges the {peer}'s SYN, and seq = {iss} carries its own ISN, which the {peer} must acknowledge in turn. SND.NXT is now {iss} + 1. The {me} stays SYN_RECEIVED: it entered that state when the SYN arrived (RFC 9293 3.10.7.2).",
	'ok.synAckSimultaneous':
		"The {me} sent SYN,ACK: it repeats its own SYN (seq = {iss}) and acknowledges the {peer}'s (ack = {irs} + 1), as RFC 9293 3.10.7.3 says for a SYN that arrives in SYN_SENT (Figure 7). The {me} stays SYN_RECEIVED.",
	'ok.synAckTwoWay':
		"The {me} answered the {peer}'s SYN with SYN,ACK (ack = {irs} + 1) and, in this two-way handshake that TCP is not, is ESTABLISHED at once: {from} → ESTABLISHED. It never learns whether the {peer} wanted this connection, or received the {me}'s ISN.",
	'ok.ackSynAck':
		"The {me} acknowledged the {peer}'s SYN,ACK with ack = {irs} + 1. It has been ESTABLISHED since the SYN,ACK arrived; when this ACK arrives, the {peer} learns that its ISN got through and becomes ESTABLISHED too.",
	'ok.ackFin':
		"The {me} acknowledged the {peer}'s FIN with ack = {ack}: the FIN used one sequence number, so the acknowledgment number is the FIN's seq + 1. The ACK's own seq does not move, since a bare ACK uses no sequence number. The {me} stays {to}: the FIN's arrival already changed its state.",
	'ok.ackData': "The {me} acknowledged the {peer}'s data: ack = {ack}, the next byte it expects.",
	'ok.closeListen':
		'The {me} closed its listening socket (CLOSE in LISTEN): there is no connection yet, so no FIN is sent. LISTEN → CLOSED.',
	'ok.closeSynSent':
		'The {me} gave up before the handshake finished (CLOSE in SYN_SENT): no connection exists yet, so no FIN is sent. SYN_SENT → CLOSED.',
	'ok.finSynReceived':
		'The {me} closed during the handshake: FIN seq = {seq}. SYN_RECEIVED → FIN_WAIT_1 (RFC 9293 3.10.4, CLOSE in SYN-RECEIVED).',
	'ok.finEstablished':
		'The {me} sent FIN (seq = {seq}): it has no more data to send (CLOSE). ESTABLISHED → FIN_WAIT_1. It can still receive until the {peer} closes too.',
	'ok.finAckBoth':
		"The {me} sent FIN,ACK: its ACK field acknowledges the {peer}'s FIN (ack = {ack}), which it owed, and its FIN closes its own direction, in one segment. CLOSE_WAIT → LAST_ACK. Three segments close this connection instead of four.",
	'ok.paysAckData':
		'Its ACK field (ack = {ack}) also acknowledges the data the {me} owed an ACK for.',
	'ok.paysAckFin':
		'Its ACK field (ack = {ack}) also acknowledges the FIN the {me} owed an ACK for.',
	'ok.paysAckSynAck':
		'Its ACK field (ack = {ack}) also pays the ACK the {me} owed for the SYN,ACK.',
	'ok.finCloseWait':
		'The {me} has finished sending and sent its FIN (seq = {seq}): CLOSE_WAIT → LAST_ACK. It waits for the ACK of this FIN.',
	'ok.data': 'The {me} sent {len} bytes: seq = {seq}, so the next byte will be {seq} + {len}.',
	'ok.dataCloseWait':
		"The {me} sent {len} bytes from CLOSE_WAIT: the {peer}'s FIN only closed the {peer}'s direction, so the {me} may keep sending until it closes too.",
	'ok.abort':
		'The {me} aborted the connection and sent RST (seq = {seq}), as RFC 9293 3.10.5 says for ABORT in {from}: {from} → CLOSED at once, without the orderly FIN exchange.',
	'ok.abortQuiet':
		'The {me} aborted (ABORT in {from}): RFC 9293 3.10.5 sends no RST from this state, and the connection record is simply deleted. {from} → CLOSED.',
	'ok.abortClosing':
		"The {me} aborted in {from}: RFC 9293 3.10.5 sends no RST here, since the {me}'s FIN is already out; the connection record is simply deleted. {from} → CLOSED.",
	'ok.retransmit':
		'The retransmission timer of the {me} expired: it sends its oldest unacknowledged segment again, with the same sequence number (seq = {seq}).',
	'ok.listen':
		'The {me} opened a listening socket (passive OPEN): CLOSED → LISTEN. It waits for a SYN.',
	'ok.timeWaitExpired':
		"The 2MSL timer expired: {me} waited long enough to acknowledge the {peer}'s FIN again had its last ACK been lost (the {peer} would have resent the FIN), and for old segments to die out. TIME_WAIT → CLOSED.",

	// Rejected moves
	'no.syn.alreadySent': 'The {me} already sent its SYN and is waiting for the {peer} to answer.',
	'no.syn.synReceived':
		"The {me} already sent its SYN (inside its SYN,ACK) and is waiting for the {peer}'s ACK of it.",
	'no.syn.synchronized':
		'The {me} is {state}: the connection is already synchronized, and a SYN only opens a connection.',
	'no.ack.bareAckToSyn':
		'The {me} cannot answer a SYN with a bare ACK: it must also send its own SYN so the {peer} learns its initial sequence number. Press s (SYN) to send SYN,ACK.',
	'no.ack.noConnection':
		'The {me} is {state}: it has no connection, so there is nothing to acknowledge.',
	'no.ack.nothingReceived':
		'The {me} has received nothing from the {peer} yet, so there is nothing to acknowledge.',
	'no.ack.timeWait':
		"The {me} already acknowledged the {peer}'s FIN. In TIME_WAIT it only waits (2MSL) in case that ACK was lost.",
	'no.ack.allAcked':
		'The {me} has already acknowledged everything it received (RCV.NXT = {rcvNxt}); a bare ACK is sent only to acknowledge something new.',
	'no.fin.closed': 'The {me} is CLOSED: there is no connection to close yet.',
	'no.fin.owesSynAck':
		'The {me} still owes its SYN,ACK: a FIN cannot go before the SYN it follows. (RFC 9293 3.10.4 closes SYN_RECEIVED with a FIN because there the SYN,ACK has already gone.) Send the SYN,ACK first.',
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
		"The {peer}'s SYN arrived (seq = {irs}): the {me} learns the {peer}'s ISN and sets RCV.NXT = {irs} + 1 (RFC 9293 3.10.7.2). It owes a SYN,ACK carrying its own ISN; until that leaves, SND.NXT stays at ISS = {iss}.",
	'in.synAgain':
		'The {me} already holds this SYN (seq = {seq}) and still owes the SYN,ACK for it; the copy is dropped.',
	'in.droppedOwesSynAck':
		'The {me} owes its SYN,ACK and has sent nothing yet, so it cannot answer: the segment (seq = {seq}) is dropped.',
	'in.rstChallenge':
		'The RST (seq = {seq}) is in the window but not at RCV.NXT = {rcvNxt}: it could be forged, so the {me} answers with an ACK (a challenge ACK, RFC 5961) instead of resetting.',
	'in.listenAck':
		'An ACK arrived at a listening {me}, which has no connection it could acknowledge; it answers with RST (seq = {ack}).',
	'in.closedResets':
		'The segment reached a CLOSED {me}: no connection exists any more, so its TCP answers with RST.',
	'in.synToListen':
		'A new SYN (seq = {seq}) arrived in the window while the {me} was SYN_RECEIVED from a passive OPEN: RFC 9293 3.10.7.4 (fourth step) returns the connection to LISTEN.',
	'in.closedRefuses':
		'The segment reached a CLOSED {me}: no connection exists, so its TCP answers with RST. Connection refused.',
	'in.rstIgnored': 'The {me} ({state}) ignores the RST: there is nothing for it to reset.',
	'in.rstOutOfWindow':
		'The {me} ignores the RST: its sequence number ({seq}) is outside the receive window, so it could be forged or stale (RFC 9293 3.10.7.4, RFC 5961).',
	'in.dropped': 'The {me} ({state}) drops the segment: it is neither a SYN nor an RST.',
	'in.synSentBadAck':
		'The {me} is SYN_SENT, and the segment acknowledges something the {me} never sent in this connection (ack = {ack}), so it cannot belong to it. The {me} answers with RST (seq = {ack}) and drops it (RFC 9293 3.10.7.3).',
	'in.refused':
		'The RST acknowledges the {me}\'s SYN, so it answers that SYN: the {peer} has no connection for it, and the {me} gives up (RFC 9293 3.10.7.3: "connection reset"; Linux\'s connect() reports ECONNREFUSED, "connection refused").',
	'in.refusedSynReceived':
		'The RST arrived in SYN_RECEIVED, which the {me} entered from SYN_SENT: RFC 9293 3.10.7.4 calls this "connection refused", and the {me} closes.',
	'in.synAck':
		"The {peer}'s SYN,ACK arrived: ack = {ack} acknowledges the {me}'s SYN, and seq = {irs} is the {peer}'s ISN. Both directions are now confirmed for the {me} (RFC 9293 3.10.7.3), and it owes an ACK so that the {peer} learns the same.",
	'in.simultaneousSyn':
		"A bare SYN from the {peer} (seq = {irs}) arrived while the {me}'s own SYN was out: a simultaneous open (RFC 9293 3.10.7.3, Figure 7). The {me} owes a SYN,ACK that repeats its own SYN.",
	'in.duplicate':
		'The {me} has seen this segment already (it ends before RCV.NXT = {rcvNxt}): a duplicate. Its TCP drops it and sends an ACK for {rcvNxt}, so the {peer} learns what really arrived (RFC 9293 3.10.7.4, first step).',
	'in.trimmed':
		'The segment starts at seq = {seq}, before RCV.NXT = {rcvNxt}: its first {cut} sequence numbers arrived already, and "only the new parts are processed" (RFC 9293 3.10.7.4).',
	'in.finAgainTimeWait':
		'The {peer}\'s FIN arrived again: its last ACK must have been lost. The {me}\'s TCP acknowledges it again (ack = {rcvNxt}) and restarts the 2MSL timer: "Acknowledge it, and restart the 2 MSL timeout" (RFC 9293 3.10.7.4).',
	'in.synOutOfWindow':
		'A SYN (seq = {seq}) arrived outside the receive window (RCV.NXT = {rcvNxt}): it fails the sequence check, so its TCP answers with an ACK for {rcvNxt} and drops it (RFC 9293 3.10.7.4, first step). It can neither reset nor replace this connection.',
	'in.synDuplicate':
		'A SYN (seq = {seq}) arrived from before RCV.NXT = {rcvNxt}: an old or repeated SYN, which fails the sequence check. Its TCP answers with an ACK for {rcvNxt} and drops it (RFC 9293 3.10.7.4, first step), so it can neither reset nor replace this connection.',
	'in.outOfWindow':
		'The segment (seq = {seq}) lies beyond the receive window that starts at RCV.NXT = {rcvNxt}. Its TCP drops it and sends an ACK for {rcvNxt} (RFC 9293 3.10.7.4, first step).',
	'in.reset':
		'The RST arrived with seq = RCV.NXT: the {me} aborts the connection ("connection reset", RFC 9293 3.10.7.4).',
	'in.resetClosing':
		'The RST arrived with seq = RCV.NXT: the {me} deletes the connection (RFC 9293 3.10.7.4).',
	'in.rstToListen':
		'The RST arrived: the {me} came to SYN_RECEIVED from LISTEN, so it drops the half-finished handshake and listens again (RFC 9293 3.10.7.4).',
	'in.challengeAck':
		'A SYN (seq = {seq}) arrived on a synchronized connection: its TCP answers with an ACK (a challenge ACK, RFC 5961 §4, adopted by RFC 9293 3.10.7.4) instead of resetting.',
	'in.noAck': 'The {me} drops the segment: once synchronized, every segment must carry ACK.',
	'in.synReceivedBadAck':
		"The ACK ({ack}) does not acknowledge the {me}'s SYN: its TCP answers with RST (seq = {ack}) (RFC 9293 3.10.7.4, fifth step).",
	'in.ackTooHigh':
		'The segment acknowledges data the {me} never sent (ack = {ack}); the {me} drops it and replies with an ACK.',
	'in.synAcked':
		"The ACK of the {me}'s SYN arrived (ack = {ack}): the {me} now knows that the {peer} received its ISN.",
	'in.finAcked': "The ACK of the {me}'s FIN arrived (ack = {ack}): the {me}'s direction is closed.",
	'in.finAckedClosing':
		"The ACK of the {me}'s FIN arrived (ack = {ack}): both FINs are now acknowledged.",
	'in.finAckedLastAck':
		"The ACK of the {me}'s FIN arrived (ack = {ack}): the {me} is done and deletes the connection (RFC 9293 3.10.7.4).",
	'in.dataAcked': "The {me}'s data is acknowledged up to {ack}.",
	'in.data':
		'The {me} received {len} bytes (seq = {seq}); RCV.NXT moves to {next}, and it owes an ACK for them.',
	'in.heldDelivered': 'The gap is filled: the held segment from seq = {from} is taken in turn.',
	'in.heldOutOfOrder':
		'The segment (seq = {seq}) starts beyond RCV.NXT = {rcvNxt}: something before it is missing. The {me} holds it until the gap fills (RFC 9293 3.10.7.4, SHLD-31), and its TCP sends an ACK for {rcvNxt} at once, telling the {peer} what is missing (MAY-13).',
	'in.dataAfterFin':
		'The {me} ignores the data: the {peer} already sent its FIN, so no data can follow.',
	'in.fin':
		"The {peer}'s FIN arrived (seq = {seq}): the {peer} has no more data to send, and RCV.NXT moves past the FIN to {rcvNxt}. The {me} may still send; it owes an ACK of the FIN.",
	'in.finTimeWait':
		"The {peer}'s FIN arrived (seq = {seq}) after the {me}'s own FIN was acknowledged: both directions are closed. The {me} closed first, so it waits 2MSL in TIME_WAIT, and owes an ACK of the FIN (ack = {rcvNxt}).",
	'in.finClosing':
		"The {peer}'s FIN arrived (seq = {seq}) while the {me}'s own FIN is not yet acknowledged: both sides are closing at once. RCV.NXT moves to {rcvNxt}, and the {me} owes an ACK of the FIN.",
	'in.pureAck': 'The {me} accepts the ACK; it acknowledges nothing new.',
	'in.arc': '{Me}: {from} → {to}.',
	'explain.validNow': 'Valid now: {actions}.',
	'explain.separator': '; ',
	'explain.nothingValid': 'Nothing is valid for this side now: act on the other side.',
	'explain.wrapped': '= {sum}, modulo 2^32',

	// Ladder diagram
	'ladder.client': 'Client',
	'ladder.server': 'Server',
	'ladder.auto': '(auto)',
	'ladder.retransmission': '(resent)',
	'ladder.lost': 'lost',
	'ladder.duplicated': 'copied in the network',
	'ladder.rejectedRun': '{count} moves rejected',
	'ladder.rejectedRunShort': '{count} rejected',
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
	'brief.no.syn.alreadySent': 'SYN already sent',
	'brief.no.syn.synReceived': 'its SYN is already out',
	'brief.no.syn.synchronized': 'already connected',
	'brief.no.ack.bareAckToSyn': 'must send its own SYN',
	'brief.no.ack.nothingReceived': 'nothing to acknowledge',
	'brief.no.ack.noConnection': 'no connection',
	'brief.no.ack.timeWait': 'FIN already ACKed',
	'brief.no.ack.allAcked': 'nothing new to ACK',
	'brief.no.fin.closed': 'no connection to close',
	'brief.no.fin.owesSynAck': 'owes SYN,ACK first',
	'brief.no.fin.alreadySent': 'FIN already sent',
	'brief.no.data.noConnection': 'no connection',
	'brief.no.data.handshake': 'handshake not done',
	'brief.no.data.finWait': 'FIN sent, can only receive',
	'brief.no.data.finSent': 'FIN already sent',
	'brief.no.rst.closed': 'no connection to reset',
	'brief.no.listen.already': 'already listening',
	'brief.no.listen.busy': 'not CLOSED',
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
	'situation.timeWaitShort': '2MSL; t ends it',
	'situation.timeWait': 'waiting 2MSL; t lets it expire',
	'owes.synAck': 'owes SYN,ACK',
	'owes.ack': 'owes ACK',
	'owes.ackFin': 'owes ACK of FIN',
	'owes.ackData': 'owes ACK of data',

	// What each state means (help glossary)
	'state.CLOSED': 'No connection.',
	'state.LISTEN': 'Server waits for a SYN (passive open).',
	'state.SYN_SENT': 'Sent a SYN; waits for the SYN,ACK.',
	'state.SYN_RECEIVED': 'Got a SYN; sends SYN,ACK, waits for its ACK.',
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
		"Automatic peer: the {me} now answers arriving segments by itself, as a real stack would. Play the {peer}'s side. The {me} only answers: it never opens, sends data or closes by itself.",
	'ui.peerNeverCloses': 'The automatic {me} never closes by itself: press {side}, then {fin}.',
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
	'ui.stepOf': 'Step {step} of {count}: {input}',
	'ui.stepsOf': 'Steps {from} to {to} of {count}: rejected moves',
	'ui.stepByPeer': '(made by the automatic {me})',
	'ui.rejectedSkipped': '… and {count} more rejected moves before this one, counted but not kept',
	'ui.moreBelow': '▼ more: {key} ({page}/{pages})',
	'ui.cursorHint': '↑/↓ steps · ↓ at the end: now',
	'ui.rejectedBecause': 'rejected: {reason}',
	'ui.undone': "Undid the {me}'s {action}. Press u again to undo more.",
	'ui.undoneNet': "Undid the network's {action}. Press u again to undo more.",
	'ui.undoneRejected':
		"Took back the {me}'s rejected {action}: it had changed nothing. Press u again to undo more.",
	'ui.nothingToUndo': 'Nothing to undo.',
	'ui.confirmReset':
		'Start over from the beginning? Press y to confirm, any other key to keep going.',
	'ui.reset': 'Started over: client CLOSED, server LISTEN, same ISNs.',
	'ui.hintsOn': 'Hints on: each pane lists the keys valid now.',
	'ui.hintsOff': 'Hints off: work out the valid moves yourself (h brings them back).',
	'ui.absolute': 'Absolute sequence numbers (# for relative).',
	'ui.relative': "Sequence numbers relative to each side's ISN (# for absolute).",
	'ui.tooSmall': 'Too small ({cols}x{rows}): needs 40x12',
	'ui.scrolledNewer': '↓ {count} newer',
	'ui.scrolled': '↑ {count} older · ↓ newer',
	'ui.helpTitle': 'tcp-tui help: keys, and the eleven TCP states',
	'ui.helpClose': '{help} or {close} closes help',
	'ui.helpScroll': '{keys} scroll',
	'ui.helpAbove': '↑ {count} more above ({keys})',
	'ui.helpBelow': '↓ {count} more lines below ({keys})',
	'ui.helpKeys': 'Keys',
	'ui.helpMore': 'The network and the scenarios',
	'ui.helpStates': 'States (RFC 9293 names; other spellings you will meet)',
	'ui.unknownKey': "'{key}' does nothing here. Press ? for the keys.",

	// Key descriptions (footer and help)
	'key.switch': 'switch side',
	'key.syn': 'send SYN (to open)',
	'key.ack': 'send ACK',
	'key.fin': 'send FIN (close)',
	'key.rst': 'send RST (abort)',
	'key.data': 'send 100 bytes of data',
	'key.listen': 'listen (passive open)',
	'key.timeout': 'let the timer expire',
	'key.undo': 'undo the last move',
	'key.reset': 'start over',
	'key.hints': 'hints on/off',
	'key.linuxNotes': '"On Linux" notes on/off',
	'key.numbers': 'relative/absolute numbers',
	'key.scroll': 'step through the diagram',
	'key.help': 'this help',
	'key.quit': 'quit',
	'key.network': 'instant / manual delivery',
	'key.deliver': 'deliver the picked segment',
	'key.drop': 'drop (lose) it',
	'key.dup': 'duplicate it',
	'key.pick': 'pick a segment in flight',
	'key.peer': 'automatic peer on/off',
	'key.scenarios': 'classic scenarios',
	'key.next': "a scenario's next step; the next lesson",
	'key.twoWay': 'what if the handshake were two-way',

	// The footer: a key, then one of these words (source/commands.ts)
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
	'footer.next': 'next',

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
	'scenario.normal.syn':
		'The client opens: its SYN carries its initial sequence number. The SYN arrives at once, and the server goes LISTEN → SYN_RECEIVED, owing a SYN,ACK.',
	'scenario.normal.synAck':
		"The server sends what it owes, SYN,ACK: its own ISN, and ack = the client's ISN + 1. Sending it changes no state. Its arrival makes the client ESTABLISHED, owing an ACK.",
	'scenario.normal.ack':
		'The third segment proves to the server that the client received its ISN: as it arrives, the server is ESTABLISHED too.',
	'scenario.normal.fin':
		'The client has nothing more to send: FIN, and ESTABLISHED → FIN_WAIT_1. The FIN arrives and puts the server in CLOSE_WAIT, owing an ACK of it.',
	'scenario.normal.ackFin':
		"The server acknowledges the FIN at once, but may still have data to send: it stays in CLOSE_WAIT. The ACK's arrival takes the client to FIN_WAIT_2.",
	'scenario.normal.serverFin':
		"Now the server closes its direction too: CLOSE_WAIT → LAST_ACK. The FIN's arrival takes the client to TIME_WAIT, owing the last ACK.",
	'scenario.normal.lastAck':
		'The last ACK arrives: the server is done, LAST_ACK → CLOSED. The client stays in TIME_WAIT.',
	'scenario.normal.timeout': 'After 2MSL the client forgets the connection.',
	'scenario.normal.outro': 'Four segments to close, because each direction is closed on its own.',

	'scenario.simultaneousOpen.title': 'Simultaneous open',
	'scenario.simultaneousOpen.intro':
		'Both sides send a SYN before either SYN arrives (RFC 9293 Figure 7).',
	'scenario.simultaneousOpen.serverSyn':
		'The server sends its own SYN from LISTEN: an active open, allowed by RFC 9293.',
	'scenario.simultaneousOpen.cross':
		"The SYNs cross. The client's SYN reaches the server in SYN_SENT: a bare SYN there moves it to SYN_RECEIVED, owing a SYN,ACK.",
	'scenario.simultaneousOpen.crossClient':
		"The server's SYN reaches the client, in SYN_SENT too: it is also SYN_RECEIVED now, owing a SYN,ACK.",
	'scenario.simultaneousOpen.synAck':
		"The client sends what it owes: a SYN,ACK that repeats its own SYN, with the same ISN, and acknowledges the server's. Sending it changes no state: the client stays SYN_RECEIVED.",
	'scenario.simultaneousOpen.established':
		"The client's SYN,ACK arrives: its ACK acknowledges the server's SYN, so the server goes SYN_RECEIVED → ESTABLISHED. The SYN it repeats is one the server already holds.",
	'scenario.simultaneousOpen.bothEstablished':
		"The server's SYN,ACK does the same for the client: both sides are ESTABLISHED.",
	'scenario.simultaneousOpen.outro':
		"Four segments instead of three, and neither side was in LISTEN when the other's SYN arrived.",

	'scenario.simultaneousClose.title': 'Simultaneous close',
	'scenario.simultaneousClose.intro':
		'Both sides send FIN before either FIN arrives: both go through CLOSING.',
	'scenario.simultaneousClose.bothFins':
		'Both FINs are in flight at once, and both sides are in FIN_WAIT_1.',
	'scenario.simultaneousClose.finInFinWait1':
		"The client's FIN reaches the server in FIN_WAIT_1, before any ACK of the server's own FIN: FIN_WAIT_1 → CLOSING as it arrives. The server owes an ACK of it.",
	'scenario.simultaneousClose.bothClosing':
		"The server's FIN reaches the client the same way: both sides are CLOSING, each owing an ACK of the other's FIN.",
	'scenario.simultaneousClose.closing':
		"The client sends the ACK it owes. Sending it changes no state: the client stays in CLOSING, where the FIN's arrival put it.",
	'scenario.simultaneousClose.timeWait':
		"The ACK of the server's FIN arrives while the server is CLOSING: CLOSING → TIME_WAIT.",
	'scenario.simultaneousClose.outro': 'Both sides closed first, so both wait in TIME_WAIT.',

	'scenario.lostSyn.title': 'Lost SYN, retransmitted',
	'scenario.lostSyn.intro':
		"The network loses the client's SYN. Nothing tells the client; only its timer does.",
	'scenario.lostSyn.lost':
		'The SYN is lost. The server never knew about it: it is still in LISTEN.',
	'scenario.lostSyn.retransmit':
		'The retransmission timer expires: the same SYN, with the same ISN, goes again.',
	'scenario.lostSyn.outro':
		'A retransmission reuses the sequence number: the server cannot tell it from the original.',

	'scenario.lostLastAck.title': 'Lost last ACK: why TIME_WAIT waits',
	'scenario.lostLastAck.intro':
		"The client's last ACK is lost. The server, in LAST_ACK, retransmits its FIN.",
	'scenario.lostLastAck.lastAck':
		"The client sends the last ACK. It has been in TIME_WAIT since the server's FIN arrived, and sending the ACK leaves it there.",
	'scenario.lostLastAck.lost': 'The last ACK is lost: the server is still in LAST_ACK.',
	'scenario.lostLastAck.resend': 'The server retransmits its FIN.',
	'scenario.lostLastAck.ackAgain':
		'The client, still in TIME_WAIT, recognises the old FIN: its TCP ACKs it again at once and restarts the 2MSL timer.',
	'scenario.lostLastAck.outro':
		"Had the client not waited, its CLOSED port would have answered the FIN with RST: see the scenario 'no-time-wait'.",

	'scenario.noTimeWait.title': 'What if the client had not waited',
	'scenario.noTimeWait.intro': 'The same lost ACK, but the client leaves TIME_WAIT at once.',
	'scenario.noTimeWait.lost': 'The last ACK is lost.',
	'scenario.noTimeWait.tooEarly':
		'The client does not wait out 2MSL: it deletes the connection at once (an ABORT, which sends nothing in TIME_WAIT). TIME_WAIT → CLOSED, too early.',
	'scenario.noTimeWait.resend': 'The server retransmits its FIN…',
	'scenario.noTimeWait.rst': '…which reaches a CLOSED port: the answer is RST.',
	'scenario.noTimeWait.error':
		'The RST arrives in LAST_ACK: the server deletes the connection, ended by a reset instead of the ACK of its FIN.',
	'scenario.noTimeWait.outro': 'TIME_WAIT is what lets the last ACK be sent again.',

	'scenario.oldDuplicateSyn.title': 'Old duplicate SYN (RFC 9293 Figure 8)',
	'scenario.oldDuplicateSyn.intro':
		"A SYN from an earlier attempt is still in the network when the client opens again. (The scenario 'two-way' shows what a two-way handshake would do here.)",
	'scenario.oldDuplicateSyn.copied':
		'The network duplicates this SYN: two copies of it are now in flight.',
	'scenario.oldDuplicateSyn.giveUp':
		'The client gives up on that attempt (CLOSE in SYN_SENT), but both copies of its SYN are still in the network…',
	'scenario.oldDuplicateSyn.reopen': '…and it opens again, with a new ISN.',
	'scenario.oldDuplicateSyn.oldArrives':
		'An OLD SYN arrives first. The server cannot know it is stale: LISTEN → SYN_RECEIVED, owing a SYN,ACK.',
	'scenario.oldDuplicateSyn.answer':
		"The server answers it: its SYN,ACK acknowledges the old ISN. The diagram counts the client's numbers from its current ISN, so this ack is negative: it acknowledges a number below that ISN, left from the earlier attempt.",
	'scenario.oldDuplicateSyn.rst':
		'The client sees an ACK of a SYN it never sent (in this attempt): it answers RST, whose seq is that ack, negative in the diagram for the same reason.',
	'scenario.oldDuplicateSyn.listen': 'The RST sends the server back to LISTEN: nothing was opened.',
	'scenario.oldDuplicateSyn.newArrives':
		"Now the new SYN arrives: LISTEN → SYN_RECEIVED again, this time for the client's current attempt.",
	'scenario.oldDuplicateSyn.lateCopy':
		'The second copy of the old SYN arrives. It lies before RCV.NXT, so it fails the sequence check: the server answers with an ACK and drops it. It cannot reset or replace the newer attempt: the server stays SYN_RECEIVED.',
	'scenario.oldDuplicateSyn.ackIgnored':
		'That ACK acknowledges nothing new for the client, now ESTABLISHED, so it changes nothing.',
	'scenario.oldDuplicateSyn.outro':
		'This is why the handshake has three segments: the client must confirm that the SYN being answered is its current one.',

	'scenario.twoWay.title': 'The two-way handshake "what if"',
	'scenario.twoWay.intro':
		'Not TCP: here a side that answers a SYN is ESTABLISHED at once. The same old SYN as in old-duplicate-syn arrives first.',
	'scenario.twoWay.giveUp':
		'The client gives up on that attempt, but its SYN is still in the network…',
	'scenario.twoWay.reopen': '…and it opens again, with a new ISN.',
	'scenario.twoWay.oldArrives':
		'The OLD SYN arrives first: the server goes LISTEN → SYN_RECEIVED, owing a SYN,ACK.',
	'scenario.twoWay.established':
		"With two segments, answering is enough: the server is ESTABLISHED on a stale SYN, holding a connection the client never asked for. Its ack is negative in the diagram, which counts the client's numbers from its current ISN: it acknowledges the old ISN, below the new one.",
	'scenario.twoWay.outro':
		"In TCP the server would still be in SYN_RECEIVED, and the client's RST would send it back to LISTEN before anything was committed (see old-duplicate-syn).",

	'scenario.halfClose.title': 'Half-close with data',
	'scenario.halfClose.intro': 'The client closes its direction; the server still has data to send.',
	'scenario.halfClose.clientDone':
		"The client is done sending: FIN_WAIT_1. The FIN's arrival puts the server in CLOSE_WAIT, owing an ACK.",
	'scenario.halfClose.closeWait':
		'The server acknowledges the FIN and stays in CLOSE_WAIT: its own direction is still open. The client is in FIN_WAIT_2.',
	'scenario.halfClose.data': 'Data still flows from the server to the client.',
	'scenario.halfClose.ackData': 'The client, in FIN_WAIT_2, still receives and acknowledges.',
	'scenario.halfClose.serverFin':
		"Only now does the server close: CLOSE_WAIT → LAST_ACK, and the FIN's arrival takes the client to TIME_WAIT.",
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
		'The client crashes and restarts; the server still believes the connection is open (RFC 9293 Figure 9).',
	'scenario.halfOpen.crash': 'The client crashes. (Modelled as an abort whose RST never arrives.)',
	'scenario.halfOpen.notTold':
		'The server is not told: it still thinks the connection is ESTABLISHED.',
	'scenario.halfOpen.reopen': 'The restarted client opens again, with a new ISN.',
	'scenario.halfOpen.challengeAck':
		"A SYN has no place on a synchronized connection: the server, still ESTABLISHED, answers with an ACK of the sequence number it expects next (Figure 9, line 4). That number belongs to the connection before the crash: the diagram counts the client's numbers from its new ISN, so this ack, below that ISN, is negative.",
	'scenario.halfOpen.rst':
		'That ACK acknowledges nothing the client sent: the client, in SYN_SENT, answers RST (line 5). Its seq is that ack, negative in the diagram for the same reason.',
	'scenario.halfOpen.dropped':
		'The RST carries the sequence number the server expects: it aborts the stale connection, ESTABLISHED → CLOSED (line 6).',
	'scenario.halfOpen.listen': 'The server application listens again…',
	'scenario.halfOpen.retransmit':
		"…and the client's retransmission timer sends its SYN again (line 7): what is left is an ordinary three-way handshake.",
	'scenario.halfOpen.fresh':
		"The SYN reaches a listening server: LISTEN → SYN_RECEIVED, a fresh connection with the client's new ISN.",
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
	...enLinux,
	...enCli,
	...enReplay,
} as const;

export type MessageKey = keyof typeof en;
