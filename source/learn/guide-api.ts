// What a lesson, a challenge and a scenario have in common on the sandbox screen: one interface the
// screen's reducer talks to, whatever guides the student. Kept apart from guide.ts, which picks the
// implementation, so that the guides and the union of them import nothing from each other.
import type {Command} from '../commands.js';
import {type Language, type MessageKey, t} from '../i18n/index.js';
import type {Move} from '../tcp/machine.js';
import type {NetMove, Session, SessionOptions} from '../tcp/session.js';
import type {Side} from '../tcp/states.js';

/** Something finished that the progress file should remember. A new object each time. */
export type Achievement =
	| {readonly kind: 'lesson'; readonly name: string}
	| {
			readonly kind: 'challenge';
			readonly name: string;
			readonly solved: boolean;
			readonly moves: number;
	  };

/** A notice's parameter: a name or a number as it is, or a message said in the notice's language. */
export type NoticeParam = string | number | {readonly key: MessageKey};

/**
 * A message about the tool itself (undo, toggles), shown instead of the last move's explanation.
 * Keys, not text: the reducer that makes it knows no language; the screen says it in its own.
 */
export type Notice = {
	readonly key: MessageKey;
	readonly params?: Readonly<Record<string, NoticeParam>>;
};

/** A notice in words, its parameters that are messages said first. */
export function noticeText(lang: Language, {key, params = {}}: Notice): string {
	const said = Object.fromEntries(
		Object.entries(params).map(([name, value]) => [
			name,
			typeof value === 'object' ? t(lang, value.key) : value,
		]),
	);
	return t(lang, key, said);
}

/** A guide from its start: the session it plays on and the side the keys act on first. */
export type Begun<G> = {
	readonly session: Session;
	readonly guide: G;
	readonly active: Side;
	readonly notice: Notice | null;
	/** The sandbox's own settings from now on, when the guide sets them (a scenario's network). */
	readonly options?: SessionOptions;
};

/** A key the guide acted on; `active` when it moves the keys to another side. */
export type Changed<G> =
	| {
			readonly session: Session;
			readonly guide: G;
			readonly active?: Side;
			readonly notice: Notice | null;
			readonly achieved?: Achievement;
	  }
	/** Nothing changes; the notice says why. */
	| {readonly refused: Notice};

/** What the status says while a guide is on. */
export type GuideStatus =
	/** The guide's own words take the whole status: a lesson. */
	| {
			readonly kind: 'own';
			readonly paragraphs: readonly string[];
			readonly mark: 'ok' | 'bad' | null;
			/** The paragraph the last move's "On Linux" note follows, when it is about that move. */
			readonly noteAfter?: number;
	  }
	/** The last move's explanation, with the guide's words before and after it. */
	| {readonly kind: 'verdict'; readonly before?: string; readonly after?: string};

export type GuideHeader = {readonly title: string; readonly progress: string};

/** The one interface: every guide answers the same questions. */
export type GuideApi<G> = {
	/**
	 * A lesson or a challenge: its network and players are fixed (m, p, w and o are refused), n
	 * starts it again, and picking Sandbox in the menu leaves it. A scenario is a script to watch,
	 * among free play.
	 */
	readonly guided: boolean;
	/** A move's key (a side's, or the network's). */
	onMove(session: Session, guide: G, move: Move | NetMove): Changed<G>;
	undo(session: Session, guide: G): Changed<G>;
	/** Space: a scenario's next step, the next lesson once one is done. */
	next(session: Session, guide: G, options: SessionOptions): Changed<G>;
	/** Whether Space has something to do now. */
	hasNext(session: Session, guide: G): boolean;
	/** y after n: the guide from its start again, or null to leave it for a fresh sandbox. */
	restart(guide: G, options: SessionOptions): Begun<G> | null;
	/** `active`: the side the keys act on now. */
	status(lang: Language, session: Session, guide: G, active: Side): GuideStatus;
	/** The key to press next, said after whatever else the status says (a notice, a refusal). */
	prompt(lang: Language, session: Session, guide: G, active: Side): string | null;
	/**
	 * The commands that get the student on, for the footer to keep: a lesson's step (with the
	 * switch to its side first if needed). Null: whatever is valid now.
	 */
	expects(session: Session, guide: G, active: Side): readonly Command[] | null;
	header(lang: Language, session: Session, guide: G): GuideHeader | null;
	/** How many steps were played before the student's first: they are not the student's. */
	setup(guide: G): number;
};
