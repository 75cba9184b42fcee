// Chinese messages for the export formats. Markdown and Mermaid read them as plain text; a
// packetdrill comment runs to the end of its line, whatever its characters.
import type {enExport} from './en-export.js';

export const zhExport = {
	'export.title': 'TCP 交互',
	'export.titleOf': 'TCP 交互：{exchange}',
	'export.twoWay':
		'假如握手只有两次会怎样？这不是 TCP：回应 SYN 的一方立即进入 ESTABLISHED，不等待 ACK。',
	'export.absolute': '序列号为绝对值。',
	'export.relative':
		'序列号相对于各自的初始序列号（客户端 {client}，服务器 {server}）：SYN 的 seq=0，对它的 ACK 的 ack=1。',
	'export.final': '最终状态：客户端 {client}，服务器 {server}。',

	// What the network did with a segment
	'export.passage.sent': '已发出，在途中',
	'export.passage.arrived': '到达',
	'export.passage.lost': '丢失',
	'export.passage.duplicated': '被网络复制',
	'export.separator': '，',
	'export.labelled': '{label}：{what}',
	'export.lost': '丢失：{label}',
	'export.stillInFlight': '仍在途中：{segments}',
	'export.inFlightItem': '{label}（{me}→{peer}）',

	// The Markdown table
	'export.column.move': '操作',
	'export.column.fromTo': '方向',
	'export.column.flags': '标志',
	'export.column.seq': 'Seq',
	'export.column.ack': 'Ack',
	'export.column.len': 'Len',
	'export.column.clientAfter': '客户端状态',
	'export.column.serverAfter': '服务器状态',
	'export.column.explanation': '说明',
	'export.fromTo': '{me} → {peer}',
	'export.fromToNotes': '{me} → {peer} ({notes})',
	'export.byPeer': '{input}（自动对端）',
	'export.rejected': '被拒绝',
	'export.rejectedWhy': '{cross} {rejected}。{why}',
	'export.noSegment': '{what}（无报文段）',

	// packetdrill's comments
	'export.pd.intro':
		'tcp-tui 交互中服务器一侧的 packetdrill 脚本：被测试的内核是服务器，脚本扮演客户端。',
	'export.pd.exchange': '交互：{exchange}',
	'export.pd.noMoves': '（无操作）',
	'export.pd.checksNothing':
		'这个脚本不检查交互的任何部分：其中没有一个报文段能在内核上重放（见下面标有“无法表达”的行）。',
	'export.pd.checksPart':
		'这个脚本只检查交互的一部分：标有“无法表达”的行无法在内核上重放，packetdrill 会跳过它们。',
	'export.pd.numbers':
		'`<` 行是脚本以客户端身份注入的报文段；`>` 行是内核必须发送的报文段。序列号按 packetdrill 的写法取相对值：客户端从 0 开始，它除 SYN 以外的报文段从打开该连接的 SYN 算起；内核的编号从它的 SYN,ACK 的 ISN 算起，它调用 connect() 时则从它的 SYN 的 ISN 算起；packetdrill 为每个套接字分别学习这个 ISN。',
	'export.pd.linux':
		'Linux 实际的选项和窗口与模型不同：`<...>` 接受内核 SYN,ACK 上的任何选项，不检查内核所发报文段的窗口，客户端的 SYN 只提供 MSS。Linux 还会自行确认，在交互中由服务器决定的地方，它可能延迟或合并 ACK；大于 MSS 的写入会分成多个报文段发出。',
	'export.pd.delays':
		'内核发出的 ACK 前写 `+0~+0.25`：Linux 可能把对数据的 ACK，或对在 ESTABLISHED 状态下到达的 FIN 的 ACK，推迟到延迟确认定时器（几毫秒；数据流动之后约 40 毫秒，最多 200 毫秒），所以这一行允许最多 250 毫秒。Linux 立即回应的地方写 `+0`；`*` 让重传定时器决定时间。',
	'export.pd.oneSocket': 'RFC 9293 中每一方只有一个套接字：一旦 accept，就不再有套接字在监听',
	'export.pd.newListener':
		'回到 LISTEN：packetdrill 对每个套接字只学习一次内核的 ISN，所以由一个新的监听套接字接受下一个连接',
	'export.pd.connect':
		'服务器主动打开：它自己的一个套接字调用 connect()（非阻塞，脚本得以继续），由内核发出 SYN',
	'export.pd.shutdown':
		'客户端可能还会发送：shutdown(SHUT_WR) 发出 FIN，并让套接字仍可读取（close() 之后，到达的数据会引来 RST）',
	'export.pd.bothFins': '双方的 FIN 都已发出：服务器完成了，关闭它的套接字',
	'export.pd.reset': 'RST 重置了套接字：应用程序在下一次调用时得知',
	'export.pd.synAckAcked':
		'Linux 立即确认这个 SYN,ACK：它的 SYN 重复了已经收到的那个（tcp-tui 只是把它裁掉）',
	'export.pd.synAgain':
		'这里 Linux 与模型不同：它已经回应过的 SYN 在 SYN_RECEIVED 状态下再次到达时，它会再发一次 SYN,ACK（tcp_check_req），而 RFC 9293 的序列号检查和 tcp-tui 都以 ACK 回应',
	'export.pd.modelSends': 'tcp-tui 发出：{line}',
	'export.pd.linuxAcks':
		'Linux 自行确认这些数据，立即或在延迟确认定时器到期时；tcp-tui 中的服务器仍欠着这个 ACK',
	'export.pd.alreadyAcked': 'Linux 已自行发出这个 ACK（见上）：{line}',
	'export.pd.notExpressible': '无法表达：{reason}：{line}',
	'export.pd.inFlight': '从客户端发出，在途中：{segment}',
	'export.pd.clientLost': '在途中丢失：客户端的 {segment} 永远到不了内核',
	'export.pd.clientCopied': '被网络复制：{segment}；副本在投递时注入',
	'export.pd.reachesClient': '到达客户端：{segment}',
	'export.pd.serverLost': '在途中丢失：客户端永远收不到内核的 {segment}',
	'export.pd.serverCopied': '被网络复制：{segment}',
	'export.pd.activeOpen': '服务器主动打开（发出自己的 SYN），而监听套接字做不到这一点',
	'export.pd.socketClosed': '应用程序已经关闭了它的套接字',
	'export.pd.notAccepted': '在 accept() 返回连接之前，应用程序无法对它进行操作',
	'export.pd.linger': 'ABORT：超时为零的 SO_LINGER 使 close() 发送 RST',
	'export.pd.timeWait': '服务器的 2MSL 定时器超时：Linux 会在 60 秒后自行结束 TIME_WAIT',
	'export.pd.serverLocal': '服务器：{what}',
	'export.pd.twoWay': '两次握手只是假设，不是 TCP，没有内核会这样做',
	'export.pd.byPeer': '{input}（自动对端）',
	'export.pd.rejected': '{heading}：被拒绝（{reason}）',
	'export.pd.notValid': '现在无效',
	'export.owes.synAckForSyn': '（欠 SYN,ACK）',
	'export.owes.ackForSynAck': '（欠 ACK）',
	'export.owes.ackForFin': '（欠 FIN 的 ACK）',
	'export.owes.ackForData': '（欠 ACK）',
} as const satisfies Record<keyof typeof enExport, string>;
