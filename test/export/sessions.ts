// The exchanges the export tests format, built the way script mode builds them.
import type {ExportOptions} from '../../source/export/formats.js';
import type {Language} from '../../source/i18n/index.js';
import {scenarioNamed, scenarioText} from '../../source/learn/scenarios.js';
import {type ParsedStep, parseSteps, scenarioSteps} from '../../source/script/parse-steps.js';
import {runSteps} from '../../source/script/run-script.js';
import type {Happening} from '../../source/tcp/machine.js';
import type {Segment} from '../../source/tcp/segment.js';
import type {Session, SessionOptions} from '../../source/tcp/session.js';

export const standard = 'c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout';
export const halfClose = 'c:syn s:syn c:ack c:fin s:ack s:data:500 s:fin c:ack';
export const lostSyn = 'c:syn net:drop c:timeout net:deliver s:syn net:deliver c:ack net:deliver';
/** A handshake with a FIN before it: the FIN is rejected. */
export const rejected = 'c:fin c:syn s:syn c:ack';

/** ISNs far from 0, so that a relative number cannot pass for an absolute one by chance. */
export const isns = {isnClient: 2_847_561_023, isnServer: 1_193_046_011} as const;

export type Played = {
	readonly session: Session;
	readonly steps: readonly ParsedStep[];
	readonly options: ExportOptions;
};

export function play(script: string, options: Partial<SessionOptions> = {}): Played {
	const steps = parseSteps('en', script);
	const session = runSteps(steps, {...isns, ...options});
	return {session, steps, options: {lang: 'en', width: 80, steps}};
}

/** A scenario played, its narration and words in `lang`. */
export function playScenario(name: string, lang: Language = 'en'): Played {
	const scenario = scenarioNamed(name);
	if (!scenario) throw new Error(`no scenario ${name}`);
	const steps = scenarioSteps(lang, scenario);
	const session = runSteps(steps, {
		...isns,
		network: scenario.network,
		twoWay: scenario.twoWay ?? false,
	});
	return {
		session,
		steps,
		options: {lang, width: 80, steps, scenario: scenarioText(lang, scenario)},
	};
}

/** One exchange of each kind the exporters treat differently, by what it shows. */
export function exchanges(): Record<string, Played> {
	return {
		'the standard open and close': play(standard),
		'a half-close with data': play(halfClose),
		'a lost segment in manual network mode': play(lostSyn, {network: 'manual'}),
		'a rejected move': play(rejected),
	};
}

export type Sent = Happening & {readonly segment: Segment; readonly stepNumber: number};

/** Every happening with a segment, in order, with the number of its step. */
export function happeningsOf(session: Session): Sent[] {
	return session.steps.flatMap((step, index) =>
		step.result.happenings.flatMap((happening) =>
			happening.segment ? [{...happening, segment: happening.segment, stepNumber: index + 1}] : [],
		),
	);
}
