// Parse script-mode steps such as "c:syn s:syn c:ack c:data:200" into moves.

import {t} from '../i18n/index.js';
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
	token: string,
	actionName: string,
	amount: string | undefined,
	rest: string[],
): ParsedStep {
	if (!(netActionTypes as readonly string[]).includes(actionName)) {
		throw new UsageError(
			t('cli.step.unknownNetAction', {
				action: actionName,
				step: token,
				valid: netActionTypes.join(', '),
			}),
		);
	}
	const index = amount === undefined ? 1 : digitsValue(amount);
	if (rest.length > 0 || !(index >= 1 && index <= 999)) {
		throw new UsageError(t('cli.step.badNet', {step: token, action: actionName}));
	}
	const type = actionName as NetActionType;
	return {input: `net:${type}:${index}`, move: {side: 'net', action: {type, index}}};
}

function parseStep(token: string): ParsedStep {
	const [sideName = '', actionName = '', amount, ...rest] = token.toLowerCase().split(':');
	if (sideName === 'net') return parseNetStep(token, actionName, amount, rest);
	const side = Object.hasOwn(sideNames, sideName) ? sideNames[sideName] : undefined;
	if (side === undefined || actionName === '') {
		throw new UsageError(t('cli.step.badSide', {step: token}));
	}
	if (!(actionTypes as readonly string[]).includes(actionName)) {
		throw new UsageError(
			t('cli.step.unknownAction', {action: actionName, step: token, valid: actionTypes.join(', ')}),
		);
	}
	const type = actionName as ActionType;
	if (rest.length > 0 || (amount !== undefined && type !== 'data')) {
		throw new UsageError(t('cli.step.lengthOnlyData', {step: token}));
	}
	if (amount === undefined) return {input: `${side}:${type}`, move: {side, action: actionOf(type)}};
	const length = digitsValue(amount);
	if (!(length >= 1 && length <= maxDataLength)) {
		throw new UsageError(
			t('cli.step.badLength', {length: amount, step: token, max: maxDataLength}),
		);
	}
	return {input: `${side}:data:${length}`, move: {side, action: actionOf('data', length)}};
}

export function parseSteps(script: string): ParsedStep[] {
	const tokens = script.split(/[\s,]+/).filter(Boolean);
	if (tokens.length === 0) throw new UsageError(t('cli.step.none'));
	return tokens.map(parseStep);
}

/** A scenario's moves as steps, each with its narration. */
export function scenarioSteps(scenario: Scenario): ParsedStep[] {
	return scenario.steps.map((step) => {
		const [parsed] = parseSteps(step.move);
		if (!parsed) throw new Error(`scenario ${scenario.name}: empty step`);
		return step.say ? {...parsed, say: step.say} : parsed;
	});
}
