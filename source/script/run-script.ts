// Script mode: play the steps, then print the ladder diagram or a JSON record of every step.
import {toAscii} from '../diagram/glyphs.js';
import {ladderText} from '../diagram/ladder.js';
import {wrap} from '../diagram/text.js';
import {explain} from '../tcp/explain.js';
import type {ConnectionOptions} from '../tcp/machine.js';
import type {Segment} from '../tcp/segment.js';
import {createSession, play, type Session} from '../tcp/session.js';
import type {ParsedStep} from './parse-steps.js';

export type ScriptOptions = ConnectionOptions & {
	readonly json?: boolean;
	readonly absolute?: boolean;
	readonly ascii?: boolean;
	readonly width?: number;
};

export function runSteps(steps: readonly ParsedStep[], options: ConnectionOptions): Session {
	return steps.reduce(
		(session, step) => play(session, step.move, step.input),
		createSession(options),
	);
}

function segmentJson(segment: Segment, auto: boolean) {
	const {from, to, flags, seq, ack, len} = segment;
	return {from, to, flags, seq, ack, len, auto};
}

export function scriptJson(session: Session): string {
	const steps = session.steps.map((step) => {
		const {verdict, happenings, connection} = step.result;
		return {
			input: step.input,
			accepted: verdict.ok,
			reason: explain(verdict),
			...(verdict.ok ? {} : {validNow: verdict.validNow}),
			segments: happenings.flatMap((happening) =>
				happening.segment ? [segmentJson(happening.segment, happening.auto)] : [],
			),
			states: {client: connection.client.state, server: connection.server.state},
		};
	});
	const {client, server} = session.connection;
	return JSON.stringify({
		isn: {client: session.initial.client.iss, server: session.initial.server.iss},
		steps,
		final: {client: client.state, server: server.state},
	});
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
		? 'Sequence numbers are absolute.'
		: `Sequence numbers are relative to each side's ISN (client ${client.iss}, server ${server.iss}); --absolute shows raw ones.`;
	const notes = session.steps.flatMap((step, index) => {
		const head = `${index + 1}. ${step.input}${step.result.verdict.ok ? '' : ' (rejected)'}: `;
		const lines = wrap(head + explain(step.result.verdict), width - 3);
		return lines.map((line, lineIndex) => (lineIndex === 0 ? line : `   ${line}`));
	});
	const text = [ladder, '', ...wrap(numbering, width), '', ...notes].join('\n');
	return options.ascii ? toAscii(text) : text;
}
