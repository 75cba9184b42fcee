// Script mode: play the steps, then print the ladder diagram or a JSON record of every step.
import {toAscii} from '../diagram/glyphs.js';
import {ladderText} from '../diagram/ladder.js';
import {wrap} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import type {Scenario} from '../learn/scenarios.js';
import {type Endpoint, obligationOf} from '../tcp/endpoint.js';
import {explain, joinSentences} from '../tcp/explain.js';
import type {Happening, Passage} from '../tcp/machine.js';
import type {Segment} from '../tcp/segment.js';
import {createSession, play, type Session, type SessionOptions} from '../tcp/session.js';
import {type ParsedStep, parseSteps} from './parse-steps.js';

export type ScriptOptions = SessionOptions & {
	/** The steps as parsed, for the narration a scenario gives some of them. */
	readonly steps?: readonly ParsedStep[];
	readonly scenario?: Scenario | null;
	readonly json?: boolean;
	readonly absolute?: boolean;
	readonly ascii?: boolean;
	readonly width?: number;
};

/** A session with `setup` (moves in script syntax, if any) already played. */
export function sessionAfter(setup: string | undefined, options: SessionOptions): Session {
	return runSteps(setup ? parseSteps(setup) : [], options);
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

export function scriptJson(session: Session): string {
	const steps = session.steps.map((step) => {
		const {verdict, happenings, connection} = step.result;
		return {
			input: step.input,
			accepted: verdict.ok,
			reason: explain(verdict),
			...(verdict.ok ? {} : {validNow: verdict.validNow?.map((option) => option.type) ?? null}),
			segments: happeningsJson(happenings, ['crossed', 'sent']),
			delivered: happeningsJson(happenings, ['crossed', 'arrived']),
			inFlight: step.inFlight.map((flight) =>
				segmentJson(flight.segment, flight.auto, flight.retransmission),
			),
			states: {client: connection.client.state, server: connection.server.state},
			owes: {client: owedSegments(connection.client), server: owedSegments(connection.server)},
			...(step.byPeer ? {byPeer: true} : {}),
		};
	});
	const {client, server} = session.connection;
	return JSON.stringify({
		isn: {client: session.initial.client.iss, server: session.initial.server.iss},
		network: session.network,
		peer: session.peer,
		steps,
		final: {client: client.state, server: server.state},
	});
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
	const width = options.width ?? 80;
	const ladder = ladderText(session, {
		width,
		ascii: options.ascii ?? false,
		absolute: options.absolute ?? false,
		stepNumbers: true,
	});
	const {client, server} = session.initial;
	const numbering = options.absolute
		? t('script.absolute')
		: t('script.relative', {client: client.iss, server: server.iss});
	const says = narration(session, options.steps ?? []);
	const notes = session.steps.flatMap((step, index) => {
		const head = t(step.result.verdict.ok ? 'script.step' : 'script.stepRejected', {
			number: index + 1,
			input: step.input,
		});
		const text = joinSentences([head, says[index] ?? '', explain(step.result.verdict)]);
		// The "On Linux" note is a paragraph of its own, indented like the rest of the step.
		const lines = text.split('\n').flatMap((paragraph) => wrap(paragraph, width - 3));
		return lines.map((line, lineIndex) => (lineIndex === 0 ? line : `   ${line}`));
	});
	const scenario = options.scenario;
	const intro = scenario
		? [...wrap(t('script.intro', {title: scenario.title, intro: scenario.intro}), width), '']
		: [];
	const outro = scenario ? ['', ...wrap(scenario.outro, width)] : [];
	const text = [...intro, ladder, '', ...wrap(numbering, width), '', ...notes, ...outro].join('\n');
	return options.ascii ? toAscii(text) : text;
}
