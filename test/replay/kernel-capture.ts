// Capture real kernel connections for the replay tests: tcpdump on the loopback of a private
// network namespace (`unshare --net`), a scenario of test/replay/kernel-scenarios.mjs, and `ss -tan`
// at the moment the scenario reaches the state to check. Skips with a reason without root,
// tcpdump or namespaces, as test/helpers/tmux.ts does without tmux, unless
// TCP_TUI_REQUIRE_TCPDUMP=1 (.ci/run sets it).
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {limited} from '../helpers/limit.js';

const execFileAsync = promisify(execFile);

const scenarios = fileURLToPath(new URL('kernel-scenarios.mjs', import.meta.url));

function missingPrerequisite(): string | undefined {
	if (process.platform !== 'linux') return 'kernel captures need Linux';
	if (process.getuid?.() !== 0)
		return 'kernel captures need root (a network namespace and tcpdump)';
	for (const tool of ['tcpdump', 'ss', 'ip']) {
		try {
			execFileSync('sh', ['-c', `command -v ${tool}`], {stdio: 'ignore'});
		} catch {
			return `${tool} is not installed (apt-get install tcpdump iproute2)`;
		}
	}
	try {
		execFileSync('unshare', ['--net', 'true'], {stdio: 'ignore', timeout: 5000});
	} catch {
		return '`unshare --net` does not work here (util-linux missing, or no CAP_SYS_ADMIN)';
	}
	return undefined;
}

export type CaptureTests = {
	readonly skipReason: string | undefined;
	readonly requireSetup: () => void;
};

export function kernelCaptureTests(file: string): CaptureTests {
	const required = process.env['TCP_TUI_REQUIRE_TCPDUMP'] === '1';
	const missing = missingPrerequisite();
	const skipReason = missing && !required ? missing : undefined;
	if (skipReason) console.warn(`${file} skipped: ${skipReason}`);
	return {
		skipReason,
		requireSetup() {
			if (missing) throw new Error(`${missing}; .ci/run installs tcpdump`);
		},
	};
}

export type Capture = {
	readonly pcap: Buffer;
	/** `ss -tan` in the namespace when the scenario reached its state. */
	readonly ss: string;
	/** What tcpdump said: the link type, and how many packets it captured and dropped. */
	readonly tcpdump: string;
};

export type CaptureOptions = {
	readonly host?: '127.0.0.1' | '::1';
	readonly iface?: 'lo' | 'any';
	/** tcpdump -y: LINUX_SLL for the cooked v1 header (on `any`, v2 is the default). */
	readonly linkType?: 'LINUX_SLL';
};

function script(directory: string, name: string, options: CaptureOptions): string {
	const {host = '127.0.0.1', iface = 'lo', linkType} = options;
	const q = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
	return `set -u
cd ${q(directory)}
ip link set lo up
tcpdump -i ${iface} ${linkType ? `-y ${linkType}` : ''} -B 16384 --immediate-mode -U -s 0 -w capture.pcap tcp 2> tcpdump.err &
dump=$!
for i in $(seq 200); do grep -q 'listening on' tcpdump.err && break; sleep 0.05; done
sleep 0.2
${q(process.execPath)} ${q(scenarios)} ${q(name)} ${q(host)} ready &
scenario=$!
for i in $(seq 300); do [ -e ready ] && break; sleep 0.05; done
sleep 0.3
ss -tan > ss.txt
kill -INT $dump; wait $dump
kill $scenario 2>/dev/null; wait $scenario 2>/dev/null
[ -e ready ] || { echo "the scenario never became ready" >&2; exit 1; }
`;
}

/**
 * Captures that run at once. Each is mostly waiting (for tcpdump to listen, for the scenario's
 * timers, for `ss`), in a network namespace of its own, so several can share the CPUs; a few, not
 * all, so that the scenarios' millisecond timings (the three-way close rides on Linux's delayed ACK)
 * are not squeezed by a dozen processes starting together.
 */
const parallelCaptures = Math.max(2, Math.min(4, availableParallelism() * 2));
const slot = limited(parallelCaptures);

/**
 * Run a scenario under tcpdump; again (up to three times) if the kernel dropped a packet. The
 * 16 MiB buffer (-B) matters for `-i any -y LINUX_SLL`, which dropped a packet one run in two
 * with the default. Asynchronous, a few at a time (see parallelCaptures): the tests start every
 * capture they need together and each waits for its own.
 */
export async function captureKernel(name: string, options: CaptureOptions = {}): Promise<Capture> {
	let last = '';
	for (let attempt = 0; attempt < 3; attempt++) {
		const capture = await slot(async () => {
			const directory = mkdtempSync(path.join(tmpdir(), 'tcp-tui-replay-'));
			try {
				writeFileSync(path.join(directory, 'run.sh'), script(directory, name, options));
				await execFileAsync('unshare', ['--net', 'bash', path.join(directory, 'run.sh')], {
					timeout: 30_000,
				});
				const tcpdump = readFileSync(path.join(directory, 'tcpdump.err'), 'utf8');
				last = tcpdump;
				const dropped = Number(/(\d+) packets? dropped by kernel/.exec(tcpdump)?.[1] ?? '0');
				if (dropped > 0) return undefined;
				return {
					pcap: readFileSync(path.join(directory, 'capture.pcap')),
					ss: readFileSync(path.join(directory, 'ss.txt'), 'utf8'),
					tcpdump,
				};
			} finally {
				rmSync(directory, {recursive: true, force: true});
			}
		});
		if (capture) return capture;
	}
	throw new Error(`tcpdump kept dropping packets:\n${last}`);
}

/** ss's name for a state, as `ss -tan` prints it. */
export const ssNames = {
	CLOSED: null,
	LISTEN: 'LISTEN',
	SYN_SENT: 'SYN-SENT',
	SYN_RECEIVED: 'SYN-RECV',
	ESTABLISHED: 'ESTAB',
	FIN_WAIT_1: 'FIN-WAIT-1',
	FIN_WAIT_2: 'FIN-WAIT-2',
	CLOSE_WAIT: 'CLOSE-WAIT',
	CLOSING: 'CLOSING',
	LAST_ACK: 'LAST-ACK',
	TIME_WAIT: 'TIME-WAIT',
} as const;

/** The state ss showed for the socket at `local` connected to `peer`, or null for none. */
export function ssState(ss: string, local: string, peer: string): string | null {
	for (const line of ss.split('\n').slice(1)) {
		const [state, , , from, to] = line.trim().split(/\s+/);
		if (from === local && to === peer) return state ?? null;
	}
	return null;
}
