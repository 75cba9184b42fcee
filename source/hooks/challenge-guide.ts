// A challenge on the sandbox screen: the student plays freely; the engine says when the goal is met.
import type {Challenge} from '../challenges/challenge.js';
import {t} from '../i18n/index.js';
import {parseSteps} from '../script/parse-steps.js';
import {sessionAfter} from '../script/run-script.js';
import {play, type Session, type SessionOptions} from '../tcp/session.js';

export type ChallengeGuide = {
	readonly kind: 'challenge';
	readonly challenge: Challenge;
	/** How many steps the setup played: those are not the student's, and cannot be undone. */
	readonly base: number;
	readonly status: 'playing' | 'solved' | 'shown';
};

export function challengeSession(challenge: Challenge, options: SessionOptions): Session {
	const {network, setup} = challenge;
	return sessionAfter(setup, {...options, network, peer: null, twoWay: false});
}

export function parOf(challenge: Challenge): number {
	return parseSteps(challenge.solution).length;
}

/** The student's accepted moves since the setup; rejected moves change nothing, so they are free. */
export function movesOf(session: Session, base: number): number {
	return session.steps.slice(base).filter((step) => !step.byPeer && step.result.verdict.ok).length;
}

export function solutionSession(challenge: Challenge, options: SessionOptions): Session {
	return parseSteps(challenge.solution).reduce(
		(played, step) => play(played, step.move, step.input),
		challengeSession(challenge, options),
	);
}

export function solvedText(moves: number, par: number): string {
	const verdict =
		moves < par ? t('mode.underPar') : moves === par ? t('mode.atPar') : t('mode.overPar', {par});
	return t('mode.challengeSolved', {moves, par, verdict});
}
