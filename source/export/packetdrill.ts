// A packetdrill script of the exchange from the server's side: the kernel under test is the server,
// the script plays the client. Lines the kernel cannot be driven to produce become comments.
import {wrap} from '../diagram/text.js';
import {brief, type Language, type MessageKey, t} from '../i18n/index.js';
import {type Endpoint, type Obligation, obligationOf} from '../tcp/endpoint.js';
import type {Connection, Happening} from '../tcp/machine.js';
import {has, type Segment, seqAdd, seqDiff} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import {type State, synchronizedStates} from '../tcp/states.js';
import {exchangeOf, localText} from './common.js';

/** The window the script's client offers, and the options of its SYN. */
const clientWindow = 65_535;
const clientSynOptions = '<mss 1460>';

const synchronized: ReadonlySet<State> = new Set(synchronizedStates);

/** The states a side reaches only once the peer's FIN has arrived. */
const peerFinStates: ReadonlySet<State> = new Set([
	'CLOSE_WAIT',
	'CLOSING',
	'LAST_ACK',
	'TIME_WAIT',
]);

/**
 * When packetdrill expects a line, after the one before. `+0`: at once. A range where Linux may
 * delay a pure ACK (tcp_send_delayed_ack): the ACK of a FIN that arrives in ESTABLISHED waits for
 * the next timer tick (3 to 8 ms measured at HZ=250), and once data has arrived, or in interactive
 * ("pingpong") mode, the delayed-ACK timer runs about 40 ms, at most 200 ms (TCP_DELACK_MAX); a
 * quarter of a second covers it and still catches an ACK that never comes. `*`: the kernel's
 * retransmission timer decides, so any time is right.
 */
type Timing = '+0' | '+0~+0.25' | '*';
const mayBeDelayed: Timing = '+0~+0.25';

/** packetdrill's flags: S F R, P for a segment with data, and `.` for ACK. */
function flagLetters(segment: Segment): string {
	return [
		has(segment, 'SYN') ? 'S' : '',
		has(segment, 'FIN') ? 'F' : '',
		has(segment, 'RST') ? 'R' : '',
		segment.len > 0 ? 'P' : '',
		has(segment, 'ACK') ? '.' : '',
	].join('');
}

/** Unsigned distance from `base`, as packetdrill writes sequence numbers; raw without a base. */
function from(base: number | null, value: number): number {
	return base === null ? value : seqDiff(base, value) >>> 0;
}

/**
 * How the script numbers the client's bytes, as packetdrill maps them for the socket under test:
 * the sequence number of a segment with SYN as it is, of any other relative to the client's SYN
 * that opened the socket's connection (packetdrill's remote ISN); the same for the client's
 * numbers the kernel acknowledges. The script's client starts at 0, and a reopened one goes on
 * from where its old numbers were, as the model's ISN clock does. The kernel's numbers are relative
 * to the ISN of its SYN (or SYN,ACK), which packetdrill learns anew for each socket.
 */
type Numbering = {readonly clientIss: number; readonly remoteIsn: number};

/** A client number in the script's space: relative to its first ISN, then to packetdrill's. */
function clientNumber(value: number, syn: boolean, {clientIss, remoteIsn}: Numbering): number {
	return (from(clientIss, value) - (syn ? 0 : remoteIsn)) >>> 0;
}

function segmentText(segment: Segment, happening: Happening, numbering: Numbering): string {
	const kernelIsn = happening.isn.server;
	const syn = has(segment, 'SYN');
	const toKernel = segment.to === 'server';
	const seq = toKernel ? clientNumber(segment.seq, syn, numbering) : from(kernelIsn, segment.seq);
	const ack =
		segment.ack === null
			? null
			: toKernel
				? from(kernelIsn, segment.ack)
				: clientNumber(segment.ack, syn, numbering);
	const end = seqAdd(seq, segment.len);
	return `${flagLetters(segment)} ${seq}:${end}(${segment.len})${ack === null ? '' : ` ack ${ack}`}`;
}

function inbound(text: string, segment: Segment): string {
	return `< ${text} win ${clientWindow}${has(segment, 'SYN') ? ` ${clientSynOptions}` : ''}`;
}

function outbound(text: string, segment: Segment): string {
	return `> ${text}${has(segment, 'SYN') ? ' <...>' : ''}`;
}

/** A pure ACK: no SYN, FIN or RST, and no data. */
function pureAck(segment: Segment): boolean {
	return segment.flags.length === 1 && has(segment, 'ACK') && segment.len === 0;
}

/** Comment paragraphs are wrapped so that, with their `// `, no line is wider than 97 columns. */
const commentColumns = 94;

function commentLines(lang: Language, key: MessageKey): string[] {
	return wrap(t(lang, key), commentColumns).map((line) => `// ${line}`);
}

/** What the script checks, for its header: packets, lines it cannot play, waits for an ACK. */
type Coverage = {
	readonly packets: number;
	readonly notExpressible: number;
	readonly delays: number;
};

function header(
	lang: Language,
	exchange: string,
	{packets, notExpressible, delays}: Coverage,
): string[] {
	return [
		...commentLines(lang, 'export.pd.intro'),
		`// ${t(lang, 'export.pd.exchange', {exchange: exchange || t(lang, 'export.pd.noMoves')})}`,
		...(packets === 0
			? commentLines(lang, 'export.pd.checksNothing')
			: notExpressible > 0
				? commentLines(lang, 'export.pd.checksPart')
				: []),
		...commentLines(lang, 'export.pd.numbers'),
		...commentLines(lang, 'export.pd.linux'),
		...(delays > 0 ? commentLines(lang, 'export.pd.delays') : []),
		'',
	];
}

/** What the application learns from the RST that reset its socket, as Linux 6 reports it. */
function resetCheck(fd: number, before: State): string {
	// tcp_reset(): ECONNREFUSED in SYN_SENT, EPIPE in CLOSE_WAIT, else ECONNRESET. In CLOSE_WAIT the
	// client's FIN has already arrived, so read() returns 0 (end of data) and SO_ERROR tells.
	if (before === 'SYN_SENT') return `read(${fd}, ..., 1) = -1 ECONNREFUSED (Connection refused)`;
	if (before === 'CLOSE_WAIT') return `getsockopt(${fd}, SOL_SOCKET, SO_ERROR, [EPIPE], [4]) = 0`;
	return `read(${fd}, ..., 1) = -1 ECONNRESET (Connection reset by peer)`;
}

/** The server's side as packetdrill drives it: its sockets, and what the model did that it cannot. */
class ServerScript {
	readonly lines: string[] = [];
	private readonly open = new Set<number>();
	private listener: number | null = null;
	/** The connection's socket (accepted, or connect()ed), while the application holds it. */
	private conn: number | null = null;
	/** The current connection has a socket (it may since have been closed). */
	private accepted = false;
	/** The application has sent its FIN with shutdown(SHUT_WR) and still reads. */
	private shut = false;
	/** The client's FIN has arrived on the current connection. */
	private peerFin = false;
	/** Why the current connection cannot be played against a kernel, once something could not be. */
	private diverged: string | null = null;
	private unread = 0;
	/** The SYN the listening socket answered: Linux answers the same SYN again with its SYN,ACK. */
	private requestSyn: number | null = null;
	private synRepeated = false;
	/** An ACK of data the model's server owes, which Linux sends by itself (script numbers). */
	private pendingAck: {readonly seq: number; readonly ack: number} | null = null;
	/** The acknowledgment number of the last ACK Linux sent by itself. */
	private linuxAcked: number | null = null;
	private timed = false;
	private readonly clientIss: number;
	/** packetdrill's remote ISN for the socket under test, in the script's numbers. */
	private remoteIsn = 0;
	/** How the socket under test learns it: from the next SYN (listen) or SYN,ACK (connect). */
	private learns: 'syn' | 'synAck' | null = null;
	private packets = 0;
	private notExpressibleLines = 0;
	private delays = 0;

	/** The language of the script's comments. */
	private readonly lang: Language;

	constructor(clientIss: number, lang: Language) {
		this.clientIss = clientIss;
		this.lang = lang;
	}

	private get numbering(): Numbering {
		return {clientIss: this.clientIss, remoteIsn: this.remoteIsn};
	}

	/** packetdrill takes its remote ISN from the SYN that reaches a listener, or the SYN,ACK. */
	private learnRemoteIsn(segment: Segment): void {
		if (!has(segment, 'SYN') || this.learns === null) return;
		if (this.learns === 'synAck' && !has(segment, 'ACK')) return;
		this.remoteIsn = from(this.clientIss, segment.seq);
		this.learns = null;
	}

	get coverage(): Coverage {
		return {
			packets: this.packets,
			notExpressible: this.notExpressibleLines,
			delays: this.delays,
		};
	}

	comment(text: string): void {
		this.lines.push(`// ${text}`);
	}

	/** An explanation, wrapped as the header's paragraphs are. */
	private note(key: MessageKey): void {
		this.lines.push(...commentLines(this.lang, key));
	}

	/** A line that happens at once: packetdrill's first line is at time 0, the rest +0 after. */
	now(text: string, time: Timing = '+0'): void {
		this.lines.push(`${this.timed ? time : '0'} ${text}`);
		this.timed = true;
	}

	private packet(text: string, time: Timing = '+0'): void {
		this.packets++;
		if (time === mayBeDelayed) this.delays++;
		this.now(text, time);
	}

	private allocate(): number {
		let fd = 3;
		while (this.open.has(fd)) fd++;
		this.open.add(fd);
		return fd;
	}

	private close(fd: number): void {
		this.now(`close(${fd}) = 0`);
		this.open.delete(fd);
	}

	/** The application's socket is done with: closed, and forgotten. */
	private closeConnection(): void {
		if (this.conn === null) return;
		this.close(this.conn);
		this.conn = null;
		this.shut = false;
	}

	listen(): void {
		const fd = this.allocate();
		this.now(`socket(..., SOCK_STREAM, IPPROTO_TCP) = ${fd}`);
		this.now(`setsockopt(${fd}, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0`);
		this.now(`bind(${fd}, ..., ...) = 0`);
		this.now(`listen(${fd}, 1) = 0`);
		this.listener = fd;
		this.learns = 'syn';
	}

	/** A CLOSE or ABORT with no connection: nobody listens any more. */
	stopListening(): void {
		if (this.listener === null) return;
		this.close(this.listener);
		this.listener = null;
	}

	/** After each happening: accept a connection the handshake completed, forget one that ended. */
	settle(before: State, state: State, twoWay: boolean): void {
		if (peerFinStates.has(state)) this.peerFin = true;
		if (state === 'LISTEN' && before === 'SYN_RECEIVED' && this.listener !== null && !twoWay) {
			// packetdrill learns the kernel's ISN once per socket: the next connection needs a new one.
			this.note('export.pd.newListener');
			this.stopListening();
			this.listen();
		}
		if (state === 'CLOSED' || state === 'LISTEN') {
			this.accepted = false;
			this.conn = null;
			this.shut = false;
			this.peerFin = false;
			this.synRepeated = false;
			this.pendingAck = null;
			this.linuxAcked = null;
			this.diverged = null;
			return;
		}
		if (!synchronized.has(state) || this.accepted || this.diverged || twoWay) return;
		if (this.listener === null) return;
		const listener = this.listener;
		this.conn = this.allocate();
		this.accepted = true;
		this.now(`accept(${listener}, ..., ...) = ${this.conn}`);
		this.comment(t(this.lang, 'export.pd.oneSocket'));
		this.close(listener);
		this.listener = null;
	}

	/**
	 * After each step: the application reads what arrived, so that its close() sends a FIN and not
	 * an RST; and once both FINs are out, a socket that was only shut down is closed.
	 */
	stepDone(bytes: number, server: Endpoint): void {
		this.unread += bytes;
		this.pendingAck = null;
		if (this.conn === null || this.diverged) return;
		if (this.unread > 0) {
			this.now(`read(${this.conn}, ..., ${this.unread}) = ${this.unread}`);
			this.unread = 0;
		}
		if (this.shut && this.peerFin) {
			this.note('export.pd.bothFins');
			this.closeConnection();
		}
		if (this.conn !== null && obligationOf(server) === 'ackForData' && server.rcvNxt !== null) {
			const ack = clientNumber(server.rcvNxt, false, this.numbering);
			const seq = from(server.iss, server.sndNxt);
			if (ack !== this.linuxAcked) this.pendingAck = {seq, ack};
		}
	}

	/**
	 * Linux acknowledges data that arrives by itself: at once (quick ACKs), or after its delayed-ACK
	 * timer. Before anything else the kernel must be seen to send, but a write, the script waits for
	 * that ACK, which the model's server still owes.
	 */
	private linuxAcks(): void {
		if (this.pendingAck === null) return;
		const {seq, ack} = this.pendingAck;
		this.pendingAck = null;
		this.linuxAcked = ack;
		this.note('export.pd.linuxAcks');
		this.packet(`> . ${seq}:${seq}(0) ack ${ack}`, mayBeDelayed);
	}

	notExpressible(reason: string, line: string): void {
		this.notExpressibleLines++;
		this.comment(t(this.lang, 'export.pd.notExpressible', {reason, line}));
	}

	/** A segment the client sends, as the kernel sees it. */
	fromClient(segment: Segment, happening: Happening, before: State, twoWay: boolean): void {
		const text = segmentText(segment, happening, this.numbering);
		switch (happening.phase) {
			case 'crossed':
			case 'arrived': {
				const line = inbound(text, segment);
				const reason = twoWay ? t(this.lang, 'export.pd.twoWay') : this.diverged;
				if (reason) {
					this.notExpressible(reason, line);
					return;
				}
				this.linuxAcks();
				this.packet(line);
				this.learnRemoteIsn(segment);
				this.afterArrival(segment, happening, before);
				return;
			}
			case 'sent':
				this.comment(t(this.lang, 'export.pd.inFlight', {segment: text}));
				return;
			case 'lost':
				this.comment(t(this.lang, 'export.pd.clientLost', {segment: text}));
				return;
			case 'duplicated':
				this.comment(t(this.lang, 'export.pd.clientCopied', {segment: text}));
				return;
		}
	}

	/** What the kernel does, or the application learns, that the model's arrival does not show. */
	private afterArrival(segment: Segment, happening: Happening, before: State): void {
		const after = happening.states.server;
		const bareSyn = has(segment, 'SYN') && !has(segment, 'ACK');
		if (bareSyn && before === 'LISTEN') this.requestSyn = segment.seq;
		if (bareSyn && before === 'SYN_RECEIVED' && this.conn === null) {
			this.synRepeated = segment.seq === this.requestSyn;
		}
		if (this.conn === null) return;
		if (has(segment, 'RST') && (after === 'CLOSED' || after === 'LISTEN')) {
			this.note('export.pd.reset');
			this.now(resetCheck(this.conn, before));
			this.closeConnection();
			return;
		}
		if (has(segment, 'SYN') && has(segment, 'ACK') && before === 'SYN_RECEIVED') {
			// A simultaneous open: the SYN,ACK's SYN repeats the one already received. Linux takes its
			// ACK, then acknowledges the old sequence space at once (tcp_data_queue: a retransmit).
			const kernelIsn = happening.isn.server;
			const seq = segment.ack === null ? 0 : from(kernelIsn, segment.ack);
			const ack = clientNumber(seqAdd(segment.seq, 1), false, this.numbering);
			this.note('export.pd.synAckAcked');
			this.packet(`> . ${seq}:${seq}(0) ack ${ack}`);
		}
	}

	/** A segment the server sends: the kernel's own, or the result of the application's call. */
	fromServer(segment: Segment, happening: Happening, call: ServerCall, twoWay: boolean): void {
		const text = segmentText(segment, happening, this.numbering);
		switch (happening.phase) {
			case 'crossed':
			case 'sent':
				this.sent(segment, text, happening, call, twoWay);
				return;
			case 'arrived':
				this.comment(t(this.lang, 'export.pd.reachesClient', {segment: text}));
				return;
			case 'lost':
				this.comment(t(this.lang, 'export.pd.serverLost', {segment: text}));
				return;
			case 'duplicated':
				this.comment(t(this.lang, 'export.pd.serverCopied', {segment: text}));
				return;
		}
	}

	/** The server's OPEN turns active: a socket of its own connect()s, and the kernel sends a SYN. */
	private connect(): void {
		this.note('export.pd.connect');
		this.stopListening();
		const fd = this.allocate();
		this.now(`socket(..., SOCK_STREAM, IPPROTO_TCP) = ${fd}`);
		this.now(`fcntl(${fd}, F_SETFL, O_RDWR|O_NONBLOCK) = 0`);
		this.now(`connect(${fd}, ..., ...) = -1 EINPROGRESS (Operation now in progress)`);
		this.conn = fd;
		this.accepted = true;
		this.remoteIsn = 0;
		this.learns = 'synAck';
	}

	/** The application's call behind the segment, written before it; false: none can be. */
	private call(segment: Segment, call: ServerCall): boolean {
		const {type} = call;
		if (type === 'syn' && has(segment, 'SYN') && !has(segment, 'ACK')) {
			if (this.conn !== null) return false;
			this.connect();
			return true;
		}
		if (type !== 'fin' && type !== 'data' && type !== 'rst') return true;
		if (this.conn === null) return false;
		if (type === 'data') {
			this.now(`write(${this.conn}, ..., ${segment.len}) = ${segment.len}`);
		} else if (type === 'rst') {
			this.note('export.pd.linger');
			this.now(`setsockopt(${this.conn}, SOL_SOCKET, SO_LINGER, {onoff=1, linger=0}, 8) = 0`);
			this.closeConnection();
		} else if (this.peerFin) {
			// The client has finished: the server is done too.
			this.closeConnection();
		} else {
			// The client may still send: a FIN that keeps the socket open for reading.
			this.note('export.pd.shutdown');
			this.now(`shutdown(${this.conn}, SHUT_WR) = 0`);
			this.shut = true;
		}
		return true;
	}

	private sent(
		segment: Segment,
		text: string,
		happening: Happening,
		call: ServerCall,
		twoWay: boolean,
	): void {
		const line = outbound(text, segment);
		if (twoWay) {
			this.notExpressible(t(this.lang, 'export.pd.twoWay'), line);
			return;
		}
		const own = !happening.auto && !happening.retransmission;
		const paid = own && call.first && pureAck(segment);
		if (!this.diverged) this.beforeSending(segment, paid);
		if (
			paid &&
			!this.diverged &&
			clientNumber(segment.ack ?? 0, false, this.numbering) === this.linuxAcked
		) {
			// The ACK the model's server sends now, Linux has sent by itself, above.
			this.linuxAcked = null;
			this.comment(t(this.lang, 'export.pd.alreadyAcked', {line}));
			return;
		}
		if (!this.diverged && own && call.first && !this.call(segment, call)) {
			this.diverged = t(
				this.lang,
				has(segment, 'SYN')
					? 'export.pd.activeOpen'
					: this.accepted
						? 'export.pd.socketClosed'
						: 'export.pd.notAccepted',
			);
		}
		if (this.diverged) {
			this.notExpressible(this.diverged, line);
			return;
		}
		if (this.synRepeated && happening.auto && pureAck(segment)) {
			// tcp_check_req(): the SYN the request came from, again, is answered by retransmitting the
			// SYN,ACK, which repeats the ISN; its ACK is the model's.
			this.synRepeated = false;
			this.note('export.pd.synAgain');
			this.comment(t(this.lang, 'export.pd.modelSends', {line}));
			this.packet(`> S. 0:0(0) ack ${clientNumber(segment.ack ?? 0, true, this.numbering)} <...>`);
			return;
		}
		this.packet(line, this.timing(segment, happening, call));
	}

	/**
	 * Linux's own ACK of data still owed in the model comes before what the kernel sends next: a
	 * FIN, an RST or an ACK would otherwise be matched against it. A write's segment carries it
	 * (packetdrill takes a pure ACK just before the data as part of it), as does the model's ACK.
	 */
	private beforeSending(segment: Segment, paid: boolean): void {
		if (segment.len > 0 || paid) this.pendingAck = null;
		else this.linuxAcks();
	}

	/** `*` for a retransmission; a range for an ACK Linux may delay; else `+0`. */
	private timing(segment: Segment, happening: Happening, call: ServerCall): Timing {
		if (happening.retransmission) return '*';
		if (happening.auto || !call.first || !pureAck(segment)) return '+0';
		// The ACK the student sends for what the kernel received. Linux acknowledges a SYN,ACK, and a
		// FIN that arrives once its own FIN is out (CLOSING, TIME_WAIT), at once; data, and a FIN
		// that arrives in ESTABLISHED, it may acknowledge later.
		if (call.owed === 'ackForData') return mayBeDelayed;
		if (call.owed === 'ackForFin' && happening.states.server === 'CLOSE_WAIT') return mayBeDelayed;
		return '+0';
	}

	/** A move that sent nothing: only the server's own calls matter to the kernel. */
	local(happening: Happening, step: Step, before: State): void {
		if (step.move.side !== 'server') return;
		const {type} = step.move.action;
		if (type === 'listen' && !this.diverged) {
			this.listen();
		} else if ((type === 'fin' || type === 'rst') && before === 'LISTEN') {
			this.stopListening();
		} else if ((type === 'fin' || type === 'rst') && before === 'SYN_SENT' && this.conn !== null) {
			// CLOSE or ABORT of a connect() still in SYN_SENT: Linux sends nothing either.
			this.closeConnection();
		} else if (type === 'timeout') {
			this.comment(t(this.lang, 'export.pd.timeWait'));
		} else {
			this.comment(
				t(this.lang, 'export.pd.serverLocal', {what: localText(this.lang, happening, step)}),
			);
		}
	}
}

/** The server's move behind a segment it sends, when the segment is the move's own. */
type ServerCall = {
	/** The segment is the first the move sent: the move's own, not a reply to it. */
	readonly first: boolean;
	/** The action of the server's move; null when the step was not the server's. */
	readonly type: string | null;
	/** What the server owed before the move. */
	readonly owed: Obligation;
};

function bytesBetween(before: Connection, after: Connection): number {
	const was = before.server.bytesReceived;
	const is = after.server.bytesReceived;
	// A fresh incarnation counts from 0 again.
	return is >= was ? is - was : is;
}

function stepHeading(lang: Language, step: Step, number: number): string {
	const {verdict} = step.result;
	const input = step.byPeer ? t(lang, 'export.pd.byPeer', {input: step.input}) : step.input;
	const heading = `${number}. ${input}`;
	if (verdict.ok) return heading;
	const reason = brief(lang, verdict.because.key) || t(lang, 'export.pd.notValid');
	return t(lang, 'export.pd.rejected', {heading, reason});
}

/** The session as a packetdrill script for Linux, its comments in `lang`. */
export function packetdrillOf(session: Session, lang: Language): string {
	const script = new ServerScript(session.initial.client.iss, lang);
	if (session.initial.server.state === 'LISTEN') script.listen();
	let before = session.initial;
	for (const [index, step] of session.steps.entries()) {
		script.lines.push('');
		script.comment(stepHeading(lang, step, index + 1));
		const {connection, verdict, happenings} = step.result;
		if (!verdict.ok) continue;
		const twoWay = Boolean(connection.server.twoWay || connection.client.twoWay);
		const owed = obligationOf(before.server);
		let serverState = before.server.state;
		for (const [place, happening] of happenings.entries()) {
			const {segment} = happening;
			if (segment === null) script.local(happening, step, serverState);
			else if (segment.from === 'client') {
				script.fromClient(segment, happening, serverState, twoWay);
			} else {
				const type = step.move.side === 'server' ? step.move.action.type : null;
				script.fromServer(segment, happening, {first: place === 0, type, owed}, twoWay);
			}
			const state = happening.states.server;
			script.settle(serverState, state, twoWay);
			serverState = state;
		}
		script.stepDone(bytesBetween(before, connection), connection.server);
		before = connection;
	}
	return [...header(lang, exchangeOf(session), script.coverage), ...script.lines].join('\n');
}
