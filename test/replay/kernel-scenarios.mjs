// Real TCP connections for the replay's kernel tests, run by `node kernel-scenarios.mjs NAME HOST
// READY` inside a private network namespace while tcpdump captures. When the connection has
// reached the state the test wants `ss` to see, the script creates the file READY and waits.
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import net from 'node:net';

const [name = '', host = '127.0.0.1', ready = 'ready'] = process.argv.slice(2);
const port = 8080;
const later = (ms, run) => setTimeout(run, ms);

/** The state to observe is reached: tell the shell, then stay alive until it ends the process. */
function done(after = 150) {
	later(after, () => {
		writeFileSync(ready, '');
		setInterval(() => {}, 1000);
	});
}

/** A listening server whose accepted connection `onConnection` drives, and a client to it. */
function pair(onConnection, onClient, {allowHalfOpen = true} = {}) {
	const server = net.createServer({allowHalfOpen}, onConnection);
	server.listen(port, host, () => {
		const client = net.connect({port, host, allowHalfOpen}, () => onClient(client));
		client.on('data', () => {});
		client.on('end', () => {});
		client.on('error', () => {});
	});
}

const scenarios = {
	// The client closes first, the server a little later: four segments, the client in TIME_WAIT.
	clientClose() {
		pair(
			(socket) => {
				socket.on('data', () => socket.write('hi'));
				socket.on('end', () => later(50, () => socket.end()));
			},
			(client) => {
				client.write('hello');
				later(50, () => client.end());
				client.on('close', () => done());
			},
		);
	},
	// The server closes first: it ends in TIME_WAIT.
	serverClose() {
		pair(
			(socket) => {
				socket.on('data', () => {});
				later(50, () => socket.end('bye'));
			},
			(client) => {
				client.on('end', () => later(50, () => client.end()));
				client.on('close', () => done());
			},
		);
	},
	// The server closes as soon as the client's FIN arrives, within Linux's delayed ACK, so that
	// its FIN carries the ACK of the client's: three segments.
	threeWay() {
		pair(
			(socket) => {
				// Answering each request puts Linux in its interactive mode, where ACKs wait a little.
				socket.on('data', () => socket.write('pong'));
				socket.on('end', () => socket.end());
			},
			(client) => {
				let answers = 0;
				client.write('ping');
				client.on('data', () => {
					answers++;
					if (answers < 3) later(5, () => client.write('ping'));
					else later(5, () => client.end());
				});
				client.on('close', () => done());
			},
		);
	},
	// The client sends its request and half-closes; the server answers in three pieces, then closes.
	halfClose() {
		pair(
			(socket) => {
				socket.on('data', () => {});
				socket.on('end', () => {
					socket.write('part one;');
					later(20, () => socket.write('part two;'));
					later(40, () => socket.end('part three.'));
				});
			},
			(client) => {
				client.write('request');
				later(30, () => client.end());
				client.on('close', () => done());
			},
		);
	},
	// Nobody listens on the port: the SYN is answered with RST.
	refused() {
		const client = net.connect({port: port + 1, host});
		client.on('error', () => done());
	},
	// The server aborts (SO_LINGER 0): its RST ends the connection on both sides.
	reset() {
		pair(
			(socket) => {
				socket.on('data', () => socket.resetAndDestroy());
				socket.on('error', () => {});
			},
			(client) => {
				client.write('hello');
				client.on('close', () => done());
			},
		);
	},
	// Still open when the capture ends: both ends ESTABLISHED.
	open() {
		pair(
			(socket) => {
				socket.on('data', () => socket.write('pong'));
			},
			(client) => {
				client.write('ping');
				done(200);
			},
		);
	},
	// The server has closed, the client has not: FIN_WAIT_2 and CLOSE_WAIT.
	halfOpen() {
		pair(
			(socket) => {
				socket.on('data', () => {});
				later(50, () => socket.end());
			},
			() => done(300),
		);
	},
	// Both FINs leave before either arrives: a token bucket on lo holds each packet for a while,
	// so both sides go FIN_WAIT_1 → CLOSING → TIME_WAIT.
	simultaneous() {
		pair(
			(socket) => {
				socket.on('data', () => {});
				later(100, () => {
					execFileSync('tc', [
						'qdisc',
						'add',
						'dev',
						'lo',
						'root',
						'tbf',
						'rate',
						'8kbit',
						'burst',
						'200',
						'latency',
						'5s',
					]);
					// A small segment first empties the bucket, so that neither FIN can leave at once.
					clientSocket.write('x'.repeat(100));
					clientSocket.end();
					socket.end();
				});
			},
			(client) => {
				clientSocket = client;
				client.on('close', () => done(300));
			},
		);
	},
};

let clientSocket;
const scenario = scenarios[name];
if (!scenario) {
	console.error(`unknown scenario ${name}`);
	process.exit(2);
}
scenario();
