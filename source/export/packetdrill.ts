// A packetdrill script of the exchange from the server's side: the kernel under test is the server,
// the script plays the client. Lines the kernel cannot be driven to produce become comments.
import {wrap} from '../diagram/text.js';
import {brief, type MessageKey, t} from '../i18n/index.js';
import type {Connection, Happening} from '../tcp/machine.js';
import {has, type Segment, seqAdd, seqDiff} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';
import {type State, synchronizedStates} from '../tcp/states.js';
import {exchangeOf, localText} from './common.js';

/** The window the script's client offers, and the options of its SYN. */
const clientWindow = 65_535;
const clientSynOptions = '<mss 1460>';

const synchronized: ReadonlySet<State> = new Set(synchronizedStates);

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
 * The script's client numbers its bytes from its first ISN, 0; the kernel's numbers are relative to
 * the ISN of its SYN,ACK, which packetdrill learns. A reopened client goes on from where the old
 * connection's numbers were, as the model's ISN clock does.
 */
function segmentText(segment: Segment, happening: Happening, clientIss: number): string {
	const kernelIsn = happening.isn.server;
	const toKernel = segment.to === 'server';
	const seq = toKernel ? from(clientIss, segment.seq) : from(kernelIsn, segment.seq);
	const ack =
		segment.ack === null
			? null
			: toKernel
				? from(kernelIsn, segment.ack)
				: from(clientIss, segment.ack);
	const end = seqAdd(seq, segment.len);
	return `${flagLetters(segment)} ${seq}:${end}(${segment.len})${ack === null ? '' : ` ack ${ack}`}`;
}

function inbound(text: string, segment: Segment): string {
	return `< ${text} win ${clientWindow}${has(segment, 'SYN') ? ` ${clientSynOptions}` : ''}`;
}

function outbound(text: string, segment: Segment): string {
	return `> ${text}${has(segment, 'SYN') ? ' <...>' : ''}`;
}

/** Comment paragraphs are wrapped so that, with their `// `, no line is wider than 97 columns. */
const commentColumns = 94;

function commentLines(key: MessageKey): string[] {
	return wrap(t(key), commentColumns).map((line) => `// ${line}`);
}

const header = (exchange: string): string[] => [
	...commentLines('export.pd.intro'),
	`// ${t('export.pd.exchange', {exchange: exchange || t('export.pd.noMoves')})}`,
	...commentLines('export.pd.numbers'),
	...commentLines('export.pd.linux'),
	'',
];

/** The server's side as packetdrill drives it: its sockets, and what the model did that it cannot. */
class ServerScript {
	readonly lines: string[] = [];
	private readonly open = new Set<number>();
	private listener: number | null = null;
	/** The accepted connection's socket, while the application holds it. */
	private conn: number | null = null;
	/** The current connection has been accepted (its socket may since have been closed). */
	private accepted = false;
	/** Why the current connection cannot be played against a kernel, once something could not be. */
	private diverged: string | null = null;
	private unread = 0;
	private timed = false;
	private readonly clientIss: number;

	constructor(clientIss: number) {
		this.clientIss = clientIss;
	}

	comment(text: string): void {
		this.lines.push(`// ${text}`);
	}

	/** A line that happens at once: packetdrill's first line is at time 0, the rest +0 after. */
	now(text: string, time = '+0'): void {
		this.lines.push(`${this.timed ? time : '0'} ${text}`);
		this.timed = true;
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

	listen(): void {
		const fd = this.allocate();
		this.now(`socket(..., SOCK_STREAM, IPPROTO_TCP) = ${fd}`);
		this.now(`setsockopt(${fd}, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0`);
		this.now(`bind(${fd}, ..., ...) = 0`);
		this.now(`listen(${fd}, 1) = 0`);
		this.listener = fd;
	}

	/** A CLOSE or ABORT with no connection: nobody listens any more. */
	stopListening(): void {
		if (this.listener === null) return;
		this.close(this.listener);
		this.listener = null;
	}

	/** After each happening: accept a connection the handshake completed, forget one that ended. */
	settle(state: State, twoWay: boolean): void {
		if (state === 'CLOSED' || state === 'LISTEN') {
			this.accepted = false;
			this.conn = null;
			this.diverged = null;
			return;
		}
		if (!synchronized.has(state) || this.accepted || this.diverged || twoWay) return;
		if (this.listener === null) return;
		const listener = this.listener;
		this.conn = this.allocate();
		this.accepted = true;
		this.now(`accept(${listener}, ..., ...) = ${this.conn}`);
		this.comment(t('export.pd.oneSocket'));
		this.close(listener);
		this.listener = null;
	}

	/** The application reads what arrived, so that its close() sends a FIN and not an RST. */
	received(bytes: number): void {
		this.unread += bytes;
		if (this.conn === null || this.unread === 0 || this.diverged) return;
		this.now(`read(${this.conn}, ..., ${this.unread}) = ${this.unread}`);
		this.unread = 0;
	}

	notExpressible(reason: string, line: string): void {
		this.comment(t('export.pd.notExpressible', {reason, line}));
	}

	/** A segment the client sends, as the kernel sees it. */
	fromClient(segment: Segment, happening: Happening, twoWay: boolean): void {
		const text = segmentText(segment, happening, this.clientIss);
		switch (happening.phase) {
			case 'crossed':
			case 'arrived': {
				const line = inbound(text, segment);
				const reason = twoWay ? t('export.pd.twoWay') : this.diverged;
				if (reason) this.notExpressible(reason, line);
				else this.now(line);
				return;
			}
			case 'sent':
				this.comment(t('export.pd.inFlight', {segment: text}));
				return;
			case 'lost':
				this.comment(t('export.pd.clientLost', {segment: text}));
				return;
			case 'duplicated':
				this.comment(t('export.pd.clientCopied', {segment: text}));
				return;
		}
	}

	/** A segment the server sends: the kernel's own, or the result of the application's call. */
	fromServer(
		segment: Segment,
		happening: Happening,
		step: Step,
		first: boolean,
		twoWay: boolean,
	): void {
		const text = segmentText(segment, happening, this.clientIss);
		switch (happening.phase) {
			case 'crossed':
			case 'sent':
				this.sent(segment, text, happening, step, first, twoWay);
				return;
			case 'arrived':
				this.comment(t('export.pd.reachesClient', {segment: text}));
				return;
			case 'lost':
				this.comment(t('export.pd.serverLost', {segment: text}));
				return;
			case 'duplicated':
				this.comment(t('export.pd.serverCopied', {segment: text}));
				return;
		}
	}

	private sent(
		segment: Segment,
		text: string,
		happening: Happening,
		step: Step,
		first: boolean,
		twoWay: boolean,
	): void {
		const line = outbound(text, segment);
		if (twoWay) {
			this.notExpressible(t('export.pd.twoWay'), line);
			return;
		}
		if (!this.diverged && has(segment, 'SYN') && !has(segment, 'ACK')) {
			this.diverged = t('export.pd.activeOpen');
		}
		const call =
			first && step.move.side === 'server' && !happening.auto && !happening.retransmission
				? step.move.action.type
				: null;
		if (!this.diverged && (call === 'fin' || call === 'data' || call === 'rst')) {
			if (this.conn === null) {
				this.diverged = t(this.accepted ? 'export.pd.socketClosed' : 'export.pd.notAccepted');
			} else if (call === 'data') {
				this.now(`write(${this.conn}, ..., ${segment.len}) = ${segment.len}`);
			} else {
				if (call === 'rst') {
					this.comment(t('export.pd.linger'));
					this.now(`setsockopt(${this.conn}, SOL_SOCKET, SO_LINGER, {onoff=1, linger=0}, 8) = 0`);
				}
				this.close(this.conn);
				this.conn = null;
			}
		}
		if (this.diverged) {
			this.notExpressible(this.diverged, line);
			return;
		}
		// The kernel's retransmission timer decides when; `*` accepts any time.
		this.now(line, happening.retransmission ? '*' : '+0');
	}

	/** A move that sent nothing: only the server's own calls matter to the kernel. */
	local(happening: Happening, step: Step, before: State): void {
		if (step.move.side !== 'server') return;
		const {type} = step.move.action;
		if (type === 'listen' && !this.diverged) {
			this.listen();
		} else if ((type === 'fin' || type === 'rst') && before === 'LISTEN') {
			this.stopListening();
		} else if (type === 'timeout') {
			this.comment(t('export.pd.timeWait'));
		} else {
			this.comment(t('export.pd.serverLocal', {what: localText(happening, step)}));
		}
	}
}

function bytesBetween(before: Connection, after: Connection): number {
	const was = before.server.bytesReceived;
	const is = after.server.bytesReceived;
	// A fresh incarnation counts from 0 again.
	return is >= was ? is - was : is;
}

function stepHeading(step: Step, number: number): string {
	const {verdict} = step.result;
	const input = step.byPeer ? t('export.pd.byPeer', {input: step.input}) : step.input;
	const heading = `${number}. ${input}`;
	if (verdict.ok) return heading;
	const reason = brief(verdict.because.key) || t('export.pd.notValid');
	return t('export.pd.rejected', {heading, reason});
}

export function packetdrillOf(session: Session): string {
	const script = new ServerScript(session.initial.client.iss);
	script.lines.push(...header(exchangeOf(session)));
	if (session.initial.server.state === 'LISTEN') script.listen();
	let before = session.initial;
	for (const [index, step] of session.steps.entries()) {
		script.lines.push('');
		script.comment(stepHeading(step, index + 1));
		const {connection, verdict, happenings} = step.result;
		if (!verdict.ok) continue;
		const twoWay = Boolean(connection.server.twoWay || connection.client.twoWay);
		let serverState = before.server.state;
		for (const [place, happening] of happenings.entries()) {
			const {segment} = happening;
			if (segment === null) script.local(happening, step, serverState);
			else if (segment.from === 'client') script.fromClient(segment, happening, twoWay);
			else script.fromServer(segment, happening, step, place === 0, twoWay);
			serverState = happening.states.server;
			script.settle(serverState, twoWay);
		}
		script.received(bytesBetween(before, connection));
		before = connection;
	}
	return script.lines.join('\n');
}
