// Script mode: play the steps, then print the ladder diagram or a JSON record of every step.
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

/** Script output made a step at a time: what it keeps is text, not the steps. */
type Writer = {
	readonly add: (step: Step, say: string | undefined) => void;
	/** The whole output, given the session the steps led to. */
	readonly finish: (final: Session) => string;
};

function jsonWriter(start: Session, lang: Language): Writer {
	const steps: string[] = [];
	return {
		add: (step) => steps.push(stepJson(lang, step)),
		finish({connection: {client, server}}) {
			// What JSON.stringify gives for the whole record, its steps already stringified.
			const head = JSON.stringify({
				isn: {client: start.initial.client.iss, server: start.initial.server.iss},
				network: start.network,
				peer: start.peer,
			});
			const final = JSON.stringify({client: client.state, server: server.state});
			return `${head.slice(0, -1)},"steps":[${steps.join(',')}],"final":${final}}`;
		},
	};
}

/** One numbered paragraph saying why the step did what it did. */
function noteLines(
	lang: Language,
	step: Step,
	number: number,
	say: string | undefined,
	width: number,
): string[] {
	const head = t(lang, step.result.verdict.ok ? 'script.step' : 'script.stepRejected', {
		number,
		input: step.input,
	});
	const text = joinSentences([head, say ?? '', explain(lang, step.result.verdict)]);
	// The "On Linux" note is a paragraph of its own, indented like the rest of the step.
	const lines = text.split('\n').flatMap((paragraph) => wrap(paragraph, width - 3));
	return lines.map((line, index) => (index === 0 ? line : `   ${line}`));
}

/** The ladder, then one numbered paragraph per step saying why it did what it did. */
function textWriter(start: Session, options: ScriptOptions): Writer {
	const {lang} = options;
	const width = options.width ?? 80;
	const ascii = options.ascii ?? false;
	const drawer = ladderDrawer({
		lang,
		width,
		ascii,
		absolute: options.absolute ?? false,
		stepNumbers: true,
	});
	const ladder = drawer.title(start);
	const notes: string[] = [];
	let number = 0;
	return {
		add(step, say) {
			number++;
			// A step's lines joined at once: one flat string kept, not a tree of the pieces wrap and
			// the templates concatenated (those were 400 MB at 100,000 steps).
			ladder.push(drawer.step(step, number).join('\n'));
			notes.push(noteLines(lang, step, number, say, width).join('\n'));
		},
		finish() {
			const {client, server} = start.initial;
			const numbering = options.absolute
				? t(lang, 'script.absolute')
				: t(lang, 'script.relative', {client: client.iss, server: server.iss});
			const scenario = options.scenario;
			const intro = scenario
				? [
						...wrap(t(lang, 'script.intro', {title: scenario.title, intro: scenario.intro}), width),
						'',
					]
				: [];
			const outro = scenario ? ['', ...wrap(scenario.outro, width)] : [];
			const text = [
				...intro,
				ladder.join('\n'),
				'',
				...wrap(numbering, width),
				'',
				...notes,
				...outro,
			].join('\n');
			return ascii ? toAscii(text) : text;
		},
	};
}

/** Every step of a session written out, each with its narration. */
function written(writer: Writer, session: Session, says: readonly (string | undefined)[]): string {
	session.steps.forEach((step, index) => {
		writer.add(step, says[index]);
	});
	return writer.finish(session);
}

export function scriptJson(session: Session, lang: Language): string {
	return written(jsonWriter(session, lang), session, []);
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
	return written(textWriter(session, options), session, narration(session, options.steps ?? []));
}

/**
 * Script mode's text or JSON: the steps played and written out one by one, each forgotten once
 * written, so that 100,000 steps cost their text and no more (the same output as scriptText or
 * scriptJson of the whole session).
 */
export function playScript(
	steps: readonly ParsedStep[],
	format: 'text' | 'json',
	options: ScriptOptions,
): string {
	let session = createSession(options);
	const writer =
		format === 'json' ? jsonWriter(session, options.lang) : textWriter(session, options);
	for (const parsed of steps) {
		const next = play(session, parsed.move, parsed.input);
		for (const step of next.steps) writer.add(step, step.byPeer ? undefined : parsed.say);
		session = withoutSteps(next);
	}
	return writer.finish(session);
}
