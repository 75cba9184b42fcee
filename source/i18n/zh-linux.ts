// Chinese notes on where Linux goes beyond RFC 9293's minimum.
import type {enLinux} from './en-linux.js';

export const zhLinux = {
	'linux.listen':
		'在 Linux 上：监听套接字一直处于 LISTEN（ss 可以看到）；SYN 另建一个处于 SYN-RECV 的新套接字，内核立即发送它的 SYN,ACK。',
	'linux.finAck':
		'在 Linux 上：FIN 的 ACK 会等几毫秒（这里测得 3 到 8 毫秒，收到过数据之后约 40 毫秒）。如果应用在这段时间内关闭，ACK 就搭在它的 FIN 上，三个报文段就关闭了连接。',
	'linux.quickAck':
		'在 Linux 上：第一个数据报文段会立即用一个单独的 ACK 确认，而不是等着搭在回复上。',
	'linux.halfClose':
		'在 Linux 上：发出 FIN 之后还要接收，需要用 shutdown(SHUT_WR)。如果调用的是 close()，Linux 会用 RST 回应新到的数据，这正是 RFC 9293 3.6.1 在数据会丢失时的建议。',
	'linux.timeWait':
		'在 Linux 上：TIME_WAIT 固定持续 60 秒，与 MSL 无关（用 ss -o 可以看到它还剩 59 秒的计时器）。',
	'linux.isn':
		'在 Linux 上：ISN 由时钟加上对地址的带密钥散列得出（RFC 9293 3.4.1）；同一对端口上的新连接比上一个高 891 到 2218，而不是 64,000。',
	'linux.notesOn': 'Linux 注释已打开：Linux 与 RFC 最低要求不同的地方，会有一行“在 Linux 上”。',
	'linux.notesOff': 'Linux 注释已关闭（按 L 重新打开）。',
} as const satisfies Record<keyof typeof enLinux, string>;
