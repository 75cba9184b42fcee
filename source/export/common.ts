// What the export formats share: their options, the exchange's title, and how a segment is named.
import {brief, t} from '../i18n/index.js';
import type {ScriptOptions} from '../script/run-script.js';
import {actionName} from '../tcp/explain.js';
import type {Happening} from '../tcp/machine.js';
import {seqDiff} from '../tcp/segment.js';
import type {Session, Step} from '../tcp/session.js';

/** What the formats read of the script options: the TUI has these without a script. */
export type ExportOptions = Pick<
	ScriptOptions,
	'steps' | 'scenario' | 'absolute' | 'ascii' | 'width'
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
function movesOf(session: Session): string {
	return session.steps
		.map((step) => (step.byPeer ? t('export.byPeer', {input: step.input}) : step.input))
		.join(' ');
}

export function titleOf(session: Session, options: ExportOptions): string {
	if (options.scenario) return options.scenario.title;
	const exchange = movesOf(session);
	return exchange === '' ? t('export.title') : t('export.titleOf', {exchange});
}

/** Relative to the ISN in force, signed, as the ladder numbers it; raw with `absolute`. */
export function relativeTo(value: number, base: number | null, absolute: boolean): number {
	return absolute || base === null ? value : seqDiff(base, value);
}

/** "(resent)" or "(auto)", as the ladder tags a segment; '' for an ordinary one. */
export function tagOf(happening: Pick<Happening, 'auto' | 'retransmission'>): string {
	if (happening.retransmission) return t('ladder.retransmission');
	return happening.auto ? t('ladder.auto') : '';
}

/** A rejected step in the ladder's words: "FIN rejected: no connection to close". */
export function rejectedText(step: Step): string {
	const {verdict} = step.result;
	const reason = verdict.ok ? '' : brief(verdict.because.key);
	return t('ladder.rejected', {action: actionName(step.move.action.type), reason});
}

/** What a step without a segment did, in the ladder's short words ("2MSL timer expired"). */
export function localText(happening: Happening, step: Step): string {
	const note = happening.notes[0];
	return (note ? brief(note.key) : '') || actionName(step.move.action.type);
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

/** The warning, in the language of the moment. */
export function twoWayWarning(): string {
	return t('export.twoWay');
}
