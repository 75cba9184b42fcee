// Chinese messages for lessons. As in English, no sequence numbers: the ISNs are random, and the
// engine's own explanation gives the real ones.
import type {enLessons} from './en-lessons.js';

export const zhLessons = {
	'lesson.handshake.title': '三次握手',
	'lesson.handshake.intro':
		'每一方都发送自己的初始序列号（ISN）并看到它被确认；每个报文段都证明了谁能发送、谁能接收。服务器的端口一开始是关闭的。',
	'lesson.handshake.listen.before':
		'只有在有人监听的端口上，SYN 才能打开连接：服务器的应用程序要先执行被动 OPEN。',
	'lesson.handshake.listen.after':
		'服务器处于 LISTEN：准备好接收 SYN，但它还没有连接，也还不发送任何东西。在此之前，SYN 会被 RST 拒绝。',
	'lesson.handshake.listen.hint':
		'服务器必须先监听（被动 OPEN）：发往关闭端口的 SYN 会被 RST 拒绝。',
	'lesson.handshake.syn.before':
		'客户端用 SYN 打开连接。它携带客户端的 ISN，不带数据，却占用一个序列号。它一到达，服务器的状态就会改变。',
	'lesson.handshake.syn.after':
		'SYN 的到达让服务器 LISTEN → SYN_RECEIVED；它欠一个 SYN,ACK。它知道客户端能发送、自己能接收，关于另一个方向还一无所知。',
	'lesson.handshake.syn.hint': '必须由客户端开始：它发送带有自己 ISN 的 SYN（主动 OPEN）。',
	'lesson.handshake.synAck.before':
		'服务器发出它欠的 SYN,ACK：ack = 客户端的 ISN + 1，seq = 服务器自己的 ISN。发送之后，服务器仍处于 SYN_RECEIVED。',
	'lesson.handshake.synAck.after':
		'SYN,ACK 的到达让客户端进入 ESTABLISHED，欠一个 ACK：它的 SYN 送到了，回应也传回来了。仍处于 SYN_RECEIVED 的服务器还无法知道对方听到了自己。',
	'lesson.handshake.synAck.hint':
		'服务器必须用自己的 SYN 回应这个 SYN，其中的 ACK 确认客户端的 ISN + 1。',
	'lesson.handshake.ack.before':
		'客户端发出它欠的 ACK：ack = 服务器的 ISN + 1。它仍处于 ESTABLISHED。只有这第三个报文段能告诉服务器：它的 SYN 送到了。',
	'lesson.handshake.ack.after':
		'ACK 到达时，服务器 SYN_RECEIVED → ESTABLISHED：它知道客户端能接收，自己的发送也没有问题。两个 ISN 都已被确认。',
	'lesson.handshake.ack.hint': '客户端必须确认服务器的 SYN：发送 ack = 服务器的 ISN + 1 的 ACK。',
	'lesson.handshake.outro':
		'每一方都发送了自己的 ISN，并看到它以 ISN + 1 得到确认。两个报文段就足以告诉客户端它需要知道的一切；服务器则需要第三个。',

	'lesson.why-three.title': '为什么不是两次握手？',
	'lesson.why-three.intro':
		'这不是 TCP：这里服务器一回应 SYN 就进入 ESTABLISHED，所以握手只有两个报文段。报文段在网络中等待，直到被投递或丢失。',
	'lesson.why-three.syn.before': '客户端用 SYN 打开连接。今天网络很慢：SYN 停留在途中。',
	'lesson.why-three.syn.after':
		'SYN 被延迟了。报文段可以在网络中滞留很久，最长可达最大报文段寿命（MSL）。',
	'lesson.why-three.syn.hint': '客户端必须打开连接：它发送带有自己 ISN 的 SYN。',
	'lesson.why-three.giveUp.before':
		'客户端不再等待，放弃了这个连接（在收到任何回应之前调用 CLOSE）。',
	'lesson.why-three.giveUp.after':
		'连接还不存在，所以什么都没有发送：客户端处于 CLOSED，别无所求。但它旧的 SYN 还在网络中。',
	'lesson.why-three.giveUp.hint': '客户端必须趁 SYN 仍在途中时放弃这次尝试，即调用 CLOSE。',
	'lesson.why-three.late.before': '现在，网络姗姗来迟地把旧的 SYN 投递给服务器。',
	'lesson.why-three.late.after':
		'服务器无法区分过期的 SYN 和新的 SYN：在它看来，这是一个请求连接的客户端。LISTEN → SYN_RECEIVED，欠一个 SYN,ACK。',
	'lesson.why-three.late.hint': '现在网络必须把旧的 SYN 投递给服务器。',
	'lesson.why-three.answer.before':
		'服务器以 SYN,ACK 应答。只有两个报文段时，它在认定连接建立之前只做应答这一件事。',
	'lesson.why-three.answer.after':
		'服务器进入 ESTABLISHED，为一个客户端从未想要的连接保留着状态和缓冲区。每个过期的 SYN 都会让它付出同样的代价。',
	'lesson.why-three.answer.hint': '服务器必须用自己的 SYN 回应这个 SYN，其中带有 ACK。',
	'lesson.why-three.lost.before': '现在，服务器的 SYN,ACK 在发往客户端的途中丢失了。',
	'lesson.why-three.lost.after':
		'服务器为一个已经离开的客户端保持着 ESTABLISHED。在两次握手中，它从不等待，无从得知客户端是否收到了它的 ISN。',
	'lesson.why-three.lost.hint': '网络必须丢弃服务器的 SYN,ACK。',
	'lesson.why-three.outro':
		'在真正的 TCP 中，服务器会在 SYN_RECEIVED 中等待第三个报文段。客户端并没有这样的连接，它会用 RST 回应这个过期的 SYN,ACK，服务器随之回到 LISTEN。',

	'lesson.teardown.title': '四次挥手',
	'lesson.teardown.intro':
		'连接处于 ESTABLISHED。每个方向各自关闭：FIN 表示“我没有更多数据要发送了”，另一方对它进行确认。',
	'lesson.teardown.fin.before':
		'客户端没有更多数据要发送：它用 FIN 关闭自己这个方向。FIN 和 SYN 一样，占用一个序列号。',
	'lesson.teardown.fin.after':
		'客户端处于 FIN_WAIT_1，等待对自己 FIN 的 ACK；它仍能接收。FIN 已经到达：服务器处于 CLOSE_WAIT，欠一个确认它的 ACK。',
	'lesson.teardown.fin.hint': '客户端必须先关闭：它发送 FIN。',
	'lesson.teardown.ackFin.before':
		'服务器立即发出它欠的 ACK：ack = FIN 的 seq + 1。这个 ACK 自己的 seq 不变，发送之后服务器仍处于 CLOSE_WAIT。',
	'lesson.teardown.ackFin.after':
		'这个 ACK 的到达让客户端进入 FIN_WAIT_2。服务器仍处于 CLOSE_WAIT：只有客户端这个方向关闭了；服务器那个方向仍然打开。',
	'lesson.teardown.ackFin.hint': '服务器必须立即确认客户端的 FIN：只发 ACK，先不发 FIN。',
	'lesson.teardown.data.before':
		'服务器还有数据要发送。何时关闭由它自己的应用程序决定，而不是由客户端的 FIN 决定。',
	'lesson.teardown.data.after':
		'数据从 CLOSE_WAIT 发出。这就是 ACK 和 FIN 分成两个报文段的原因：ACK 立即发出，FIN 等服务器发完再发。',
	'lesson.teardown.data.hint': '服务器必须发送数据：在 CLOSE_WAIT 中它仍然可以发送。',
	'lesson.teardown.ackData.before': '客户端只关闭了自己的发送方向。它仍在接收，并确认这些数据。',
	'lesson.teardown.ackData.after':
		'这是半关闭：在 FIN_WAIT_2 中，只要服务器还在发送，客户端就接收数据并确认。',
	'lesson.teardown.ackData.hint': '客户端必须确认服务器的数据：在 FIN_WAIT_2 中它仍在接收。',
	'lesson.teardown.serverFin.before': '服务器发送完毕：现在它用自己的 FIN 关闭自己这个方向。',
	'lesson.teardown.serverFin.after':
		'服务器处于 LAST_ACK，等待对自己 FIN 的 ACK。FIN 的到达让客户端 FIN_WAIT_2 → TIME_WAIT，客户端欠这个 ACK。',
	'lesson.teardown.serverFin.hint': '服务器现在必须关闭自己这个方向：它发送 FIN。',
	'lesson.teardown.lastAck.before':
		'客户端发出它为服务器的 FIN 欠下的 ACK：ack = FIN 的 seq + 1。这是第四个报文段。发送之后，客户端仍处于 TIME_WAIT。',
	'lesson.teardown.lastAck.after':
		'服务器收到了 ACK：LAST_ACK → CLOSED。先关闭的客户端仍在 TIME_WAIT 中等待，以防这个 ACK 丢失。',
	'lesson.teardown.lastAck.hint': '客户端必须用 ACK 确认服务器的 FIN。',
	'lesson.teardown.timeout.before': '客户端在 TIME_WAIT 中停留两倍的最大报文段寿命（2MSL）。',
	'lesson.teardown.timeout.after': '2MSL 定时器超时，客户端忘掉这个连接。双方都处于 CLOSED。',
	'lesson.teardown.timeout.hint': '客户端必须让它的 2MSL 定时器超时。',
	'lesson.teardown.outro':
		'用了四个报文段，因为每个方向各自关闭。当一方已没有东西要发送时，它的 ACK 和 FIN 可以合在一个报文段里：三次挥手。',

	'lesson.time-wait.title': 'TIME_WAIT 与 2MSL',
	'lesson.time-wait.intro':
		'客户端先关闭，服务器的 FIN 刚刚到达：客户端已 FIN_WAIT_2 → TIME_WAIT，欠最后一个 ACK。报文段在网络中等待，直到被投递或丢失。',
	'lesson.time-wait.lastAck.before':
		'客户端为服务器的 FIN 发送最后一个 ACK。从那个 FIN 到达起，它就处于 TIME_WAIT 而不是 CLOSED，发送这个 ACK 不会改变这一点。',
	'lesson.time-wait.lastAck.after':
		'客户端无法知道这个 ACK 是否到达，因为没有谁会确认 ACK。所以它把连接再保留一段时间。',
	'lesson.time-wait.lastAck.hint': '客户端必须用 ACK 确认服务器的 FIN。',
	'lesson.time-wait.drop.before': '网络丢失了这最后一个 ACK。',
	'lesson.time-wait.drop.after':
		'服务器仍处于 LAST_ACK，它的 FIN 没有得到确认。ACK 不占用序列号，所以客户端不会自己重发它。',
	'lesson.time-wait.drop.hint': '网络必须丢弃客户端的最后一个 ACK。',
	'lesson.time-wait.resend.before': '服务器的重传定时器超时：它以相同的序列号再次发送 FIN。',
	'lesson.time-wait.resend.after':
		'重发的 FIN 正在途中。假如客户端直接进入了 CLOSED，这个 FIN 到达的将是一个没有连接的端口。',
	'lesson.time-wait.resend.hint': '服务器的重传定时器必须超时，让它再次发送 FIN。',
	'lesson.time-wait.deliverFin.before': '重发的 FIN 到达仍处于 TIME_WAIT 的客户端。',
	'lesson.time-wait.deliverFin.after':
		'客户端看到它已确认过的那个 FIN 的副本，立即再回一个 ACK。CLOSED 的端口则会回以 RST。',
	'lesson.time-wait.deliverFin.hint': '网络必须把重发的 FIN 投递给客户端。',
	'lesson.time-wait.deliverAck.before': '新的 ACK 发往服务器。',
	'lesson.time-wait.deliverAck.after':
		'服务器收到了 ACK：LAST_ACK → CLOSED，干净地关闭。这正是 TIME_WAIT 的用途。',
	'lesson.time-wait.deliverAck.hint': '网络必须把客户端的新 ACK 投递给服务器。',
	'lesson.time-wait.expire.before':
		'客户端已等待了 2MSL：足够让重发的 FIN 到来、它的 ACK 发出，也让这个连接的旧报文段消失。',
	'lesson.time-wait.expire.after':
		'TIME_WAIT → CLOSED。相同端口之间的新连接，再也不会收到这个连接的迷途报文段。',
	'lesson.time-wait.expire.hint': '客户端的 2MSL 定时器必须超时，才能结束 TIME_WAIT。',
	'lesson.time-wait.outro':
		'先关闭的一方在 TIME_WAIT 中等待 2MSL：若最后的 ACK 丢失，它可以再次确认 FIN；同时让旧报文段在相同端口被再次使用之前消失。',
} as const satisfies Record<keyof typeof enLessons, string>;
