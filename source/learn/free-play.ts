// Moves and undo as the free sandbox makes them, which a challenge and a scenario share: any move is
// played (a rejected one too, to show why), and undo takes back the student's last move with the
// automatic peer's answers to it.
import type {MessageKey} from '../i18n/index.js';
import {actionKey} from '../tcp/explain.js';
import type {Move} from '../tcp/machine.js';
import {type NetMove, play, type Session, type Step, undo} from '../tcp/session.js';
import type {Notice} from './guide-api.js';

export function playFree(session: Session, move: Move | NetMove): Session {
	return play(session, move);
}

function undoneKey(step: Step): MessageKey {
	if (!step.result.verdict.ok) return 'ui.undoneRejected';
	return step.move.side === 'net' ? 'ui.undoneNet' : 'ui.undone';
}

/** The session without its last move, and what to say about it; null when there is nothing to undo. */
export function undoFree(session: Session): {session: Session; notice: Notice} | null {
	const last = session.steps.findLast((step) => !step.byPeer);
	if (!last) return null;
	return {
		session: undo(session),
		notice: {
			key: undoneKey(last),
			params: {me: last.move.side, action: {key: actionKey(last.move.action.type)}},
		},
	};
}
