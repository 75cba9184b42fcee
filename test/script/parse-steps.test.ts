import {describe, expect, test} from 'vitest';
import {parseSteps} from '../../source/script/parse-steps.js';
import {actionTypes} from '../../source/tcp/machine.js';
import {usageErrorOf} from '../helpers/usage-error.js';

/** The UsageError a call throws; fails the test if it throws nothing or something else. */

const validActions = 'syn, ack, fin, rst, data, listen, timeout';

describe('parseSteps accepts', () => {
	test('short sides, separated by spaces and commas', () => {
		expect(parseSteps('en', 'c:syn s:syn,c:ack')).toEqual([
			{input: 'client:syn', move: {side: 'client', action: {type: 'syn'}}},
			{input: 'server:syn', move: {side: 'server', action: {type: 'syn'}}},
			{input: 'client:ack', move: {side: 'client', action: {type: 'ack'}}},
		]);
	});

	test('long sides and any letter case', () => {
		expect(parseSteps('en', 'client:SYN server:ack')).toEqual([
			{input: 'client:syn', move: {side: 'client', action: {type: 'syn'}}},
			{input: 'server:ack', move: {side: 'server', action: {type: 'ack'}}},
		]);
	});

	test('data with a length', () => {
		expect(parseSteps('en', 'c:data:200')).toEqual([
			{input: 'client:data:200', move: {side: 'client', action: {type: 'data', length: 200}}},
		]);
	});

	test('data without a length sends 100 bytes', () => {
		expect(parseSteps('en', 's:data')).toEqual([
			{input: 'server:data', move: {side: 'server', action: {type: 'data', length: 100}}},
		]);
	});

	test('data lengths 1 and 65535', () => {
		expect(parseSteps('en', 'c:data:1 s:data:65535').map((step) => step.input)).toEqual([
			'client:data:1',
			'server:data:65535',
		]);
	});

	test('every action', () => {
		const steps = parseSteps('en', actionTypes.map((type) => `c:${type}`).join(' '));
		expect(steps.map((step) => step.move.action.type)).toEqual([...actionTypes]);
	});

	test('leading, trailing and repeated separators', () => {
		expect(parseSteps('en', '  c:syn ,, \t s:syn\n').map((step) => step.input)).toEqual([
			'client:syn',
			'server:syn',
		]);
	});
});

describe('parseSteps rejects', () => {
	test.each(['x:syn', 'cl:syn', 'both:ack', ':syn', 'c:', 'c', 'syn'])(
		'bad side or missing action %j, naming the token and the valid sides',
		(token) => {
			const error = usageErrorOf(() => parseSteps('en', `c:syn ${token} s:syn`));
			expect(error.message).toContain(`bad step '${token}'`);
			expect(error.message).toContain('client, c, server, s or net');
			expect(error.exitCode).toBe(2);
		},
	);

	test.each([
		['c:jump', 'jump'],
		['s:close', 'close'],
		['client:syncc', 'syncc'],
	])('unknown action in %j, naming it and listing the valid ones', (token, action) => {
		const error = usageErrorOf(() => parseSteps('en', `c:syn ${token}`));
		expect(error.message).toContain(`unknown action '${action}'`);
		expect(error.message).toContain(`'${token}'`);
		expect(error.message).toContain(`(valid: ${validActions})`);
		expect(error.exitCode).toBe(2);
	});

	test.each(['0', '65536', 'x', '', '-1', '1.5', '1e2'])('data length %j', (amount) => {
		const token = `c:data:${amount}`;
		const error = usageErrorOf(() => parseSteps('en', token));
		expect(error.message).toContain(`bad data length '${amount}'`);
		expect(error.message).toContain(`'${token}'`);
		expect(error.message).toContain('1 to 65535');
		expect(error.exitCode).toBe(2);
	});

	test.each(['c:syn:5', 's:ack:1', 'c:data:1:2'])('a length where none belongs: %j', (token) => {
		const error = usageErrorOf(() => parseSteps('en', token));
		expect(error.message).toContain(`bad step '${token}'`);
		expect(error.message).toContain('only data takes a length');
	});

	test.each(['', '   ', ' , ,\n'])('an empty script %j', (script) => {
		const error = usageErrorOf(() => parseSteps('en', script));
		expect(error.message).toContain('--script needs at least one step');
		expect(error.exitCode).toBe(2);
	});
});
