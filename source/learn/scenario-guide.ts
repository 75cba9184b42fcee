// A classic scenario on the sandbox screen: Space plays its next step, with what to notice; the
// student's own keys still work in between, and undo rewinds the scenario with them.
import {t} from '../i18n/index.js';
import {builtInSteps} from '../script/parse-steps.js';
import {createSession, play, type SessionOptions} from '../tcp/session.js';
import {playFree, undoFree} from './free-play.js';
import type {Begun, GuideApi} from './guide-api.js';
import type {Scenario, ScenarioKey} from './scenarios.js';

export type ScenarioGuide = {
	readonly kind: 'scenario';
	readonly scenario: Scenario;
	/** The index of its next step. */
	readonly next: number;
	/** How many session steps there were after each scenario step, so that undo rewinds it too. */
	readonly marks: readonly number[];
	/** The scenario's sentences for the step just played (its own, and the outro after the last). */
	readonly said: readonly ScenarioKey[];
};

export function beginScenario(scenario: Scenario, given: SessionOptions): Begun<ScenarioGuide> {
	// A scenario plays both sides, with its own network and rules.
	const options = {
		...given,
		network: scenario.network,
		peer: null,
		twoWay: scenario.twoWay ?? false,
	};
	return {
		session: createSession(options),
		guide: {kind: 'scenario', scenario, next: 0, marks: [], said: []},
		active: 'client',
		notice: {
			key: 'ui.scenarioStart',
			params: {title: {key: scenario.title}, intro: {key: scenario.intro}},
		},
		options,
	};
}

/** The scenario steps whose moves were undone are to be played again. */
function rewound(guide: ScenarioGuide, steps: number): ScenarioGuide {
	const marks = guide.marks.filter((mark) => mark <= steps);
	return {...guide, marks, next: guide.next - (guide.marks.length - marks.length), said: []};
}

export const scenarioGuide: GuideApi<ScenarioGuide> = {
	guided: false,
	onMove: (session, guide, move) => ({
		session: playFree(session, move),
		guide: {...guide, said: []},
		notice: null,
	}),
	undo(session, guide) {
		const undone = undoFree(session);
		if (!undone) return {refused: {key: 'ui.nothingToUndo'}};
		return {
			session: undone.session,
			guide: rewound(guide, undone.session.steps.length),
			notice: undone.notice,
		};
	},
	next(session, guide) {
		const {scenario} = guide;
		const step = scenario.steps[guide.next];
		const [parsed] = step ? builtInSteps(step.move) : [];
		if (!step || !parsed) {
			return {refused: {key: 'ui.scenarioEnd', params: {outro: {key: scenario.outro}}}};
		}
		const played = play(session, parsed.move, parsed.input);
		const last = guide.next + 1 >= scenario.steps.length;
		const said = [step.say, last ? scenario.outro : undefined].filter((key) => key !== undefined);
		return {
			session: played,
			guide: {
				...guide,
				next: guide.next + 1,
				marks: [...guide.marks, played.steps.length],
				said,
			},
			notice: null,
		};
	},
	hasNext: (_session, guide) => guide.next < guide.scenario.steps.length,
	// Starting over leaves the scenario for the free sandbox, on the scenario's network.
	restart: () => null,
	status: (lang, _session, guide) =>
		guide.said.length > 0
			? {kind: 'verdict', before: guide.said.map((key) => t(lang, key)).join(' ')}
			: {kind: 'verdict'},
	prompt: () => null,
	// Space, while there is a next step, and whatever the sides may do.
	expects: () => null,
	header: () => null,
	setup: () => 0,
};
