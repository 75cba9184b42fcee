// The guides behind one interface: a lesson, a challenge or a scenario, whichever is on the screen.
import type {Session, SessionOptions} from '../tcp/session.js';
import {beginChallenge, type ChallengeGuide, challengeGuide} from './challenge-guide.js';
import {challengeNamed} from './challenges.js';
import type {Begun, GuideApi} from './guide-api.js';
import {beginLesson, type LessonGuide, lessonGuide} from './lesson-guide.js';
import {lessonNamed} from './lessons.js';
import {beginScenario, type ScenarioGuide, scenarioGuide} from './scenario-guide.js';
import {type Scenario, scenarioNamed} from './scenarios.js';

export type {Achievement, Begun, Changed, GuideStatus, Notice} from './guide-api.js';
export {noticeText} from './guide-api.js';

export type Guide = LessonGuide | ChallengeGuide | ScenarioGuide;

const apis: {readonly [Kind in Guide['kind']]: GuideApi<Extract<Guide, {kind: Kind}>>} = {
	lesson: lessonGuide,
	challenge: challengeGuide,
	scenario: scenarioGuide,
};

/** The interface for a guide of any kind; what it returns is a guide of that same kind. */
export function guideApi(guide: Guide): GuideApi<Guide> {
	// Each API is only ever given guides of its own kind, as the lookup by kind ensures.
	return apis[guide.kind] as GuideApi<Guide>;
}

/** A lesson, challenge or scenario by name, from its start; undefined when none has that name. */
export function beginGuide(
	kind: Guide['kind'],
	name: string,
	options: SessionOptions,
): Begun<Guide> | undefined {
	switch (kind) {
		case 'lesson': {
			const lesson = lessonNamed(name);
			return lesson && beginLesson(lesson, options);
		}
		case 'challenge': {
			const challenge = challengeNamed(name);
			return challenge && beginChallenge(challenge, options);
		}
		case 'scenario': {
			const scenario = scenarioNamed(name);
			return scenario && beginScenario(scenario, options);
		}
	}
}

export function beginScenarioGuide(scenario: Scenario, options: SessionOptions): Begun<Guide> {
	return beginScenario(scenario, options);
}

/**
 * The session as the student made it: the steps a guide's setup played are not drawn as if the
 * student had made them; the diagram starts from the states they reached.
 */
export function studentSession(session: Session, guide: Guide | null): Session {
	const base = guide ? guideApi(guide).setup(guide) : 0;
	const start = session.steps[base - 1];
	if (!start) return session;
	return {
		initial: start.result.connection,
		network: session.network,
		peer: session.peer,
		twoWay: session.twoWay,
		steps: session.steps.slice(base),
		connection: session.connection,
		inFlight: session.inFlight,
	};
}
