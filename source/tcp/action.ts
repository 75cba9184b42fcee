// What a student can make an endpoint do: the user calls and the timer, below both the state
// machine (machine.ts) and the moves that carry them out (moves.ts), which both need them.

export const actionTypes = ['syn', 'ack', 'fin', 'rst', 'data', 'listen', 'timeout'] as const;
export type ActionType = (typeof actionTypes)[number];

export const defaultDataLength = 100;
export const maxDataLength = 65_535;

export type Action =
	| {readonly type: Exclude<ActionType, 'data'>}
	| {readonly type: 'data'; readonly length: number};

export function actionOf(type: ActionType, length = defaultDataLength): Action {
	return type === 'data' ? {type, length} : {type};
}
