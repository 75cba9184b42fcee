// A lesson on the sandbox screen: only the step's move is played; any other key is explained.
import {t} from '../i18n/index.js';
import {actionKeys} from '../keys.js';
import type {Lesson} from '../lessons/lesson.js';
import {type ParsedStep, parseSteps} from '../script/parse-steps.js';
import {actionName, explain, joinSentences} from '../tcp/explain.js';
import type {Move, Verdict} from '../tcp/machine.js';
import {message} from '../tcp/message.js';
import {
	createSession,
	type NetMove,
	play,
	type Session,
	type SessionOptions,
} from '../tcp/session.js';

export type LessonGuide = {
	readonly kind: 'lesson';
	readonly lesson: Lesson;
	/** The step the student makes next; steps.length once the lesson is over. */
	readonly step: number;
	/** The engine's verdict on the last key that was not this step's, until the right one. */
	readonly wrong: Verdict | null;
};

export function lessonSession(lesson: Lesson, options: SessionOptions): Session {
	const session = createSession({
		...options,
		network: lesson.network,
		peer: null,
		twoWay: lesson.twoWay ?? false,
	});
	const setup = lesson.setup ? parseSteps(lesson.setup) : [];
	return setup.reduce((played, step) => play(played, step.move, step.input), session);
}

export function lessonStep(lesson: Lesson, index: number): ParsedStep | undefined {
	const step = lesson.steps[index];
	return step ? parseSteps(step.move)[0] : undefined;
}

export function sameMove(a: Move | NetMove, b: Move | NetMove): boolean {
	if (a.side === 'net' && b.side === 'net') {
		return a.action.type === b.action.type && a.action.index === b.action.index;
	}
	return a.side === b.side && a.action.type === b.action.type;
}

const netKeys = {deliver: '⏎', drop: 'x', dup: '+'} as const;

/** "Press s (SYN) on the client." */
export function pressText(move: Move | NetMove): string {
	if (move.side === 'net') {
		return t('mode.pressNet', {
			key: netKeys[move.action.type],
			action: actionName(move.action.type),
		});
	}
	return t('mode.press', {
		key: actionKeys[move.action.type],
		action: actionName(move.action.type),
		me: move.side,
	});
}

export type Attempt = {
	readonly session: Session;
	readonly guide: LessonGuide;
	readonly advanced: boolean;
};

/** The student pressed a move's key: the step's move is played, anything else only explained. */
export function attempt(session: Session, guide: LessonGuide, move: Move | NetMove): Attempt {
	const expected = lessonStep(guide.lesson, guide.step);
	if (expected && sameMove(move, expected.move)) {
		return {
			session: play(session, expected.move, expected.input),
			guide: {...guide, step: guide.step + 1, wrong: null},
			advanced: true,
		};
	}
	const tried = play(session, move).steps.at(-1);
	const verdict: Verdict = tried?.result.verdict ?? {
		ok: false,
		because: message('mode.lessonOver'),
		validNow: null,
	};
	return {session, guide: {...guide, wrong: verdict}, advanced: false};
}

/** What the status line says during a lesson: the last move, what it proved, and what comes next. */
export function lessonStatus(
	session: Session,
	guide: LessonGuide,
): {text: string; ok: boolean | null} {
	const {lesson, step, wrong} = guide;
	const expected = lessonStep(lesson, step);
	const next = lesson.steps[step];
	const hint = next ? t(next.hint) : t('mode.lessonOver');
	if (wrong) {
		const reason = wrong.ok
			? t('mode.notThisStep', {hint})
			: `${t('ui.rejected')}: ${explain(wrong)}\n${t('mode.lessonHint', {hint})}`;
		return {text: reason, ok: false};
	}
	const ahead =
		next && expected
			? joinSentences([t(next.before), pressText(expected.move)])
			: t('mode.lessonDone', {outro: t(lesson.outro)});
	const done = lesson.steps[step - 1];
	const last = session.steps.at(-1);
	if (!done || !last) {
		return {
			text: `${t('mode.lessonStart', {title: t(lesson.title), intro: t(lesson.intro)})}\n${ahead}`,
			ok: null,
		};
	}
	const after = joinSentences([explain(last.result.verdict), t(done.after)]);
	return {text: `${after}\n${next ? t('mode.next', {before: ahead}) : ahead}`, ok: true};
}
