// `replay FILE` among the other tasks: its flags, and the flags it refuses, each in one line.
import {describe, expect, it} from 'vitest';
import {type Flags, parseOptions} from '../../source/options.js';
import {usageErrorOf} from '../helpers/usage-error.js';

const parse = (flags: Flags, input: readonly string[]) =>
	parseOptions('en', flags, input, {}, () => 1);

describe('the replay task', () => {
	it('takes the file, --connection or --port, and a format', () => {
		expect(parse({connection: '2', json: true}, ['replay', 'a.pcap']).task).toEqual({
			kind: 'replay',
			file: 'a.pcap',
			connection: 2,
			port: null,
			format: 'json',
		});
		expect(parse({port: '443'}, ['replay', 'b.pcapng']).task).toMatchObject({
			port: 443,
			format: null,
		});
		const options = parse({format: 'markdown', connection: '1', width: '100', absolute: true}, [
			'replay',
			'c.pcap',
		]);
		expect(options.task).toMatchObject({format: 'markdown'});
		expect(options.width).toBe(100);
		expect(options.absolute).toBe(true);
	});

	it.each([
		[{}, [], /replay needs a capture file/],
		[{}, ['a', 'b'], /one capture file at a time \(given: a b\)/],
		[{connection: '0'}, ['x'], /--connection must be a whole number from 1/],
		[{port: '70000'}, ['x'], /--port must be a whole number from 0 to 65535/],
		[{connection: '1', port: '80'}, ['x'], /--connection and --port cannot be used together/],
		[{format: 'packetdrill', connection: '1'}, ['x'], /--format/],
		[{format: 'mermaid'}, ['x'], /--format mermaid needs a connection/],
		[{json: true, format: 'text', connection: '1'}, ['x'], /--json/],
		[{script: 'c:syn'}, ['x'], /--script cannot be used with replay/],
		[{lesson: 'handshake'}, ['x'], /--lesson cannot be used with replay/],
		[{isnClient: '5'}, ['x'], /--isn-client cannot be used with replay/],
	] as const)('refuses %o %o', (flags, files, pattern) => {
		const error = usageErrorOf(() => parse(flags as Flags, ['replay', ...files]));
		expect(error.message).toMatch(pattern);
		expect(error.exitCode).toBe(2);
	});

	it('refuses --connection and --port without replay', () => {
		expect(usageErrorOf(() => parse({connection: '1'}, [])).message).toMatch(
			/--connection is for replay/,
		);
		expect(usageErrorOf(() => parse({port: '1', script: ''}, [])).message).toMatch(
			/--port is for replay/,
		);
	});
});
