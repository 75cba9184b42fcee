// Chinese messages for the quiz. The reference article's mistake stays corrected: the ACK of a FIN
// carries the FIN's seq + 1 as its acknowledgment number (ack), not as its sequence number (seq).
// The options of a question are distinct phrases here too, or makeQuestion refuses the question.
import type {enQuiz} from './en-quiz.js';

export const zhQuiz = {
	// The three-way handshake: states
	'quiz.fact.serverBefore':
		'还没有客户端连接时，服务器已执行被动 OPEN，正在等待 SYN。它处于什么状态？',
	'quiz.fact.serverBefore.why': '被动 OPEN 使服务器进入 LISTEN：它还没有连接，正在等待 SYN。',
	'quiz.fact.clientAfterSyn':
		'客户端发送握手的第一个报文段：携带其初始序列号（ISN）的 SYN。客户端现在处于什么状态？',
	'quiz.fact.clientAfterSyn.why':
		'发送 SYN（主动 OPEN）使客户端从 CLOSED 进入 SYN_SENT，并在那里等待 SYN,ACK。',
	'quiz.fact.serverAfterSynAck':
		'服务器用自己的 SYN 回应客户端的 SYN，同时确认客户端的 SYN（SYN,ACK）。服务器现在处于什么状态？',
	'quiz.fact.serverAfterSynAck.why':
		'从客户端的 SYN 到达起，服务器就处于 SYN_RECEIVED（常写作 SYN_RCVD，Linux 的 ss 显示为 SYN-RECV；RFC 9293 3.10.7.2）。发出它欠的 SYN,ACK 不会改变这一点：它等待对自己 SYN 的 ACK。',
	'quiz.fact.clientAfterAck':
		'SYN,ACK 到达客户端，客户端发送第三个报文段：对服务器 SYN 的 ACK。客户端现在处于什么状态？',
	'quiz.fact.clientAfterAck.why':
		'SYN,ACK 到达、确认了客户端自己的 SYN 时，客户端就进入了 ESTABLISHED（RFC 9293 3.10.7.3）。对服务器 SYN 的 ACK 是它欠下的；发送它不会改变状态。它可以发送数据了。',
	'quiz.fact.serverAfterAck':
		'服务器处于 SYN_RECEIVED（SYN_RCVD）时，对其 SYN 的 ACK 到达。它现在处于什么状态？',
	'quiz.fact.serverAfterAck.why':
		'这个 ACK 证明客户端收到了服务器的 ISN：SYN_RECEIVED → ESTABLISHED。双方现在都已连接。',

	// The three-way handshake: what each segment proves
	'quiz.fact.purpose': '三次握手确立了什么？',
	'quiz.fact.purpose.right': '双方都能发送和接收，并且各自的初始序列号都为对方所知',
	'quiz.fact.purpose.wrong1': '双方将要使用的端口号',
	'quiz.fact.purpose.wrong2': '用来加密连接的共享密钥',
	'quiz.fact.purpose.wrong3': '客户端总共要发送多少字节',
	'quiz.fact.purpose.why':
		'握手检查每个方向都是通的，而每个 SYN 都携带一个由对方确认的 ISN：此后每个字节的编号都从它算起。',
	'quiz.fact.provesFirst': '客户端的 SYN（第一个报文段）到达服务器。服务器现在知道什么？',
	'quiz.fact.provesFirst.right': '客户端能发送，服务器能接收',
	'quiz.fact.provesFirst.wrong1': '服务器能发送，客户端能接收',
	'quiz.fact.provesFirst.wrong2': '双方都能发送和接收',
	'quiz.fact.provesFirst.wrong3': '什么也不知道：报文段在被确认之前什么也证明不了',
	'quiz.fact.provesFirst.why':
		'一个报文段到达了，就说明它的发送方能发送、接收方能接收。从服务器到客户端的方向上还什么都没有发过。',
	'quiz.fact.provesSecond': '服务器的 SYN,ACK（第二个报文段）到达客户端。客户端现在知道什么？',
	'quiz.fact.provesSecond.right': '双方都能发送和接收：它的 SYN 送到了，回应也收到了',
	'quiz.fact.provesSecond.wrong1': '只知道服务器能发送',
	'quiz.fact.provesSecond.wrong2': '只知道客户端自己能接收',
	'quiz.fact.provesSecond.wrong3': '知道服务器已确知客户端能接收',
	'quiz.fact.provesSecond.why':
		'SYN,ACK 里的 ACK 表明客户端的 SYN 送到了（客户端能发送，服务器能接收），SYN,ACK 本身的到达则证明了另一个方向。不过，服务器还没有这样的证据。',
	'quiz.fact.provesUnsure': '第二个报文段（SYN,ACK）之后，服务器还不知道什么？',
	'quiz.fact.provesUnsure.right': '客户端能否接收：它的 SYN,ACK 到达了吗？',
	'quiz.fact.provesUnsure.wrong1': '客户端能否发送',
	'quiz.fact.provesUnsure.wrong2': '服务器自己能否接收',
	'quiz.fact.provesUnsure.wrong3': '客户端的初始序列号',
	'quiz.fact.provesUnsure.why':
		'SYN 已告诉服务器：客户端能发送，自己能接收；它还带来了客户端的 ISN。而自己的 SYN,ACK 是否到达，只有客户端的回应才能说明。',
	'quiz.fact.provesThird': '客户端的 ACK（第三个报文段）到达服务器。服务器从中得知什么？',
	'quiz.fact.provesThird.right': '客户端收到了服务器的 SYN：服务器能发送，客户端能接收',
	'quiz.fact.provesThird.wrong1': '客户端能发送',
	'quiz.fact.provesThird.wrong2': '服务器能接收',
	'quiz.fact.provesThird.wrong3': '没有新东西：它只是重复了 SYN 已表明的',
	'quiz.fact.provesThird.why':
		'第三个报文段确认了服务器的 ISN。直到这时，服务器才知道两个方向都通，而客户端从收到 SYN,ACK 起就知道了。',
	'quiz.fact.synAckNumber':
		'客户端的 SYN 的 seq = ISN。为什么服务器的 SYN,ACK 带的是 ack = ISN + 1？',
	'quiz.fact.synAckNumber.right': 'SYN 占用一个序列号，而 ack 指明期待的下一个序列号',
	'quiz.fact.synAckNumber.wrong1': 'ISN + 1 表明这个报文段是应答而不是请求',
	'quiz.fact.synAckNumber.wrong2': '+ 1 是服务器自己的 SYN，按客户端的编号计',
	'quiz.fact.synAckNumber.wrong3': '服务器加 1，是为了拒绝旧的 SYN',
	'quiz.fact.synAckNumber.why':
		'SYN 不携带数据，但和 FIN 一样占用一个序列号。确认号总是接收方期待的下一个序列号：ISN + 1。',

	// Why three and not two
	'quiz.fact.threeNotTwo': '为什么两次握手（先 SYN，再 SYN,ACK）不够？服务器永远无法确定的是什么？',
	'quiz.fact.threeNotTwo.right': '客户端收到了服务器的 ISN',
	'quiz.fact.threeNotTwo.wrong1': '客户端的 SYN 已经到达',
	'quiz.fact.threeNotTwo.wrong2': '客户端的初始序列号',
	'quiz.fact.threeNotTwo.wrong3': '服务器自己能接收',
	'quiz.fact.threeNotTwo.why':
		'只有两个报文段时，只有客户端得知两个方向都通。服务器会从一个客户端可能从未收到的 ISN 开始为数据编号。',
	'quiz.fact.oldSyn':
		'客户端一个旧的 SYN 在网络中被延迟，在客户端早已放弃它之后才到达服务器。如果握手只有两个报文段，会发生什么？',
	'quiz.fact.oldSyn.right': '服务器会打开一个客户端从未想要的连接，并为它占用资源',
	'quiz.fact.oldSyn.wrong1': '服务器会认出这是旧的 SYN，并丢弃它',
	'quiz.fact.oldSyn.wrong2': '客户端会接受这个连接，并开始发送数据',
	'quiz.fact.oldSyn.wrong3': '什么也不会发生，因为被延迟的 SYN 总会丢失',
	'quiz.fact.oldSyn.why':
		'服务器无法区分旧的 SYN 和新的 SYN。只有两个报文段时，它一发出 SYN,ACK 就进入 ESTABLISHED，等待一个对此连接一无所知的客户端。',
	'quiz.fact.oldSynRst':
		'在真正的三次握手中，一个 SYN,ACK 到达客户端，它回应的是客户端已不再想要的旧 SYN。会发生什么？',
	'quiz.fact.oldSynRst.right': '客户端回以 RST，服务器回到 LISTEN',
	'quiz.fact.oldSynRst.wrong1': '客户端发送 ACK，连接照样打开',
	'quiz.fact.oldSynRst.wrong2': '客户端发送 FIN，关闭这个不想要的连接',
	'quiz.fact.oldSynRst.wrong3': '服务器永远停在 SYN_RECEIVED',
	'quiz.fact.oldSynRst.why':
		'第三个报文段由客户端给出，所以由客户端决定：想要的连接回 ACK，不想要的回 RST（RFC 9293 图 8）。由被动 OPEN 进入 SYN_RECEIVED 的服务器回到 LISTEN。',

	// The four-way teardown: states
	'quiz.fact.clientAfterFin':
		'连接处于 ESTABLISHED，客户端先关闭：它发送 FIN。客户端现在处于什么状态？',
	'quiz.fact.clientAfterFin.why':
		'发送 FIN 使客户端从 ESTABLISHED 进入 FIN_WAIT_1：它不再发送数据，等待对自己 FIN 的 ACK。',
	'quiz.fact.serverAfterAckFin': '服务器用 ACK 确认客户端的 FIN。服务器现在处于什么状态？',
	'quiz.fact.serverAfterAckFin.why':
		'从客户端的 FIN 到达起，服务器就处于 CLOSE_WAIT；确认这个 FIN 不会改变状态。客户端已关闭了自己的方向，服务器等待自己的应用程序关闭，其间可以发送它还有的数据。',
	'quiz.fact.clientAfterAckFin':
		'服务器对客户端 FIN 的 ACK 到达处于 FIN_WAIT_1 的客户端。客户端现在处于什么状态？',
	'quiz.fact.clientAfterAckFin.why':
		'FIN_WAIT_1 → FIN_WAIT_2：客户端这个方向已关闭，它等待服务器的 FIN。',
	'quiz.fact.serverAfterFin':
		'处于 CLOSE_WAIT 的服务器已发完全部数据，并发送自己的 FIN。它现在处于什么状态？',
	'quiz.fact.serverAfterFin.why':
		'CLOSE_WAIT → LAST_ACK：服务器是后关闭的一方，它等待对自己 FIN 的 ACK。',
	'quiz.fact.clientAfterLastAck':
		'服务器的 FIN 到达处于 FIN_WAIT_2 的客户端，客户端确认了它。客户端现在处于什么状态？',
	'quiz.fact.clientAfterLastAck.why':
		'FIN 的到达让客户端 FIN_WAIT_2 → TIME_WAIT；随后发出的 ACK 不会改变这一点。客户端要等待 2MSL 才进入 CLOSED，以防这个 ACK 丢失。',
	'quiz.fact.serverEnd':
		'客户端的最后一个 ACK 到达处于 LAST_ACK 的服务器。服务器现在处于什么状态？',
	'quiz.fact.serverEnd.why':
		'LAST_ACK → CLOSED，立即关闭：服务器是后关闭的一方，无需经历 TIME_WAIT。',

	// Why four and not three
	'quiz.fact.fourNotThree': '为什么关闭连接通常需要四个报文段？',
	'quiz.fact.fourNotThree.right':
		'服务器立即用 ACK 确认客户端的 FIN，但要等自己发送完毕才发送自己的 FIN',
	'quiz.fact.fourNotThree.wrong1': '每个 FIN 都必须被确认两次',
	'quiz.fact.fourNotThree.wrong2': '客户端把 FIN 发两次，以确保它能到达',
	'quiz.fact.fourNotThree.wrong3': '一个报文段不能同时携带 FIN 和 ACK',
	'quiz.fact.fourNotThree.why':
		'每个方向各自关闭。客户端的 FIN 只表示客户端没有更多要发送的了；服务器可能还有数据，所以它的 FIN 通常稍后才来，单独成为一个报文段。',
	'quiz.fact.threeClose': '什么情况下关闭只需要三个报文段？',
	'quiz.fact.threeClose.right':
		'服务器也没有更多要发送的时候：它的 FIN 搭上对客户端 FIN 的 ACK，合成一个 FIN,ACK',
	'quiz.fact.threeClose.wrong1': '从来不会：关闭总是需要四个报文段',
	'quiz.fact.threeClose.wrong2': '客户端跳过 TIME_WAIT 的时候',
	'quiz.fact.threeClose.wrong3': '客户端发送不带 ACK 标志的 FIN 的时候',
	'quiz.fact.threeClose.why':
		'FIN 的到达让服务器进入 CLOSE_WAIT，欠一个 ACK。如果它的应用程序在这个 ACK 发出之前就关闭，一个 FIN,ACK 既偿还这个 ACK，又携带它的 FIN：CLOSE_WAIT → LAST_ACK。真实的协议栈经常这样做，因为它们会把 ACK 稍微推迟一点。',
	'quiz.fact.halfClose': '服务器已确认客户端的 FIN，处于 CLOSE_WAIT。它还能发送数据吗？',
	'quiz.fact.halfClose.right': '能：客户端的 FIN 只关闭了客户端那个方向',
	'quiz.fact.halfClose.wrong1': '不能：一个 FIN 会关闭两个方向',
	'quiz.fact.halfClose.wrong2': '只有在客户端用新的 SYN 重新打开之后才能',
	'quiz.fact.halfClose.wrong3': '只能重传 FIN 之前已发送过的数据',
	'quiz.fact.halfClose.why':
		'正因为有这种半关闭，挥手时 ACK 和 FIN 才分开：服务器一直发送到它的应用程序关闭，然后才发送 FIN。',

	// TIME_WAIT
	'quiz.fact.timeWaitWho': '连接的哪一方会经历 TIME_WAIT？',
	'quiz.fact.timeWaitWho.right': '先关闭的一方，即先发出 FIN 的一方',
	'quiz.fact.timeWaitWho.wrong1': '后关闭的一方',
	'quiz.fact.timeWaitWho.wrong2': '总是服务器，无论哪一方先关闭',
	'quiz.fact.timeWaitWho.wrong3': '总是客户端，无论哪一方先关闭',
	'quiz.fact.timeWaitWho.why':
		'先关闭的一方在另一方的 FIN 和对自己 FIN 的 ACK 都到达之后进入 TIME_WAIT（同时关闭时，双方都是先关闭的一方）。它欠最后一个 ACK，并等待 2MSL。后关闭的一方从 LAST_ACK 直接进入 CLOSED。',
	'quiz.fact.timeWaitLostAck': '处于 TIME_WAIT 的一方，为什么不在发出最后一个 ACK 后立即关闭？',
	'quiz.fact.timeWaitLostAck.right': 'ACK 可能丢失；那时对方会再次发送 FIN，而这个 FIN 需要回应',
	'quiz.fact.timeWaitLostAck.wrong1': '它还在等待对方的 FIN',
	'quiz.fact.timeWaitLostAck.wrong2': '它的应用程序还有数据要读',
	'quiz.fact.timeWaitLostAck.wrong3': '它必须再次发送自己的 FIN',
	'quiz.fact.timeWaitLostAck.why':
		'如果最后的 ACK 丢失，处于 LAST_ACK 的对方会重传 FIN。仍处于 TIME_WAIT 的一方再回一个 ACK，对方就能干净地关闭。',
	'quiz.fact.timeWait2msl':
		'TIME_WAIT 持续 2MSL，即两倍的最大报文段寿命。除了回应重传的 FIN，这段等待还有什么作用？',
	'quiz.fact.timeWait2msl.right':
		'让这个连接的旧的重复报文段消失，使相同端口上的新连接不会收到它们',
	'quiz.fact.timeWait2msl.wrong1': '让对方有时间发送更多数据',
	'quiz.fact.timeWait2msl.wrong2': '让重传定时器有时间退避',
	'quiz.fact.timeWait2msl.wrong3': '让服务器有时间重用同一个 ISN',
	'quiz.fact.timeWait2msl.why':
		'报文段在网络中最多存活一个 MSL。等待两倍的时间，足以覆盖最后的 ACK 和重传的 FIN，并让这个连接的所有迷途报文段先行消失。',
	'quiz.fact.timeWaitSkipped':
		'客户端不在 TIME_WAIT 中等待，而是直接进入 CLOSED，而它的最后一个 ACK 丢失了。会发生什么？',
	'quiz.fact.timeWaitSkipped.right':
		'服务器重发 FIN，已关闭的客户端回以 RST，服务器看到的是重置，而不是干净的关闭',
	'quiz.fact.timeWaitSkipped.wrong1': '服务器永远停在 LAST_ACK',
	'quiz.fact.timeWaitSkipped.wrong2': '什么也不会发生：服务器在自己的定时器超时后关闭',
	'quiz.fact.timeWaitSkipped.wrong3': '客户端重新打开连接，再次发送 ACK',
	'quiz.fact.timeWaitSkipped.why':
		'CLOSED 的端口对除 RST 以外的任何报文段都回以 RST。TIME_WAIT 让连接存活得刚好够久，改为用 ACK 再次确认这个 FIN。',

	// The ACK of a FIN: which number moves
	'quiz.fact.ackOfFin':
		'客户端的 FIN 的 seq = x。服务器用一个 ACK 确认它。这个 ACK 的哪个字段变为 x + 1？',
	'quiz.fact.ackOfFin.right': '确认号：ack = x + 1',
	'quiz.fact.ackOfFin.wrong1': '序列号：seq = x + 1',
	'quiz.fact.ackOfFin.wrong2': '都是：seq = x + 1，ack = x + 1',
	'quiz.fact.ackOfFin.wrong3': '都不是：FIN 不占用序列号，所以 ack = x',
	'quiz.fact.ackOfFin.why':
		'FIN 占用一个序列号，所以服务器接下来期待 x + 1，ack 说的正是这个。这个 ACK 自己的 seq 是服务器的下一个字节，按服务器的编号计，与 x 无关。（有些文章把这一点弄错了。）',
	'quiz.fact.ackSeq':
		'客户端的 FIN 的 seq = x，服务器对它的 ACK 的 seq = y，ack = x + 1。服务器没有更多要发送的，接着发送自己的 FIN。这个 FIN 的 seq 是多少？',
	'quiz.fact.ackSeq.right': 'y',
	'quiz.fact.ackSeq.wrong1': 'y + 1',
	'quiz.fact.ackSeq.wrong2': 'x + 1',
	'quiz.fact.ackSeq.wrong3': 'x + 2',
	'quiz.fact.ackSeq.why':
		'纯 ACK 不占用序列号，所以紧随其后的 FIN 的 seq 相同，仍是 y。只有 SYN、FIN 和数据才会推进序列号。',

	// Histories described in words, for the questions the engine answers
	'quiz.start.opening': '客户端处于 CLOSED，服务器处于 LISTEN。每个报文段都立即到达。',
	'quiz.start.established': '三次握手已完成：双方都处于 ESTABLISHED。每个报文段都立即到达。',
	'quiz.history': '此前：{moves}。',
	'quiz.history.separator': '，',
	'quiz.move.segment': '{me} {flags}',
	'quiz.move.data': '{me} {len} 字节数据',
	'quiz.move.timeout': '{me} 2MSL 定时器超时',
	'quiz.move.silent': '{me} {action}',
	'quiz.next.segment': '现在{me}发送 {flags}。',
	'quiz.next.data': '现在{me}发送 {len} 字节数据。',
	'quiz.next.timeout': '现在{me}的 2MSL 定时器超时。',
	'quiz.next.silent': '现在{me}执行操作：{action}。',

	// Predict the state
	'quiz.predict.question': '{me}现在处于什么状态？',
	'quiz.predict.answer': '{me}处于 {state}。',
	'quiz.predict.owes': '{me}还{owed}；发送它不会改变{me}的状态。',

	// Which segment is valid now
	'quiz.valid.question': '{me}现在可以发送下面哪一个？',
	'quiz.valid.note':
		'（为回应 SYN 而发送的 SYN 以 SYN,ACK 的形式发出；一旦收到过 SYN，此后每个报文段也都带 ACK。）',
	'quiz.valid.right': '{action} 有效：{reason}',
	'quiz.valid.wrong': '{action} 被拒绝：{reason}。',
	'quiz.segment.syn': 'SYN',
	'quiz.segment.ack': 'ACK',
	'quiz.segment.fin': 'FIN',
	'quiz.segment.rst': 'RST',
	'quiz.segment.data': '数据',

	// Sequence arithmetic
	'quiz.isns': '客户端的 ISN 是 {client}，服务器的 ISN 是 {server}。',
	'quiz.sequence.synAck': '客户端发送 SYN，服务器以 SYN,ACK 应答。这个 SYN,ACK 的确认号是多少？',
	'quiz.sequence.synAck.why':
		'SYN 占用一个序列号，所以服务器接下来期待 {client} + 1：ack = {answer}。SYN,ACK 自己的 seq 是服务器的 ISN，即 {server}。',
	'quiz.sequence.ackOfSynAck':
		'客户端发送 SYN，服务器以 SYN,ACK 应答，客户端再确认它。客户端这个 ACK 的确认号是多少？',
	'quiz.sequence.ackOfSynAck.why':
		'服务器的 SYN 占用一个序列号，所以客户端接下来期待 {server} + 1：ack = {answer}。',
	'quiz.sequence.finAck':
		'三次握手之后，客户端发送 FIN，服务器确认它。服务器这个 ACK 的确认号是多少？',
	'quiz.sequence.finAckData':
		'三次握手之后，客户端发送 {len} 字节数据，服务器确认了这些数据。然后客户端发送 FIN，服务器确认它。服务器对 FIN 的 ACK 的确认号是多少？',
	'quiz.sequence.finAck.why':
		'客户端的 FIN 的 seq = {client} + 1 = {finSeq}，因为 SYN 占用了一个序列号。FIN 也占用一个，所以 ack = {finSeq} + 1 = {answer}。',
	'quiz.sequence.finAck.whyData':
		'客户端的 FIN 的 seq = {client} + 1 + {len} = {finSeq}：SYN 占用一个，数据占用 {len} 个。FIN 占用一个序列号，所以 ack = {finSeq} + 1 = {answer}。',
	'quiz.sequence.wrapped': '序列号在 4294967295 之后回绕：求和按模 2^32 计算。',
	'quiz.sequence.finAckSeq':
		'三次握手之后，客户端发送 FIN，服务器确认它。服务器这个 ACK 的序列号是多少？',
	'quiz.sequence.finAckSeq.why':
		'ACK 的 seq 是服务器的下一个序列号：{server} + 1 = {answer}，因为它的 SYN 占用了一个。变为 FIN 的 seq + 1 的是确认号，而不是 seq（FIN 的 seq 是 {client} + 1 = {finSeq}）。',

	// 教师报告中题目所考的概念。
	'quiz.concept.states': '状态',
	'quiz.concept.why-three': '为什么建立连接要三个报文段',
	'quiz.concept.isn-plus-one': 'ack = ISN + 1',
	'quiz.concept.seq-vs-ack': 'seq 与 ack：哪一个变化',
	'quiz.concept.why-four': '为什么关闭连接要四个报文段',
	'quiz.concept.half-close': '半关闭：FIN 之后仍可发数据',
	'quiz.concept.time-wait': 'TIME_WAIT 与 2MSL',
} as const satisfies Record<keyof typeof enQuiz, string>;
