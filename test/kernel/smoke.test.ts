// The packetdrill harness itself, on hand-written scripts against the real Linux kernel: what must
// pass passes, and what is wrong fails with packetdrill's reason. The kernel is the server; each
// script runs in a network namespace of its own. Needs root, /dev/net/tun, unshare and packetdrill
// (scripts/build-packetdrill.sh; .ci/run sets TCP_TUI_REQUIRE_PACKETDRILL=1, where nothing skips).
import {beforeAll, describe, it} from 'vitest';
import {packetdrillTests, runPacketdrill} from '../helpers/packetdrill.js';

const {skipReason, requireSetup} = packetdrillTests('test/kernel/smoke.test.ts');

const listen = `
0   socket(..., SOCK_STREAM, IPPROTO_TCP) = 3
+0  setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0
+0  bind(3, ..., ...) = 0
+0  listen(3, 1) = 0
`;

const handshake = `${listen}
+0  < S 0:0(0) win 65535 <mss 1460>
+0  > S. 0:0(0) ack 1 <...>
+0  < . 1:1(0) ack 1 win 65535
+0  accept(3, ..., ...) = 4
`;

const passing = {
	'three-way handshake, then accept()': handshake,
	// Linux delays the ACK of a FIN received in ESTABLISHED to a timer tick (2 to 8 ms measured at
	// HZ=250), so that line is a range rather than +0.
	'the client closes first: FIN, ACK, then the server closes (four segments)': `${handshake}
+0  < F. 1:1(0) ack 1 win 65535
+0~+0.25  > . 1:1(0) ack 2
+0  read(4, ..., 100) = 0
+0  close(4) = 0
+0  > F. 1:1(0) ack 2
+0  < . 2:2(0) ack 2 win 65535
`,
	'a SYN to a closed port is refused with RST,ACK': `
0   < S 0:0(0) win 65535 <mss 1460>
+0  > R. 0:0(0) ack 1
`,
} as const;

describe.skipIf(skipReason !== undefined)(
	`packetdrill against the Linux kernel${skipReason ? ` — skipped: ${skipReason}` : ''}`,
	() => {
		beforeAll(() => {
			requireSetup();
		});

		// The scripts are independent: they run side by side (runPacketdrill bounds how many).

		for (const [name, script] of Object.entries(passing)) {
			it.concurrent(name, async ({expect}) => {
				const run = await runPacketdrill(script);
				expect(run.ok, `${run.output}\n--- script ---${script}`).toBe(true);
			});
		}

		it.concurrent('a wrong script fails, and says where (the harness can fail)', async ({
			expect,
		}) => {
			// A listener answers a SYN with SYN,ACK, not with RST.
			const run = await runPacketdrill(`${listen}
+0  < S 0:0(0) win 65535 <mss 1460>
+0  > R. 0:0(0) ack 1
`);
			expect(run.ok).toBe(false);
			expect(run.code).toBe(1);
			expect(run.output).toMatch(/script\.pkt:\d+: error handling packet/);
			expect(run.output).toMatch(/actual packet: .* S\. /);
		});

		it.concurrent('a run that does not end is killed at its timeout, and fails', async ({
			expect,
		}) => {
			// packetdrill would wait 60 s for this SYN,ACK that never comes.
			const run = await runPacketdrill(
				`${listen}
+60 > S. 0:0(0) ack 1 <...>
`,
				{timeoutMs: 1000},
			);
			expect(run).toMatchObject({ok: false, code: null});
			expect(run.output).toContain('no result after 1000 ms');
		});
	},
);
