// `npm test`: the typecheck and the lint run beside the test suite, not before it. The suite spends
// much of its time waiting (for the built CLI it spawns, tmux, packetdrill), and the typecheck alone
// took 20 s of a 2-CPU machine's time before the first test. Their output is held back and printed
// after the suite's, so the two never mix; the exit status is non-zero if any of the three failed.
// Arguments go to vitest: `npm test -- test/cli.test.ts`.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(name, command, arguments_, {quiet}) {
	return new Promise((resolve) => {
		const child = spawn(command, arguments_, {
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		});
		let output = '';
		child.stdout?.on('data', (chunk) => {
			output += chunk;
		});
		child.stderr?.on('data', (chunk) => {
			output += chunk;
		});
		child.on('error', (error) => resolve({name, code: 1, output: `${error.message}\n`}));
		child.on('close', (code, signal) => resolve({name, code: code ?? (signal ? 1 : 0), output}));
	});
}

const checks = [
	run('typecheck', bin('tsc'), ['-p', 'tsconfig.json'], {quiet: true}),
	run('lint', bin('biome'), ['check', '.'], {quiet: true}),
];
const suite = await run('tests', bin('vitest'), ['run', ...process.argv.slice(2)], {quiet: false});
const results = [...(await Promise.all(checks)), suite];
for (const {name, code, output} of results.slice(0, 2)) {
	if (code !== 0 || output.trim() !== '') {
		process.stdout.write(`\n${name}${code === 0 ? '' : ' FAILED'}:\n${output}`);
	}
}
const failed = results.filter(({code}) => code !== 0).map(({name}) => name);
if (failed.length > 0) {
	process.stderr.write(`\nnpm test: ${failed.join(', ')} failed\n`);
	process.exit(1);
}
