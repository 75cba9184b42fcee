// What the export formats share: their options, the exchange's title, and how a segment is named.
import {brief, type Language, t} from '../i18n/index.js';
import type {ScriptOptions} from '../script/run-script.js';
import {actionName} from '../tcp/explain.js';
import type {Happening} from '../tcp/machine.js';
import {seqDiff} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';

/** What the formats read of the script options: the TUI has these without a script. */
export type ExportOptions = Pick<
	ScriptOptions,
	'lang' | 'steps' | 'scenario' | 'absolute' | 'ascii' | 'width'
>;

/** The moves as a script would replay them: the automatic peer's steps come by themselves. */
export function exchangeOf(session: Session): string {
	return session.steps
		.filter((step) => !step.byPeer)
		.map((step) => step.input)
		.join(' ');
}

/**
 * Every move of the exchange, the automatic peer's marked as its own: a reader of the handout sees
 * the whole conversation, not only the half that was typed.
 */
function movesOf(lang: Language, session: Session): string {
	return session.steps
		.map((step) => (step.byPeer ? t(lang, 'export.byPeer', {input: step.input}) : step.input))
		.join(' ');
}

export function titleOf(session: Session, options: ExportOptions): string {
	const {lang} = options;
	if (options.scenario) return options.scenario.title;
	const exchange = movesOf(lang, session);
	return exchange === '' ? t(lang, 'export.title') : t(lang, 'export.titleOf', {exchange});
}

/** Relative to the ISN in force, signed, as the ladder numbers it; raw with `absolute`. */
export function relativeTo(value: number, base: number | null, absolute: boolean): number {
	return absolute || base === null ? value : seqDiff(base, value);
}

/** "(resent)" or "(auto)", as the ladder tags a segment; '' for an ordinary one. */
export function tagOf(
	lang: Language,
	happening: Pick<Happening, 'auto' | 'retransmission'>,
): string {
	if (happening.retransmission) return t(lang, 'ladder.retransmission');
	return happening.auto ? t(lang, 'ladder.auto') : '';
}

/** A rejected step in the ladder's words: "FIN rejected: no connection to close". */
export function rejectedText(lang: Language, step: Step): string {
	const {verdict} = step.result;
	const reason = verdict.ok ? '' : brief(lang, verdict.because.key);
	return t(lang, 'ladder.rejected', {action: actionName(lang, step.move.action.type), reason});
}

/** What a step without a segment did, in the ladder's short words ("2MSL timer expired"). */
export function localText(lang: Language, happening: Happening, step: Step): string {
	const note = happening.notes[0];
	return (note ? brief(lang, note.key) : '') || actionName(lang, step.move.action.type);
}

/** The two-way "what if" was on for some of the moves: a handout must not pass it off as TCP. */
export function usesTwoWay(session: Session): boolean {
	return (
		session.twoWay ||
		session.steps.some(
			({result}) => result.connection.client.twoWay || result.connection.server.twoWay,
		)
	);
}

/** The warning that the two-way handshake is not TCP, in `lang`. */
export function twoWayWarning(lang: Language): string {
	return t(lang, 'export.twoWay');
}
