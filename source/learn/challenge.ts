// What a challenge is: a goal the engine checks, reached in as few moves as the student can.
import type {MessageKey} from '../i18n/index.js';
import type {NetworkMode} from '../tcp/machine.js';
import type {Session} from '../tcp/session.js';

export type Challenge = {
	readonly name: string;
	readonly title: MessageKey;
	readonly goal: MessageKey;
	readonly network: NetworkMode;
	/** Moves played before the student starts, in script syntax (e.g. an open connection). */
	readonly setup?: string;
	/** The par solution, in script syntax; par is its number of moves. */
	readonly solution: string;
	/** Whether the session, setup included, has reached the goal. */
	readonly done: (session: Session) => boolean;
};
