// A challenge on the sandbox screen: the student plays freely; the engine says when the goal is met.
import {type Language, t} from '../i18n/index.js';
import {builtInSteps} from '../script/parse-steps.js';
import {sessionAfter} from '../script/run-script.js';
import {play, type Session, type SessionOptions} from '../tcp/session.js';
import type {Challenge} from './challenge.js';
import {playFree, undoFree} from './free-play.js';
import {type Begun, type Changed, type GuideApi, type Notice, noticeText} from './guide-api.js';

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
	return builtInSteps(challenge.solution).length;
}

/** The student's accepted moves since the setup; rejected moves change nothing, so they are free. */
export function movesOf(session: Session, base: number): number {
	return session.steps.slice(base).filter((step) => !step.byPeer && step.result.verdict.ok).length;
}

export function solutionSession(challenge: Challenge, options: SessionOptions): Session {
	return builtInSteps(challenge.solution).reduce(
		(played, step) => play(played, step.move, step.input),
		challengeSession(challenge, options),
	);
}

export function solvedText(lang: Language, moves: number, par: number): string {
	const verdict =
		moves < par
			? t(lang, 'mode.underPar')
			: moves === par
				? t(lang, 'mode.atPar')
				: t(lang, 'mode.overPar', {par});
	return t(lang, 'mode.challengeSolved', {moves, par, verdict});
}

export function beginChallenge(
	challenge: Challenge,
	options: SessionOptions,
): Begun<ChallengeGuide> {
	const session = challengeSession(challenge, options);
	return {
		session,
		guide: {kind: 'challenge', challenge, base: session.steps.length, status: 'playing'},
		active: 'client',
		notice: goalOf(challenge),
	};
}

function goalOf(challenge: Challenge): Notice {
	return {
		key: 'mode.challengeGoal',
		params: {goal: {key: challenge.goal}, par: String(parOf(challenge))},
	};
}

/** v: the par solution on the board; unless it was solved already, the challenge is then "shown". */
export function showSolution(
	guide: ChallengeGuide,
	options: SessionOptions,
): Changed<ChallengeGuide> {
	const {challenge} = guide;
	const moves = challenge.solution
		.trim()
		.split(/[\s,]+/)
		.join(' ');
	const status = guide.status === 'solved' ? 'solved' : 'shown';
	return {
		session: solutionSession(challenge, options),
		guide: {...guide, status},
		notice: {
			key: status === 'solved' ? 'mode.solutionShownSolved' : 'mode.solutionShown',
			params: {par: String(parOf(challenge)), moves},
		},
		...(status === 'shown'
			? {
					achieved: {
						kind: 'challenge',
						name: challenge.name,
						solved: false,
						moves: parOf(challenge),
					},
				}
			: {}),
	};
}

export const challengeGuide: GuideApi<ChallengeGuide> = {
	guided: true,
	onMove(session, guide, move) {
		const played = playFree(session, move);
		if (guide.status !== 'playing' || !guide.challenge.done(played)) {
			return {session: played, guide, notice: null};
		}
		const moves = movesOf(played, guide.base);
		return {
			session: played,
			guide: {...guide, status: 'solved'},
			notice: null,
			achieved: {kind: 'challenge', name: guide.challenge.name, solved: true, moves},
		};
	},
	undo(session, guide) {
		if (session.steps.length <= guide.base) return {refused: {key: 'mode.cannotUndoSetup'}};
		const undone = undoFree(session);
		return undone
			? {session: undone.session, guide, notice: undone.notice}
			: {refused: {key: 'ui.nothingToUndo'}};
	},
	next: () => ({refused: {key: 'ui.noScenario'}}),
	hasNext: () => false,
	restart: (guide, options) => beginChallenge(guide.challenge, options),
	status(lang, session, guide) {
		// Before the student's first move, the goal.
		if (session.steps.length <= guide.base) {
			return {kind: 'own', paragraphs: [noticeText(lang, goalOf(guide.challenge))], mark: null};
		}
		if (guide.status !== 'solved') return {kind: 'verdict'};
		const moves = movesOf(session, guide.base);
		return {kind: 'verdict', after: solvedText(lang, moves, parOf(guide.challenge))};
	},
	prompt: () => null,
	expects: () => null,
	header: (lang, session, guide) => ({
		title: t(lang, 'mode.challengeHeader', {title: t(lang, guide.challenge.title)}),
		progress: t(lang, 'mode.challengeMoves', {
			moves: movesOf(session, guide.base),
			par: parOf(guide.challenge),
		}),
	}),
	setup: (guide) => guide.base,
};
