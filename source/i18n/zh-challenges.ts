// Chinese messages for challenges.
import type {enChallenges} from './en-challenges.js';

export const zhChallenges = {
	'challenge.establish.title': '建立连接',
	'challenge.establish.goal': '双方都从 CLOSED 开始。让双方都进入 ESTABLISHED。',

	'challenge.serverCloses.title': '服务器先关闭',
	'challenge.serverCloses.goal':
		'由服务器发送第一个 FIN，最后双方都处于 CLOSED，其间没有 RST，也没有中止。',

	'challenge.clientTimeWait.title': '进入 TIME_WAIT',
	'challenge.clientTimeWait.goal': '让客户端进入 TIME_WAIT。',

	'challenge.refused.title': '连接被拒绝',
	'challenge.refused.goal':
		'让处于 CLOSED 的服务器用 RST 回应客户端的 SYN，由这个 RST 把客户端送回 CLOSED。',

	'challenge.halfClose.title': 'FIN 之后的数据',
	'challenge.halfClose.goal':
		'客户端发送 FIN 之后，服务器在 CLOSE_WAIT 中发送新的数据。然后双方都以 CLOSED 结束，其间没有 RST，也没有中止。',

	'challenge.threeWayClose.title': '用三个报文段关闭',
	'challenge.threeWayClose.goal':
		'恰好用三个报文段关闭：客户端的 FIN、服务器确认它的 FIN,ACK，以及客户端的 ACK。服务器最终处于 CLOSED，客户端处于 CLOSED 或 TIME_WAIT。',

	'challenge.closing.title': '双方同时关闭',
	'challenge.closing.goal': '让任意一方进入 CLOSING。这里报文段会停在途中，直到你投递它们。',
} as const satisfies Record<keyof typeof enChallenges, string>;
