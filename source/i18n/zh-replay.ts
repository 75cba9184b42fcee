// Chinese for `tcp-tui replay FILE`.
import type {enReplay} from './en-replay.js';

export const zhReplay = {
	'replay.error.missing': '文件不存在。',
	'replay.error.permission': '没有权限。',
	'replay.error.directory': '这是目录，不是抓包文件。',
	'replay.error.fifo':
		'这是 FIFO（命名管道）：回放只读普通文件，因为它要把抓包读两遍，而管道只能读一遍。请先把抓包存成文件（tcpdump -w FILE）。',
	'replay.error.device': '这是设备，不是抓包文件：回放只读普通文件。',
	'replay.error.notRegular': '这不是普通文件：回放只读普通文件。',
	'replay.error.open': '无法打开（{reason}）。',
	'replay.error.empty': '文件是空的，不是抓包。',
	'replay.error.notCapture':
		'不是 pcap 或 pcapng 抓包（开头的字节是 {start}；pcap 文件以 a1 b2 c3 d4 或其反序开头）。',
	'replay.error.shortHeader': '太短，不是抓包：文件头被截断了。',
	'replay.error.noPackets': '抓包里没有任何包。',
	'replay.error.noTcp': '抓包里有 {packets} 个包，但没有 TCP 报文段。',
	'replay.error.cutHeaders':
		'截断长度截掉了 TCP 首部（{packets} 个包中的 {cut} 个），没有可回放的内容：请用 -s 0（tcpdump 的默认值）或至少 -s 128 重新抓包。',
	'replay.error.linkType':
		'没有一个包的链路类型是本读取器认识的（抓包里是 {types}）；它能读以太网、Linux cooked v1 和 v2、BSD 环回和原始 IP。',
	'replay.error.stoppedEarly':
		'文件在第 {packet} 个包中间（第 {offset} 字节）就结束了，还没有任何 TCP 报文段：文件是不是被截断了？',
	'replay.error.damagedEarly':
		'文件在第 {packet} 个包（第 {offset} 字节）处损坏，还没有任何 TCP 报文段。',
	'replay.error.noConnection': '没有连接 {id}：抓包里有 {count} 个（1 到 {count}）。',
	'replay.error.noPort': '没有连接使用端口 {port}。',
	'replay.error.manyPorts': '端口 {port} 被连接 {ids} 使用：请用 --connection 选一个。',
	'replay.warning.truncated':
		'文件在第 {packet} 个包中间（第 {offset} 字节）就结束了：是不是被截断了？列出的是在那之前能读到的内容。',
	'replay.warning.damaged':
		'文件在第 {packet} 个包（第 {offset} 字节）处损坏，读取在那里停止。列出的是在那之前能读到的内容。',
	'replay.warning.cut': '有 {count} 个包的 TCP 首部被截断长度截掉，已略去。',

	'replay.cli.needsFile': 'replay 需要一个抓包文件：tcp-tui replay FILE。',
	'replay.cli.oneFile': 'replay 一次只读一个抓包文件（给出的是：{files}）。',
	'replay.cli.notWithReplay': '{flag} 不能与 replay 一起使用。',
	'replay.cli.withoutReplay': '{flag} 用于 replay：tcp-tui replay FILE {flag} N。',
	'replay.cli.connectionAndPort': '--connection 和 --port 不能同时使用。',
	'replay.cli.formatNeedsConnection':
		'--format {format} 需要指定连接：加上 --connection N（或 --port P）。',

	'replay.list.header':
		'{file}：{format}（{links}）；包：{packets}，TCP 报文段：{segments}，连接：{count}',
	'replay.column.id': '#',
	'replay.column.client': '客户端',
	'replay.column.server': '服务器',
	'replay.column.first': '开始/秒',
	'replay.column.last': '结束/秒',
	'replay.column.segments': '报文段',
	'replay.column.ended': '如何结束',
	'replay.ending.closed': '已关闭',
	'replay.ending.reset': '被 RST 重置',
	'replay.ending.refused': '被拒绝（SYN 被 RST 回绝）',
	'replay.ending.halfClosed': '半关闭（一个 FIN）',
	'replay.ending.open': '仍然打开',
	'replay.started.before': '抓包前已开始',
	'replay.separator': '，',
	'replay.pick.title': '{file} 中的连接：用 ↑/↓ 和 ⏎ 选择（q 退出）',
	'replay.pick.item': '{id}. {client} → {server}  {count} 个报文段，{first} 秒起，{ended}',
	'replay.pick.footnote': '连接数：{count}。回车回放标有 ▶ 的那个。',

	'replay.mode': '回放',
	'replay.header': '连接 {id}：{client} → {server}',
	'replay.progress': '报文段 {step}/{count}',
	'replay.time': 'ms',
	'replay.intro':
		'客户端 {client}，服务器 {server}：{count} 个报文段，历时 {ms} 毫秒。每个报文段先作为发送方的一步播放，再到达接收方，由引擎推断双方的状态。',
	'replay.introKeys': '空格（或 →）播放下一个报文段，u 后退。',
	'replay.end': '抓包结束。引擎推断客户端处于 {client}，服务器处于 {server}。',
	'replay.autoInput': '自动',
	'replay.footer.next': '下一个报文段',
	'replay.footer.back': '后退',
	'replay.footer.first': '开头',
	'replay.footer.last': '最后',
	'replay.footer.list': '连接列表',

	'replay.detail.line':
		'第 {number} 个包，{ms} 毫秒，{from} → {to}：{numbers}。模型之外：{items}。',
	'replay.detail.numbers': 'seq {seq} ack {ack}（绝对值 {absSeq} 和 {absAck}）',
	'replay.detail.numbersNoAck': 'seq {seq}（绝对值 {absSeq}）',
	'replay.detail.flags': '标志 [{letters}]',
	'replay.detail.window': '窗口 {window}',
	'replay.detail.windowScaled': '窗口 {window}，乘以 2^{shift} 即 {bytes} 字节',
	'replay.detail.payload': '{bytes} 字节数据',
	'replay.detail.noPayload': '无数据',
	'replay.detail.psh': 'PSH 推送',
	'replay.detail.mss': 'MSS {mss}',
	'replay.detail.windowScale': '窗口缩放 {shift}',
	'replay.detail.sackPermitted': '允许 SACK',
	'replay.detail.sack': 'SACK 块 {blocks}',
	'replay.detail.timestamps': '时间戳 {value}/{echo}',
	'replay.detail.optionsCut': '选项被截断长度截掉',

	'replay.note.midstream':
		'抓包开始于握手之后，所以引擎让双方都从 ESTABLISHED 开始，各自的 ISN 取所见第一个序列号减一（与 Wireshark 的算法相同）。之前发生了什么无从得知。',
	'replay.note.synAckFirst':
		'抓包开始于客户端的 SYN 之后，所以引擎让客户端从 SYN_SENT、服务器从 SYN_RECEIVED 开始，服务器还欠着它的 SYN,ACK。',
	'replay.note.rolesGuessed':
		'抓包里没有任何 SYN，所以哪一端是客户端只是推测：把端口较小的一端（{port}）当作服务器。',
	'replay.note.autoReply': '这是{me}的 TCP 自己发出的，与引擎的预期一致。',
	'replay.note.retransmission':
		'重传：{me}之前发送过这段序列号空间。抓包无法分辨是第一份丢了、它的 ACK 丢了，还是定时器提前到期；接收方把已经收到的部分当作重复。',
	'replay.note.duplicateAck':
		'这个 ACK 没有确认任何新内容：是重复 ACK、窗口更新或保活。模型里没有窗口，所以什么都不变。',
	'replay.note.ackUnseen':
		'{me}确认了 {bytes} 个字节，但抓包从未显示{peer}发送过它们：抓包漏掉了它们，或在它们之后才开始。回放把它们当作已发送并已收到。',
	'replay.note.gap':
		'这个报文段的起点比抓包所见{me}发送的内容超出 {bytes} 个字节：抓包缺了一些报文段。回放把它们当作已发送。',
	'replay.note.ackAhead':
		'{me}确认了 {bytes} 个引擎没有接受的字节（引擎的接收窗口是 65,535 字节，真实的可以更大），所以回放把{me}的 RCV.NXT 移到这个 ACK。',
	'replay.note.reset':
		'RST：{me}立即忘掉这个连接，而且没有谁会回应 RST。引擎让{peer}按 RFC 9293 的规定处理它，但抓包无法显示它是否到达。',
	'replay.note.resetClosed':
		'RST 来自一个没有对应连接的端口。没有谁会回应 RST：引擎让{peer}按 RFC 9293 的规定处理它，但抓包无法显示它是否到达。',
	'replay.note.unexpected':
		'引擎此时不会让{me}发送这个报文段（{reason}）。回放把它当作已发送，并按它所蕴含的情况继续。',
	'replay.note.crossed':
		'{peer}的下一个报文段没有确认这一个，所以{peer}发送那个报文段时，这一个还没到达：两者在途中交叉。回放让它留在途中，直到{peer}的某个 ACK 覆盖它。',
	'replay.note.lostCopy':
		'在途中的那一份还没有被任何 ACK 覆盖，{me}就再次发送了这段序列号空间，所以回放把那一份当作丢失。',
	'replay.note.arrivesAtEnd': '抓包结束时仍在途中：回放让它到达，因为没有迹象表明它丢失了。',
	'replay.note.noMove': '没有哪一步恰好发出这个报文段',
	'replay.summary.clean': '引擎跟上了抓包中的每一个报文段。',
	'replay.summary.events': '引擎没能跟上抓包的地方：{events}。',
	'replay.event.count': '{name} {count}',
	'replay.event.midstream': '抓包前已开始',
	'replay.event.retransmission': '重传',
	'replay.event.duplicateAck': '重复 ACK 或窗口更新',
	'replay.event.unseen': '抓包漏掉的报文段',
	'replay.event.reset': 'RST',
	'replay.event.unexpected': '引擎不会发送的报文段',

	'replay.export.title': '{file} 的回放，连接 {id}：{client} → {server}',
} as const satisfies Record<keyof typeof enReplay, string>;
