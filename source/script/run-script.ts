// Script mode: play the steps and write, as each is played, its rows of the ladder diagram or its JSON
// record; the notes, which follow the whole ladder, are kept until it ends.
import {toAscii} from '../diagram/glyphs.js';
import {ladderDrawer} from '../diagram/ladder.js';
import {wrap} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';
import type {ScenarioText} from '../learn/scenarios.js';
import {type Endpoint, obligationOf} from '../tcp/endpoint.js';
import {explain, joinSentences} from '../tcp/explain.js';
import type {Happening, Passage} from '../tcp/machine.js';
import type {Segment} from '../tcp/segment.js';
import {
	createSession,
	play,
	type Session,
	type SessionOptions,
	type Step,
	withoutSteps,
} from '../tcp/session.js';
import {builtInSteps, type ParsedStep} from './parse-steps.js';

export type ScriptOptions = SessionOptions & {
	/** The language of the notes, the reasons and the diagram. */
	readonly lang: Language;
	/** The steps as parsed, for the narration a scenario gives some of them. */
	readonly steps?: readonly ParsedStep[];
	readonly scenario?: ScenarioText | null;
	readonly json?: boolean;
	readonly absolute?: boolean;
	readonly ascii?: boolean;
	readonly width?: number;
};

/** A session with `setup` (moves in script syntax, if any) already played. */
export function sessionAfter(setup: string | undefined, options: SessionOptions): Session {
	return runSteps(setup ? builtInSteps(setup) : [], options);
}

export function runSteps(steps: readonly ParsedStep[], options: SessionOptions): Session {
	return steps.reduce(
		(session, step) => play(session, step.move, step.input),
		createSession(options),
	);
}

function segmentJson(segment: Segment, auto: boolean, retransmission: boolean) {
	const {from, to, flags, seq, ack, len} = segment;
	return {from, to, flags, seq, ack, len, auto, retransmission};
}

function happeningsJson(happenings: readonly Happening[], phases: readonly Passage[]) {
	return happenings.flatMap((happening) =>
		happening.segment && phases.includes(happening.phase)
			? [segmentJson(happening.segment, happening.auto, happening.retransmission)]
			: [],
	);
}

/** What the endpoint must still send for what it received: [], ['ACK'] or ['SYN,ACK']. */
function owedSegments(endpoint: Endpoint): string[] {
	const owed = obligationOf(endpoint);
	if (owed === 'none') return [];
	return [owed === 'synAckForSyn' ? 'SYN,ACK' : 'ACK'];
}

function stepJson(lang: Language, step: Step): string {
	const {verdict, happenings, connection} = step.result;
	return JSON.stringify({
		input: step.input,
		accepted: verdict.ok,
		reason: explain(lang, verdict),
		...(verdict.ok ? {} : {validNow: verdict.validNow?.map((option) => option.type) ?? null}),
		segments: happeningsJson(happenings, ['crossed', 'sent']),
		delivered: happeningsJson(happenings, ['crossed', 'arrived']),
		inFlight: step.inFlight.map((flight) =>
			segmentJson(flight.segment, flight.auto, flight.retransmission),
		),
		states: {client: connection.client.state, server: connection.server.state},
		owes: {client: owedSegments(connection.client), server: owedSegments(connection.server)},
		...(step.byPeer ? {byPeer: true} : {}),
	});
}

/** Where script output goes, a piece at a time: text, or text already encoded as UTF-8. */
export type Write = (chunk: string | Uint8Array) => void;

/** Script output made a step at a time: it writes what it can at once, and keeps text, not steps. */
type Writer = {
	readonly add: (step: Step, say: string | undefined) => void;
	/** The rest of the output, given the session the steps led to. */
	readonly finish: (final: Session) => void;
};

function jsonWriter(start: Session, lang: Language, write: Write): Writer {
	// What JSON.stringify gives for the whole record, its steps stringified one by one.
	const head = JSON.stringify({
		isn: {client: start.initial.client.iss, server: start.initial.server.iss},
		network: start.network,
		peer: start.peer,
	});
	write(`${head.slice(0, -1)},"steps":[`);
	let first = true;
	return {
		add(step) {
			write(first ? stepJson(lang, step) : `,${stepJson(lang, step)}`);
			first = false;
		},
		finish({connection: {client, server}}) {
			write(`],"final":${JSON.stringify({client: client.state, server: server.state})}}`);
		},
	};
}

/**
 * Text kept for later, each piece on a line of its own after what was written before it. Kept as
 * UTF-8 in buffers of about 64 kB, outside the JavaScript heap, whose garbage collector would
 * otherwise copy and trace every note of a long script until the end.
 */
function keptLines() {
	const kept: Uint8Array[] = [];
	let pending = '';
	return {
		add(text: string) {
			pending += `\n${text}`;
			if (pending.length >= 65_536) {
				kept.push(Buffer.from(pending));
				pending = '';
			}
		},
		writeTo(write: Write) {
			for (const chunk of kept) write(chunk);
			write(pending);
		},
	};
}

/** One numbered paragraph saying why the step did what it did, wrapped and indented. */
function noteText(
	lang: Language,
	step: Step,
	number: number,
	say: string | undefined,
	width: number,
): string {
	const head = t(lang, step.result.verdict.ok ? 'script.step' : 'script.stepRejected', {
		number,
		input: step.input,
	});
	const text = joinSentences([head, say ?? '', explain(lang, step.result.verdict)]);
	// The "On Linux" note is a paragraph of its own, indented like the rest of the step.
	let note = '';
	let first = true;
	for (const paragraph of text.split('\n')) {
		for (const line of wrap(paragraph, width - 3)) {
			note += first ? line : `\n   ${line}`;
			first = false;
		}
	}
	return note;
}

/**
 * The ladder, then one numbered paragraph per step saying why it did what it did. The ladder's
 * rows are written as each step is drawn; the notes, which come after the whole ladder, are kept.
 */
function textWriter(start: Session, options: ScriptOptions, writeText: Write): Writer {
	const {lang} = options;
	const width = options.width ?? 80;
	const ascii = options.ascii ?? false;
	const write: Write = ascii
		? (chunk) => writeText(typeof chunk === 'string' ? toAscii(chunk) : chunk)
		: writeText;
	const drawer = ladderDrawer({
		lang,
		width,
		ascii,
		absolute: options.absolute ?? false,
		stepNumbers: true,
	});
	const scenario = options.scenario;
	const intro = scenario
		? [...wrap(t(lang, 'script.intro', {title: scenario.title, intro: scenario.intro}), width), '']
		: [];
	write([...intro, ...drawer.title(start)].join('\n'));
	const notes = keptLines();
	let number = 0;
	return {
		add(step, say) {
			number++;
			write(`\n${drawer.step(step, number).join('\n')}`);
			const note = noteText(lang, step, number, say, width);
			notes.add(ascii ? toAscii(note) : note);
		},
		finish() {
			const {client, server} = start.initial;
			const numbering = options.absolute
				? t(lang, 'script.absolute')
				: t(lang, 'script.relative', {client: client.iss, server: server.iss});
			write(['', '', ...wrap(numbering, width), ''].join('\n'));
			notes.writeTo(writeText);
			const outro = scenario ? ['', ...wrap(scenario.outro, width)] : [];
			if (outro.length > 0) write(`\n${outro.join('\n')}`);
		},
	};
}

/** Everything `play` writes, as one string. */
function collected(play: (write: Write) => void): string {
	const chunks: string[] = [];
	play((chunk) => chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()));
	return chunks.join('');
}

/** Every step of a session written out, each with its narration. */
function written(writer: Writer, session: Session, says: readonly (string | undefined)[]): void {
	session.steps.forEach((step, index) => {
		writer.add(step, says[index]);
	});
	writer.finish(session);
}

export function scriptJson(session: Session, lang: Language): string {
	return collected((write) => written(jsonWriter(session, lang, write), session, []));
}

/**
 * Each session step's narration, from the scenario's steps as parsed: the automatic peer's steps
 * have none, so they are skipped over. The export formats tell the same story.
 */
export function narration(session: Session, steps: readonly ParsedStep[]): (string | undefined)[] {
	let next = 0;
	return session.steps.map((step) => (step.byPeer ? undefined : steps[next++]?.say));
}

/** The ladder, then one numbered paragraph per step saying why it did what it did. */
export function scriptText(session: Session, options: ScriptOptions): string {
	return collected((write) =>
		written(textWriter(session, options, write), session, narration(session, options.steps ?? [])),
	);
}

/**
 * Script mode's text or JSON, written as the steps are played: each step is forgotten once
 * written, so that 100,000 steps cost their text and no more. The output is what scriptText or
 * scriptJson give for the whole session, without a final newline.
 */
export function playScript(
	steps: readonly ParsedStep[],
	format: 'text' | 'json',
	options: ScriptOptions,
	write: Write,
): void {
	let session = createSession(options);
	const writer =
		format === 'json'
			? jsonWriter(session, options.lang, write)
			: textWriter(session, options, write);
	for (const parsed of steps) {
		const next = play(session, parsed.move, parsed.input);
		for (const step of next.steps) writer.add(step, step.byPeer ? undefined : parsed.say);
		session = withoutSteps(next);
	}
	writer.finish(session);
}
