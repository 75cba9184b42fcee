// Parse script-mode steps such as "c:syn s:syn c:ack c:data:200" into moves.

import {type Language, t} from '../i18n/index.js';
import type {Scenario} from '../learn/scenarios.js';
import {type ActionType, actionOf, actionTypes, type Move, maxDataLength} from '../tcp/machine.js';
import {type NetActionType, netActionTypes} from '../tcp/network.js';
import type {NetMove} from '../tcp/session.js';
import type {Side} from '../tcp/states.js';
import {digitsValue, UsageError} from '../usage-error.js';

const sideNames: Readonly<Record<string, Side>> = {
	client: 'client',
	c: 'client',
	server: 'server',
	s: 'server',
};

export type ParsedStep = {
	readonly input: string;
	readonly move: Move | NetMove;
	/** A scenario's sentence for this step. */
	readonly say?: string;
};

/** net:deliver, net:drop:2, net:dup — the network's moves, K counting from the oldest in flight. */
function parseNetStep(
	lang: Language,
	token: string,
	actionName: string,
	amount: string | undefined,
	rest: string[],
): ParsedStep {
	if (!(netActionTypes as readonly string[]).includes(actionName)) {
		throw new UsageError(
			t(lang, 'cli.step.unknownNetAction', {
				action: actionName,
				step: token,
				valid: netActionTypes.join(', '),
			}),
		);
	}
	const index = amount === undefined ? 1 : digitsValue(amount);
	if (rest.length > 0 || !(index >= 1 && index <= 999)) {
		throw new UsageError(t(lang, 'cli.step.badNet', {step: token, action: actionName}));
	}
	const type = actionName as NetActionType;
	return {input: `net:${type}:${index}`, move: {side: 'net', action: {type, index}}};
}

function parseStep(lang: Language, token: string): ParsedStep {
	const [sideName = '', actionName = '', amount, ...rest] = token.toLowerCase().split(':');
	if (sideName === 'net') return parseNetStep(lang, token, actionName, amount, rest);
	const side = Object.hasOwn(sideNames, sideName) ? sideNames[sideName] : undefined;
	if (side === undefined || actionName === '') {
		throw new UsageError(t(lang, 'cli.step.badSide', {step: token}));
	}
	if (!(actionTypes as readonly string[]).includes(actionName)) {
		throw new UsageError(
			t(lang, 'cli.step.unknownAction', {
				action: actionName,
				step: token,
				valid: actionTypes.join(', '),
			}),
		);
	}
	const type = actionName as ActionType;
	if (rest.length > 0 || (amount !== undefined && type !== 'data')) {
		throw new UsageError(t(lang, 'cli.step.lengthOnlyData', {step: token}));
	}
	if (amount === undefined) return {input: `${side}:${type}`, move: {side, action: actionOf(type)}};
	const length = digitsValue(amount);
	if (!(length >= 1 && length <= maxDataLength)) {
		throw new UsageError(
			t(lang, 'cli.step.badLength', {length: amount, step: token, max: maxDataLength}),
		);
	}
	return {input: `${side}:data:${length}`, move: {side, action: actionOf('data', length)}};
}

/** The steps a user wrote; a mistake is a usage error, said in `lang`. */
export function parseSteps(lang: Language, script: string): ParsedStep[] {
	const tokens = script.split(/[\s,]+/).filter(Boolean);
	if (tokens.length === 0) throw new UsageError(t(lang, 'cli.step.none'));
	return tokens.map((token) => parseStep(lang, token));
}

/**
 * The steps of a script the program itself holds (a lesson's setup, a challenge's solution, a
 * scenario's move): a mistake in one is a bug, and is reported in English like any other.
 */
export function builtInSteps(script: string): ParsedStep[] {
	return parseSteps('en', script);
}

/** A scenario's moves as steps, each with its narration in `lang`. */
export function scenarioSteps(lang: Language, scenario: Scenario): ParsedStep[] {
	return scenario.steps.map((step) => {
		const [parsed] = builtInSteps(step.move);
		if (!parsed) throw new Error(`scenario ${scenario.name}: empty step`);
		return step.say ? {...parsed, say: t(lang, step.say)} : parsed;
	});
}
