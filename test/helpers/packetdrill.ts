// Run packetdrill scripts against the real Linux kernel, each in a network namespace of its own
// (`unshare --net`): the host's interfaces and sysctls are never touched, and the TCP sysctls are
// the kernel's defaults. packetdrill makes its own tun device (local 192.168.0.1, remote
// 192.0.2.1) and never uses the loopback, so the new namespace's `lo` may stay down.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {limited} from './limit.js';

const buildScript = fileURLToPath(new URL('../../scripts/build-packetdrill.sh', import.meta.url));

/** The error's own one-line message: a failed command's stderr, else its message. */
function reasonOf(error: unknown): string {
	const stderr = (error as {stderr?: unknown}).stderr;
	const text = typeof stderr === 'string' && stderr.trim() !== '' ? stderr : String(error);
	return text.trim().split('\n').at(-1) ?? text;
}

/** Why packetdrill scripts cannot run here, or undefined: they can. */
function missingPrerequisite(): string | undefined {
	if (process.platform !== 'linux') return 'packetdrill tests need Linux';
	if (process.getuid?.() !== 0) return 'packetdrill needs root (a tun device and a namespace)';
	if (!existsSync('/dev/net/tun'))
		return '/dev/net/tun does not exist (packetdrill needs a tun device)';
	try {
		execFileSync('unshare', ['--net', 'true'], {stdio: 'ignore', timeout: 5000});
	} catch {
		return '`unshare --net` does not work here (util-linux missing, or no CAP_SYS_ADMIN)';
	}
	return undefined;
}

export type Packetdrill = {readonly binary: string} | {readonly missing: string};

let found: Packetdrill | undefined;

/**
 * The packetdrill binary, found or built once (scripts/build-packetdrill.sh keeps the build in
 * .cache/packetdrill/ and honours PACKETDRILL=/path), or why there is none.
 */
export function packetdrill(): Packetdrill {
	if (found) return found;
	const missing = missingPrerequisite();
	if (missing) {
		found = {missing};
		return found;
	}
	try {
		const out = execFileSync('bash', [buildScript], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 300_000,
		});
		found = {binary: out.trim().split('\n').at(-1) ?? ''};
	} catch (error) {
		found = {missing: reasonOf(error)};
	}
	return found;
}

export type PacketdrillTests = {
	/** Why the file's kernel tests are skipped (a prerequisite is missing), or undefined: they run. */
	readonly skipReason: string | undefined;
	/** For beforeAll: fail with the reason when a prerequisite is missing where it is required. */
	readonly requireSetup: () => void;
};

/**
 * Whether the kernel tests of `file` run. Without root, /dev/net/tun, `unshare --net` or a
 * packetdrill binary they are skipped, and the file says why once, unless
 * TCP_TUI_REQUIRE_PACKETDRILL=1 (.ci/run sets it): there they must run, never be skipped.
 */
export function packetdrillTests(file: string): PacketdrillTests {
	const required = process.env['TCP_TUI_REQUIRE_PACKETDRILL'] === '1';
	const have = packetdrill();
	const missing = 'missing' in have ? have.missing : undefined;
	const skipReason = missing && !required ? missing : undefined;
	if (skipReason) console.warn(`${file} skipped: ${skipReason}`);
	return {
		skipReason,
		requireSetup() {
			if (missing) {
				throw new Error(`packetdrill is required (TCP_TUI_REQUIRE_PACKETDRILL=1), but: ${missing}`);
			}
		},
	};
}

export type PacketdrillOptions = {
	/** packetdrill's --tolerance_usecs; left out, packetdrill's own default (4000). */
	readonly tolerance_usecs?: number;
	/** Kill the run after this long, and fail it (default 15 s). */
	readonly timeoutMs?: number;
};

export type PacketdrillRun = {
	/** packetdrill exited 0: every line happened as the script says. */
	readonly ok: boolean;
	/** stdout and stderr as they came, and a line saying so when the run was killed. */
	readonly output: string;
	/** The exit code; null when the run was killed. */
	readonly code: number | null;
};

/**
 * Scripts that run at once. A packetdrill run spends its time waiting for the kernel's answers and
 * for its own script's delays, each in a namespace of its own, so a few side by side finish in a
 * fraction of the time one after another would take, and leave the CPUs idle enough that every
 * run still measures the kernel's timing within its tolerance.
 */
const parallelRuns = Math.max(2, Math.min(4, availableParallelism() + 1));
const slot = limited(parallelRuns);

/**
 * Run one script in a network namespace of its own:
 * `unshare --net packetdrill [--tolerance_usecs=N] file`. Callers may start many at once (with
 * it.concurrent): a few run side by side (parallelRuns), the rest wait their turn, and the timeout
 * counts from a run's own start.
 */
export async function runPacketdrill(
	script: string,
	options: PacketdrillOptions = {},
): Promise<PacketdrillRun> {
	return slot(() => runOne(script, options));
}

async function runOne(
	script: string,
	{tolerance_usecs, timeoutMs = 15_000}: PacketdrillOptions,
): Promise<PacketdrillRun> {
	const have = packetdrill();
	if ('missing' in have) throw new Error(`packetdrill cannot run: ${have.missing}`);
	const dir = mkdtempSync(path.join(tmpdir(), 'tcp-tui-packetdrill-'));
	const file = path.join(dir, 'script.pkt');
	writeFileSync(file, script.endsWith('\n') ? script : `${script}\n`);
	const flags = tolerance_usecs === undefined ? [] : [`--tolerance_usecs=${tolerance_usecs}`];
	try {
		return await new Promise<PacketdrillRun>((resolve, reject) => {
			// unshare execs packetdrill (no --fork), so killing the child kills packetdrill.
			const child = spawn('unshare', ['--net', have.binary, ...flags, file], {
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let output = '';
			let timedOut = false;
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
				output += chunk;
			});
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
				output += chunk;
			});
			const timer = setTimeout(() => {
				timedOut = true;
				child.kill('SIGKILL');
			}, timeoutMs);
			child.on('error', (error) => {
				clearTimeout(timer);
				reject(error);
			});
			child.on('close', (code) => {
				clearTimeout(timer);
				if (timedOut) output += `\npacketdrill killed: no result after ${timeoutMs} ms`;
				resolve({ok: code === 0 && !timedOut, output: output.trim(), code: timedOut ? null : code});
			});
		});
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
