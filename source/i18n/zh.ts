// The Simplified Chinese message catalog. Terms as Chinese textbooks use them (三次握手, 四次挥手,
// 初始序列号 ISN, 序列号, 确认号, 报文段); state names, flags and RFC variables stay as the RFC
// prints them. {me}/{peer} become 客户端/服务器; a Chinese sentence needs no capital, so {me} is
// written where English has {Me}.

import type {MessageKey} from './en.js';
import type {enChallenges} from './en-challenges.js';
import type {enCli} from './en-cli.js';
import type {enExport} from './en-export.js';
import type {enLessons} from './en-lessons.js';
import type {enLinux} from './en-linux.js';
import type {enModes} from './en-modes.js';
import type {enProgress} from './en-progress.js';
import type {enQuiz} from './en-quiz.js';
import type {enReplay} from './en-replay.js';
import type {enReport} from './en-report.js';
import {zhChallenges} from './zh-challenges.js';
import {zhCli} from './zh-cli.js';
import {zhExport} from './zh-export.js';
import {zhLessons} from './zh-lessons.js';
import {zhLinux} from './zh-linux.js';
import {zhModes} from './zh-modes.js';
import {zhProgress} from './zh-progress.js';
import {zhQuiz} from './zh-quiz.js';
import {zhReplay} from './zh-replay.js';
import {zhReport} from './zh-report.js';

type Part = Readonly<Record<string, string>>;

/**
 * The English parts that have no Chinese yet: t() falls back to English for their keys, and the
 * key-parity check leaves them out. Every part is translated now, so there is none; a new English
 * part that is not translated yet goes here until its Chinese part is spread into `zh` below.
 */
const untranslated = {} as const satisfies Readonly<Record<string, Part>>;
export const untranslatedParts: Readonly<Record<string, Part>> = untranslated;

/** The keys of the untranslated parts: the only keys `zh` may lack, and must not have. */
type UntranslatedKey = {
	[Name in keyof typeof untranslated]: keyof (typeof untranslated)[Name];
}[keyof typeof untranslated] &
	MessageKey;

type PartKey =
	| keyof typeof enModes
	| keyof typeof enLessons
	| keyof typeof enChallenges
	| keyof typeof enQuiz
	| keyof typeof enReport
	| keyof typeof enProgress
	| keyof typeof enExport
	| keyof typeof enLinux
	| keyof typeof enCli
	| keyof typeof enReplay;

/** Keys of the English core (en.ts's own messages, scenarios included). */
export type CoreKey = Exclude<MessageKey, PartKey>;

export const zhCore = {
	'side.client': '客户端',
	'side.server': '服务器',

	// Accepted moves
	'ok.activeOpen':
		'{me}发送 SYN，带上自己的初始序列号 ISN = {iss}（主动 OPEN）：CLOSED → SYN_SENT。SYN 占用一个序列号，所以下一个字节的序列号是 {iss} + 1。',
	'ok.listenSend':
		'{me}在 LISTEN 状态发送了 SYN：在监听套接字上调用 SEND 即变为主动打开（RFC 9293 3.10.2）。LISTEN → SYN_SENT，ISN = {iss}。',
	'ok.synAck':
		'{me}发送了它的 SYN,ACK：ack = {irs} + 1 确认了{peer}的 SYN，seq = {iss} 携带自己的 ISN，{peer}还要再确认它。SND.NXT 现在是 {iss} + 1。{me}仍处于 SYN_RECEIVED：它在 SYN 到达时就已进入这个状态（RFC 9293 3.10.7.2）。',
	'ok.synAckSimultaneous':
		'{me}发送了 SYN,ACK：它重复自己的 SYN（seq = {iss}），并确认{peer}的 SYN（ack = {irs} + 1），这正是 RFC 9293 3.10.7.3 对在 SYN_SENT 状态到达的 SYN 的规定（图 7）。{me}仍处于 SYN_RECEIVED。',
	'ok.synAckTwoWay':
		'{me}以 SYN,ACK 回应{peer}的 SYN（ack = {irs} + 1）。在这个并非 TCP 的两次握手里，它立即进入 ESTABLISHED：{from} → ESTABLISHED。它永远无从知道{peer}是否想要这个连接，也不知道{peer}是否收到了{me}的 ISN。',
	'ok.ackSynAck':
		'{me}用 ack = {irs} + 1 确认了{peer}的 SYN,ACK。自 SYN,ACK 到达起，它就已处于 ESTABLISHED；这个 ACK 到达时，{peer}得知自己的 ISN 已送达，也进入 ESTABLISHED。',
	'ok.ackFin':
		'{me}用 ack = {ack} 确认了{peer}的 FIN：FIN 占用一个序列号，所以确认号是 FIN 的 seq + 1。这个 ACK 自己的序列号 seq 不变，因为纯 ACK 不占用序列号。{me}仍处于 {to}：FIN 到达时已经改变了它的状态。',
	'ok.ackData': '{me}确认了{peer}的数据：ack = {ack}，即它期待的下一个字节。',
	'ok.closeListen':
		'{me}关闭了监听套接字（在 LISTEN 状态调用 CLOSE）：还没有连接，所以不发送 FIN。LISTEN → CLOSED。',
	'ok.closeSynSent':
		'{me}在握手完成前放弃了（在 SYN_SENT 状态调用 CLOSE）：连接尚不存在，所以不发送 FIN。SYN_SENT → CLOSED。',
	'ok.finSynReceived':
		'{me}在握手过程中关闭：FIN seq = {seq}。SYN_RECEIVED → FIN_WAIT_1（RFC 9293 3.10.4，在 SYN-RECEIVED 状态调用 CLOSE）。',
	'ok.finEstablished':
		'{me}发送了 FIN（seq = {seq}）：它没有更多数据要发送了（CLOSE）。ESTABLISHED → FIN_WAIT_1。在{peer}也关闭之前，它仍能接收。',
	'ok.finAckBoth':
		'{me}发送了 FIN,ACK：在同一个报文段里，ACK 字段确认了它欠着的{peer}的 FIN（ack = {ack}），FIN 则关闭自己这个方向。CLOSE_WAIT → LAST_ACK。这个连接用三个报文段关闭，而不是四个。',
	'ok.paysAckData': '它的 ACK 字段（ack = {ack}）同时确认了{me}欠着 ACK 的数据。',
	'ok.paysAckFin': '它的 ACK 字段（ack = {ack}）同时确认了{me}欠着 ACK 的 FIN。',
	'ok.paysAckSynAck': '它的 ACK 字段（ack = {ack}）同时还清了{me}为 SYN,ACK 欠下的 ACK。',
	'ok.finCloseWait':
		'{me}的数据已发完，发送了 FIN（seq = {seq}）：CLOSE_WAIT → LAST_ACK。它等待这个 FIN 的 ACK。',
	'ok.data': '{me}发送了 {len} 字节：seq = {seq}，所以下一个字节的序列号是 {seq} + {len}。',
	'ok.dataCloseWait':
		'{me}在 CLOSE_WAIT 状态发送了 {len} 字节：{peer}的 FIN 只关闭了{peer}那个方向，所以{me}在自己关闭之前仍可继续发送。',
	'ok.abort':
		'{me}中止了连接并发送 RST（seq = {seq}），这是 RFC 9293 3.10.5 对在 {from} 状态调用 ABORT 的规定：{from} → CLOSED，立即关闭，不经过有序的 FIN 交换。',
	'ok.abortQuiet':
		'{me}中止了连接（在 {from} 状态调用 ABORT）：按 RFC 9293 3.10.5，这个状态下不发送 RST，只删除连接记录。{from} → CLOSED。',
	'ok.abortClosing':
		'{me}在 {from} 状态中止：{me}的 FIN 已经发出，所以按 RFC 9293 3.10.5 这里不发送 RST，只删除连接记录。{from} → CLOSED。',
	'ok.retransmit':
		'{me}的重传定时器超时：它以相同的序列号（seq = {seq}）重发最早一个未被确认的报文段。',
	'ok.listen': '{me}打开了一个监听套接字（被动 OPEN）：CLOSED → LISTEN。它等待 SYN 到来。',
	'ok.timeWaitExpired':
		'2MSL 定时器超时：{me}已等得足够久：若最后的 ACK 丢失，{peer}会重发 FIN，它还能再确认一次；网络中的旧报文段也都已消失。TIME_WAIT → CLOSED。',

	// Rejected moves
	'no.syn.alreadySent': '{me}已经发送了 SYN，正在等待{peer}回应。',
	'no.syn.synReceived': '{me}已经发送了 SYN（在它的 SYN,ACK 里），正在等待{peer}对它的 ACK。',
	'no.syn.synchronized': '{me}处于 {state}：连接已经同步，而 SYN 只用于建立连接。',
	'no.ack.bareAckToSyn':
		'{me}不能只用纯 ACK 回应 SYN：它还必须发送自己的 SYN，让{peer}得知它的初始序列号。按 s（SYN）发送 SYN,ACK。',
	'no.ack.noConnection': '{me}处于 {state}：它没有连接，所以没有可确认的内容。',
	'no.ack.nothingReceived': '{me}还没有从{peer}收到任何东西，没有可确认的内容。',
	'no.ack.timeWait':
		'{me}已经确认了{peer}的 FIN。在 TIME_WAIT 中它只是等待（2MSL），以防那个 ACK 丢失。',
	'no.ack.allAcked':
		'{me}已确认了收到的全部内容（RCV.NXT = {rcvNxt}）；只有在有新内容要确认时才发送纯 ACK。',
	'no.fin.closed': '{me}处于 CLOSED：还没有可关闭的连接。',
	'no.fin.owesSynAck':
		'{me}还欠着它的 SYN,ACK：FIN 不能抢在它所跟随的 SYN 之前发出。（RFC 9293 3.10.4 在 SYN_RECEIVED 中用 FIN 关闭连接，是因为在那里 SYN,ACK 已经发出。）请先发送 SYN,ACK。',
	'no.fin.alreadySent': '{me}处于 {state}：它已经发送过 FIN，每一方只关闭一次。',
	'no.data.noConnection': '{me}处于 {state}：没有可以发送数据的连接。',
	'no.data.handshake': '{me}处于 {state}：数据要等握手完成后才能发送。',
	'no.data.finWait': '{me}处于 {state}：它已经发送了 FIN，不能再发送数据，但仍可接收。',
	'no.data.finSent': '{me}处于 {state}：它已经发送了 FIN，表示没有更多数据要发送。',
	'no.rst.closed': '{me}处于 CLOSED：没有可重置的连接。',
	'no.listen.already': '{me}已经在监听了。',
	'no.listen.busy': '{me}处于 {state}：只有 CLOSED 的端点才能开始监听，而它已有一个连接。',
	'no.timeout.nothingSent': '{me}处于 {state}：它什么都没发送过，没有需要重传的内容。',
	'no.timeout.allAcked': '{me}处于 {state}：它发送的一切都已被确认，所以没有重传定时器在运行。',

	// The network (manual delivery)
	'net.delivered': '网络投递了{me}的报文段，即在途报文段中最早的一个。',
	'net.deliveredOutOfOrder':
		'网络投递了{me}的报文段（在途第 {index} 个），抢在了更早的报文段之前：报文段可以相互超越。',
	'net.droppedAck':
		'网络丢失了{me}的 ACK。ACK 不占用序列号，不会有定时器重发它：只有{peer}再发来新的报文段，才会引出另一个 ACK。',
	'net.droppedRst':
		'网络丢失了{me}的 RST。RST 从不重发：{peer}会一直保留它的连接，直到有别的报文段告诉它。',
	'net.dropped': '网络丢失了{me}的报文段。没有谁会通知{me}：只有它的重传定时器（t）会再发一次。',
	'net.duplicated': '网络复制了{me}的报文段：第二份副本正在途中，可能稍后到达。',
	'no.net.empty': '没有在途的报文段：得先发送报文段，网络才能投递、丢弃或复制它。',
	'no.net.range': '在途没有第 {index} 个报文段：只有 {count} 个。',
	'no.net.instant':
		'现在是即时投递，没有报文段在途中等待。切换到手动投递（m，或 --network manual）才能让报文段停留在网络中。',

	// Arrivals
	'in.listenSyn':
		'{peer}的 SYN 到达（seq = {irs}）：{me}得知{peer}的 ISN，并设置 RCV.NXT = {irs} + 1（RFC 9293 3.10.7.2）。它欠一个携带自己 ISN 的 SYN,ACK；在它发出之前，SND.NXT 保持为 ISS = {iss}。',
	'in.synAgain': '{me}已经持有这个 SYN（seq = {seq}），还欠着对它的 SYN,ACK；这份副本被丢弃。',
	'in.droppedOwesSynAck':
		'{me}欠着它的 SYN,ACK，还什么都没发送，所以无法回应：这个报文段（seq = {seq}）被丢弃。',
	'in.rstChallenge':
		'这个 RST（seq = {seq}）在窗口内，但不在 RCV.NXT = {rcvNxt}：它可能是伪造的，所以{me}不重置连接，而是回一个 ACK（挑战 ACK，RFC 5961）。',
	'in.listenAck':
		'一个 ACK 到达了正在监听的{me}，而它没有这个 ACK 能确认的连接；于是回以 RST（seq = {ack}）。',
	'in.closedResets': '报文段到达了处于 CLOSED 的{me}：连接已不存在，所以它的 TCP 回以 RST。',
	'in.synToListen':
		'{me}由被动 OPEN 进入 SYN_RECEIVED 时，一个新的 SYN（seq = {seq}）在窗口内到达：RFC 9293 3.10.7.4（第四步）让连接回到 LISTEN。',
	'in.closedRefuses':
		'报文段到达了处于 CLOSED 的{me}：连接不存在，所以它的 TCP 回以 RST。连接被拒绝。',
	'in.rstIgnored': '{me}（{state}）忽略这个 RST：它没有可重置的东西。',
	'in.rstOutOfWindow':
		'{me}忽略这个 RST：它的序列号（{seq}）在接收窗口之外，可能是伪造的或过期的（RFC 9293 3.10.7.4，RFC 5961）。',
	'in.dropped': '{me}（{state}）丢弃这个报文段：它既不是 SYN 也不是 RST。',
	'in.synSentBadAck':
		'{me}处于 SYN_SENT，而这个报文段确认的是{me}在这个连接里从未发送过的东西（ack = {ack}），所以它不可能属于这个连接。{me}回以 RST（seq = {ack}）并丢弃它（RFC 9293 3.10.7.3）。',
	'in.refused':
		'RST 确认了{me}的 SYN，所以它是对那个 SYN 的回应：{peer}没有与之对应的连接，{me}放弃（RFC 9293 3.10.7.3：“connection reset”；Linux 的 connect() 报告 ECONNREFUSED，即“connection refused”）。',
	'in.refusedSynReceived':
		'RST 在 SYN_RECEIVED 中到达，而{me}是从 SYN_SENT 进入这个状态的：RFC 9293 3.10.7.4 称之为“connection refused”，{me}关闭。',
	'in.synAck':
		'{peer}的 SYN,ACK 到达：ack = {ack} 确认了{me}的 SYN，seq = {irs} 是{peer}的 ISN。对{me}来说，两个方向现在都已确认（RFC 9293 3.10.7.3）；它欠一个 ACK，好让{peer}也得知这一点。',
	'in.simultaneousSyn':
		'{me}自己的 SYN 已发出时，{peer}的纯 SYN（seq = {irs}）到达：同时打开（RFC 9293 3.10.7.3，图 7）。{me}欠一个重复自己 SYN 的 SYN,ACK。',
	'in.duplicate':
		'{me}已经见过这个报文段（它在 RCV.NXT = {rcvNxt} 之前就已结束）：是重复的。它的 TCP 丢弃报文段，并发送一个确认号为 {rcvNxt} 的 ACK，让{peer}知道真正到达了什么（RFC 9293 3.10.7.4，第一步）。',
	'in.trimmed':
		'报文段从 seq = {seq} 开始，在 RCV.NXT = {rcvNxt} 之前：它的前 {cut} 个序列号已经到达过，只处理新的部分（“only the new parts are processed”，RFC 9293 3.10.7.4）。',
	'in.finAgainTimeWait':
		'{peer}的 FIN 再次到达：最后的 ACK 一定丢失了。{me}的 TCP 再次确认它（ack = {rcvNxt}），并重启 2MSL 定时器：“Acknowledge it, and restart the 2 MSL timeout”（RFC 9293 3.10.7.4）。',
	'in.synOutOfWindow':
		'一个 SYN（seq = {seq}）在接收窗口之外到达（RCV.NXT = {rcvNxt}）：它通不过序列号检查，所以 TCP 回一个确认号为 {rcvNxt} 的 ACK 并丢弃它（RFC 9293 3.10.7.4，第一步）。它既不能重置也不能取代这个连接。',
	'in.synDuplicate':
		'一个来自 RCV.NXT = {rcvNxt} 之前的 SYN（seq = {seq}）到达：这是旧的或重复的 SYN，通不过序列号检查。TCP 回一个确认号为 {rcvNxt} 的 ACK 并丢弃它（RFC 9293 3.10.7.4，第一步），所以它既不能重置也不能取代这个连接。',
	'in.outOfWindow':
		'这个报文段（seq = {seq}）超出了从 RCV.NXT = {rcvNxt} 开始的接收窗口。TCP 丢弃它，并发送一个确认号为 {rcvNxt} 的 ACK（RFC 9293 3.10.7.4，第一步）。',
	'in.reset':
		'RST 到达，seq 正是 RCV.NXT：{me}中止连接，即“connection reset”（RFC 9293 3.10.7.4）。',
	'in.resetClosing': 'RST 到达，seq = RCV.NXT：{me}删除连接（RFC 9293 3.10.7.4）。',
	'in.rstToListen':
		'RST 到达：{me}是从 LISTEN 进入 SYN_RECEIVED 的，所以它丢弃这次未完成的握手，重新监听（RFC 9293 3.10.7.4）。',
	'in.challengeAck':
		'一个 SYN（seq = {seq}）到达了已同步的连接：它的 TCP 不重置连接，而是回一个 ACK（挑战 ACK，RFC 5961 §4，已被 RFC 9293 3.10.7.4 采纳）。',
	'in.noAck': '{me}丢弃这个报文段：连接同步之后，每个报文段都必须带 ACK。',
	'in.synReceivedBadAck':
		'这个 ACK（{ack}）确认的不是{me}的 SYN：它的 TCP 回以 RST（seq = {ack}）（RFC 9293 3.10.7.4，第五步）。',
	'in.ackTooHigh': '报文段确认了{me}从未发送过的数据（ack = {ack}）；{me}丢弃它，并回一个 ACK。',
	'in.synAcked': '确认{me}的 SYN 的 ACK 到达（ack = {ack}）：{me}现在知道{peer}已收到它的 ISN。',
	'in.finAcked': '确认{me}的 FIN 的 ACK 到达（ack = {ack}）：{me}这个方向已关闭。',
	'in.finAckedClosing': '确认{me}的 FIN 的 ACK 到达（ack = {ack}）：现在两个 FIN 都已被确认。',
	'in.finAckedLastAck':
		'确认{me}的 FIN 的 ACK 到达（ack = {ack}）：{me}完成了，删除连接（RFC 9293 3.10.7.4）。',
	'in.dataAcked': '{me}的数据已被确认到 {ack}。',
	'in.data': '{me}收到了 {len} 字节（seq = {seq}）；RCV.NXT 移到 {next}，它欠这些数据一个 ACK。',
	'in.heldDelivered': '空缺已补上：暂存的、从 seq = {from} 开始的报文段按顺序被接收。',
	'in.heldOutOfOrder':
		'这个报文段（seq = {seq}）从 RCV.NXT = {rcvNxt} 之后开始：它前面缺了一些内容。{me}暂存它，直到空缺补上（RFC 9293 3.10.7.4，SHLD-31），同时它的 TCP 立即发送一个确认号为 {rcvNxt} 的 ACK，告诉{peer}缺了什么（MAY-13）。',
	'in.dataAfterFin': '{me}忽略这些数据：{peer}已经发送过 FIN，之后不能再有数据。',
	'in.fin':
		'{peer}的 FIN 到达（seq = {seq}）：{peer}没有更多数据要发送了，RCV.NXT 越过 FIN 移到 {rcvNxt}。{me}仍可发送；它欠一个对这个 FIN 的 ACK。',
	'in.finTimeWait':
		'{me}自己的 FIN 被确认之后，{peer}的 FIN 到达（seq = {seq}）：两个方向都已关闭。{me}先关闭，所以它在 TIME_WAIT 中等待 2MSL，并欠一个对这个 FIN 的 ACK（ack = {rcvNxt}）。',
	'in.finClosing':
		'{me}自己的 FIN 尚未被确认时，{peer}的 FIN 到达（seq = {seq}）：双方同时关闭。RCV.NXT 移到 {rcvNxt}，{me}欠一个对这个 FIN 的 ACK。',
	'in.pureAck': '{me}接受这个 ACK；它没有确认任何新内容。',
	'in.arc': '{me}：{from}→{to}。',
	'explain.validNow': '现在可以：{actions}。',
	'explain.separator': '、',
	'explain.nothingValid': '这一方现在没有可做的操作：请操作另一方。',
	'explain.wrapped': '= {sum}，模 2^32',

	// Ladder diagram
	'ladder.client': '客户端',
	'ladder.server': '服务器',
	'ladder.auto': '自动',
	'ladder.retransmission': '重传',
	'ladder.lost': '丢失',
	'ladder.duplicated': '被网络复制',
	'ladder.rejectedRun': '{count} 个操作被拒绝',
	'ladder.rejectedRunShort': '拒绝 {count} 次',
	'ladder.rejected': '{action} 被拒绝：{reason}',
	'action.syn': 'SYN',
	'action.ack': 'ACK',
	'action.fin': 'FIN',
	'action.rst': 'RST',
	'action.data': '数据',
	'action.listen': '监听',
	'action.timeout': '超时',
	'action.close': '关闭',
	'action.resend': '重发 {flags}',
	'action.deliver': '投递',
	'action.drop': '丢弃',
	'action.dup': '复制',
	'action.abort': '中止',

	// Short forms for the diagram: a local change, or why a move was rejected
	'brief.ok.listen': '被动 OPEN',
	'brief.ok.timeWaitExpired': '2MSL 定时器超时',
	'brief.ok.closeListen': 'CLOSE：无需 FIN',
	'brief.ok.closeSynSent': 'CLOSE：无需 FIN',
	'brief.ok.abortQuiet': 'ABORT：无需 RST',
	'brief.ok.abortClosing': 'ABORT：无需 RST',
	'brief.no.syn.alreadySent': '已发过 SYN',
	'brief.no.syn.synReceived': '它的 SYN 已发出',
	'brief.no.syn.synchronized': '已经连接',
	'brief.no.ack.bareAckToSyn': '须发送自己的 SYN',
	'brief.no.ack.nothingReceived': '没有可确认的',
	'brief.no.ack.noConnection': '没有连接',
	'brief.no.ack.timeWait': 'FIN 已回过 ACK',
	'brief.no.ack.allAcked': '没有新内容要 ACK',
	'brief.no.fin.closed': '没有可关闭的连接',
	'brief.no.fin.owesSynAck': '须先发 SYN,ACK',
	'brief.no.fin.alreadySent': '已发过 FIN',
	'brief.no.data.noConnection': '没有连接',
	'brief.no.data.handshake': '握手未完成',
	'brief.no.data.finWait': '已发 FIN，只能接收',
	'brief.no.data.finSent': '已发过 FIN',
	'brief.no.rst.closed': '没有可重置的连接',
	'brief.no.listen.already': '已在监听',
	'brief.no.listen.busy': '非 CLOSED',
	'brief.no.timeout.allAcked': '全部已确认',
	'brief.no.timeout.nothingSent': '什么都没发',
	'brief.no.net.empty': '没有在途报文段',
	'brief.no.net.range': '没有这个报文段',
	'brief.no.net.instant': '即时投递中',
	// What an endpoint waits for or owes (the panes)
	'situation.owesSynAck': '须以 SYN,ACK 回应{peer}的 SYN',
	'situation.owesAckSynAck': '须回 ACK 确认 SYN,ACK',
	'situation.owesAckFin': '须回 ACK 确认{peer}的 FIN',
	'situation.owesAckData': '须回 ACK 确认{peer}的数据',
	'situation.closed': '没有连接',
	'situation.listen': '等待 SYN',
	'situation.synSent': '等待{peer}的 SYN,ACK',
	'situation.synReceived': '等待对自己 SYN 的 ACK',
	'situation.established': '已连接：可发数据或 FIN',
	'situation.finUnacked': '等待对自己 FIN 的 ACK',
	'situation.finWait2': '等待{peer}的 FIN',
	'situation.closeWait': '{peer}已关闭；可再发送，然后 FIN',
	'situation.timeWaitShort': '2MSL；按 t 结束',
	'situation.timeWait': '等待 2MSL；按 t 让它超时',
	'owes.synAck': '欠 SYN,ACK',
	'owes.ack': '欠 ACK',
	'owes.ackFin': '欠 FIN 的 ACK',
	'owes.ackData': '欠数据的 ACK',

	// What each state means (help glossary)
	'state.CLOSED': '没有连接。',
	'state.LISTEN': '服务器等待 SYN（被动打开）。',
	'state.SYN_SENT': '已发 SYN；等待 SYN,ACK。',
	'state.SYN_RECEIVED': '收到 SYN；发 SYN,ACK，等待其 ACK。',
	'state.ESTABLISHED': '连接已建立：数据双向流动。',
	'state.FIN_WAIT_1': '已发 FIN；等待其 ACK（或对方的 FIN）。',
	'state.FIN_WAIT_2': '自己的 FIN 已被 ACK；等待对方的 FIN。',
	'state.CLOSE_WAIT': '对方已关闭；自己仍可发送，之后再关闭。',
	'state.CLOSING': '双方同时发了 FIN；等待 ACK。',
	'state.LAST_ACK': '后发 FIN 的一方；等待最后的 ACK。',
	'state.TIME_WAIT': '先关闭的一方；等待 2MSL，让迷途报文段消失。',

	// The screen
	'ui.sandbox': '沙盒',
	'ui.active': '操作{me}',
	'ui.network': '网络：{mode}',
	'ui.instant': '即时',
	'ui.manual': '手动',
	'ui.peer': '自动：{me}',
	'ui.inFlight': '在途：',
	'ui.nothingInFlight': '在途：无（发出的报文段在此等待，直到按 ⏎ 投递）',
	'ui.networkManual':
		'手动投递：每个报文段都在途中等待。⏎ 投递选中的报文段，x 丢弃，+ 复制，1-9 选另一个；t 重传。',
	'ui.networkInstant': '即时投递：每个报文段都立即到达。',
	'ui.networkBusy': '切回即时投递之前，请先投递或丢弃在途的报文段。',
	'ui.picked': '已选中在途的第 {index} 个报文段。',
	'ui.noSuchFlight': '在途只有 {count} 个报文段。',
	'ui.peerOn':
		'自动对端：{me}现在会像真实的协议栈一样，自己应答到达的报文段。请你扮演{peer}。{me}只会应答：从不自己打开连接、发送数据或关闭连接。',
	'ui.peerNeverCloses': '自动的{me}不会自己关闭：先按 {side}，再按 {fin}。',
	'ui.peerOff': '自动对端已关闭：双方又都由你来操作。',
	'ui.scenarioTitle': '场景：用 ↑/↓ 选择，⏎ 开始（Esc 关闭）',
	'ui.scenarioStart': '{title}。{intro}按空格键逐步播放（其他键照常可用）。',
	'ui.scenarioEnd': '{outro}（场景结束。）',
	'ui.noScenario': '没有正在播放的场景：按 o 打开列表。',
	'ui.twoWayOn':
		'假如握手只有两次会怎样？从现在起，回应 SYN 的一方立即进入 ESTABLISHED，不等 ACK。（按 w 关闭；真实的 TCP 从不这样。）',
	'ui.twoWayOff': '回到真正的三次握手。',
	'ui.twoWay': '两次握手（假设）',
	'ui.helpKey': '? 帮助',
	'ui.validNow': '可按：{keys}',
	'ui.nextIss': 'ISS {iss}（下一个连接用）',
	'ui.noSequence': '没有连接，也就没有序列号',
	'ui.nothingValid': '无可用操作：请操作{peer}',
	'ui.welcome':
		'欢迎。客户端处于 CLOSED，服务器处于 LISTEN（正在监听）。按 s 让客户端发送 SYN；Tab 切换操作方；? 解释每个按键。',
	'ui.rejected': '被拒绝',
	'ui.stepOf': '第{step}/{count}步：{input}',
	'ui.stepsOf': '第{from}至{to}/{count}步：被拒绝的操作',
	'ui.stepByPeer': '（自动{me}发出）',
	'ui.rejectedSkipped': '……此前还有 {count} 个被拒绝的操作，只计数未保留',
	'ui.moreBelow': '▼ 更多：{key} {page}/{pages}',
	'ui.cursorHint': '↑/↓ 逐步 · 末尾再 ↓：回到当前',
	'ui.rejectedBecause': '被拒绝：{reason}',
	'ui.undone': '已撤销{me}的一步：{action}。再按 u 可继续撤销。',
	'ui.undoneNet': '已撤销网络的一步：{action}。再按 u 可继续撤销。',
	'ui.undoneRejected': '撤回了{me}被拒绝的 {action}：它本来就没有改变任何东西。再按 u 继续撤销。',
	'ui.nothingToUndo': '没有可撤销的。',
	'ui.confirmReset': '从头开始？按 y 确认，按其他任意键继续。',
	'ui.reset': '已重新开始：客户端 CLOSED，服务器 LISTEN，ISN 不变。',
	'ui.hintsOn': '提示已开启：每个窗格列出现在可按的键。',
	'ui.hintsOff': '提示已关闭：自己判断哪些操作有效（按 h 恢复提示）。',
	'ui.absolute': '显示绝对序列号（按 # 切换为相对）。',
	'ui.relative': '显示相对于各自 ISN 的序列号（按 # 切换为绝对）。',
	'ui.tooSmall': '终端太小（{cols}x{rows}）：需要 40x12',
	'ui.scrolledNewer': '↓ {count} 较新',
	'ui.scrolled': '↑ {count} 行更早 · ↓ 更新',
	'ui.helpTitle': 'tcp-tui 帮助：按键，以及 TCP 的十一种状态',
	'ui.helpClose': '{help} 或 {close} 关闭帮助',
	'ui.helpScroll': '{keys} 滚动',
	'ui.helpAbove': '↑ 上面 {count} 行（{keys}）',
	'ui.helpBelow': '↓ 下面还有 {count} 行（{keys}）',
	'ui.helpKeys': '按键',
	'ui.helpMore': '网络与场景',
	'ui.helpStates': '状态（RFC 9293 的名称；括号里是你会遇到的其他写法）',
	'ui.unknownKey': "'{key}' 在这里没有作用。按 ? 查看按键。",

	// Key descriptions (footer and help)
	'key.switch': '切换操作方',
	'key.syn': '发送 SYN（打开）',
	'key.ack': '发送 ACK',
	'key.fin': '发送 FIN（关闭）',
	'key.rst': '发送 RST（中止）',
	'key.data': '发送 100 字节数据',
	'key.listen': '监听（被动打开）',
	'key.timeout': '让定时器超时',
	'key.undo': '撤销上一步',
	'key.reset': '从头开始',
	'key.hints': '开/关提示',
	'key.linuxNotes': '“在 Linux 上”注释开/关',
	'key.numbers': '相对/绝对序列号',
	'key.scroll': '逐步查看时序图',
	'key.help': '本帮助',
	'key.quit': '退出',
	'key.network': '即时/手动投递',
	'key.deliver': '投递选中的报文段',
	'key.drop': '丢弃它（丢包）',
	'key.dup': '复制它',
	'key.pick': '选择在途报文段',
	'key.peer': '开/关自动对端',
	'key.scenarios': '经典场景',
	'key.next': '场景的下一步；下一课',
	'key.twoWay': '假如握手只有两次',

	// The footer: a key, then one of these words. A three-letter English word has no two-column
	// Chinese; the footer leaves out what does not fit, by priority.
	'footer.side': '切换',
	'footer.syn': 'SYN',
	'footer.ack': 'ACK',
	'footer.fin': 'FIN',
	'footer.rst': 'RST',
	'footer.data': '数据',
	'footer.listen': '监听',
	'footer.timer': '超时',
	'footer.undo': '撤销',
	'footer.new': '重来',
	'footer.net': '网络',
	'footer.scenarios': '场景',
	'footer.hints': '提示',
	'footer.abs': '绝对',
	'footer.menu': '菜单',
	'footer.help': '帮助',
	'footer.quit': '退出',
	'footer.back': '后退',
	'footer.again': '重来',
	'footer.next': '继续',
	'footer.solution': '解法',
	'footer.deliver': '投递',
	'footer.drop': '丢弃',
	'footer.dup': '复制',
	'footer.pick': '选择',
	'footer.instant': '即时',

	// Script mode's text
	'script.intro': '{title}。{intro}',
	'script.absolute': '序列号为绝对值。',
	'script.relative':
		'序列号相对于各自的 ISN（客户端 {client}，服务器 {server}）；--absolute 显示原始值。',
	'script.step': '{number}. {input}:',
	'script.stepRejected': '{number}. {input}（被拒绝）:',

	// The classic scenarios (source/scenarios): title, intro, the narrated steps, outro
	'scenario.normal.title': '正常的建立与关闭',
	'scenario.normal.intro': '先三次握手，再四次挥手，每个报文段都立即送达。',
	'scenario.normal.syn':
		'客户端发起连接：它的 SYN 携带自己的初始序列号。SYN 立即到达，服务器 LISTEN → SYN_RECEIVED，欠一个 SYN,ACK。',
	'scenario.normal.synAck':
		'服务器发出它欠的 SYN,ACK：带上自己的 ISN，并令 ack = 客户端的 ISN + 1。发送不改变状态。SYN,ACK 到达后，客户端进入 ESTABLISHED，欠一个 ACK。',
	'scenario.normal.ack':
		'第三个报文段向服务器证明：客户端收到了它的 ISN。它一到达，服务器也进入 ESTABLISHED。',
	'scenario.normal.fin':
		'客户端没有更多数据要发送：FIN，ESTABLISHED → FIN_WAIT_1。FIN 到达后，服务器进入 CLOSE_WAIT，欠一个确认它的 ACK。',
	'scenario.normal.ackFin':
		'服务器立即确认这个 FIN，但它可能还有数据要发送：它仍处于 CLOSE_WAIT。这个 ACK 到达后，客户端进入 FIN_WAIT_2。',
	'scenario.normal.serverFin':
		'现在服务器也关闭自己这个方向：CLOSE_WAIT → LAST_ACK。FIN 到达后，客户端进入 TIME_WAIT，欠最后一个 ACK。',
	'scenario.normal.lastAck':
		'最后一个 ACK 到达：服务器完成了，LAST_ACK → CLOSED。客户端仍处于 TIME_WAIT。',
	'scenario.normal.timeout': '2MSL 之后，客户端忘掉这个连接。',
	'scenario.normal.outro': '关闭用了四个报文段，因为两个方向要各自关闭。',

	'scenario.simultaneousOpen.title': '同时打开',
	'scenario.simultaneousOpen.intro': '双方都在对方的 SYN 到达之前发出了 SYN（RFC 9293 图 7）。',
	'scenario.simultaneousOpen.serverSyn':
		'服务器从 LISTEN 发出自己的 SYN：这是主动打开，RFC 9293 允许这样做。',
	'scenario.simultaneousOpen.cross':
		'两个 SYN 交叉而过。客户端的 SYN 到达处于 SYN_SENT 的服务器：在此状态收到纯 SYN，服务器进入 SYN_RECEIVED，欠一个 SYN,ACK。',
	'scenario.simultaneousOpen.crossClient':
		'服务器的 SYN 到达同样处于 SYN_SENT 的客户端：客户端现在也处于 SYN_RECEIVED，欠一个 SYN,ACK。',
	'scenario.simultaneousOpen.synAck':
		'客户端发出它欠的报文段：一个 SYN,ACK，它以同一个 ISN 重复自己的 SYN，并确认服务器的 SYN。发送不改变状态：客户端仍处于 SYN_RECEIVED。',
	'scenario.simultaneousOpen.established':
		'客户端的 SYN,ACK 到达：其中的 ACK 确认了服务器的 SYN，于是服务器 SYN_RECEIVED → ESTABLISHED。它重复的那个 SYN，服务器早已收到。',
	'scenario.simultaneousOpen.bothEstablished':
		'服务器的 SYN,ACK 对客户端起同样的作用：双方都进入 ESTABLISHED。',
	'scenario.simultaneousOpen.outro':
		'用了四个报文段而不是三个，而且对方的 SYN 到达时，没有哪一方处于 LISTEN。',

	'scenario.simultaneousClose.title': '同时关闭',
	'scenario.simultaneousClose.intro': '双方都在对方的 FIN 到达之前发出 FIN：两边都经过 CLOSING。',
	'scenario.simultaneousClose.bothFins': '两个 FIN 同时在途中，双方都处于 FIN_WAIT_1。',
	'scenario.simultaneousClose.finInFinWait1':
		'客户端的 FIN 在服务器处于 FIN_WAIT_1 时到达，此时服务器自己的 FIN 还没被确认：一到达就 FIN_WAIT_1 → CLOSING。服务器欠一个确认它的 ACK。',
	'scenario.simultaneousClose.bothClosing':
		'服务器的 FIN 也这样到达客户端：双方都处于 CLOSING，各欠一个确认对方 FIN 的 ACK。',
	'scenario.simultaneousClose.closing':
		'客户端发出它欠的 ACK。发送不改变状态：客户端仍处于 CLOSING，这是 FIN 到达时让它进入的状态。',
	'scenario.simultaneousClose.timeWait':
		'确认服务器 FIN 的 ACK 在服务器处于 CLOSING 时到达：CLOSING → TIME_WAIT。',
	'scenario.simultaneousClose.outro': '双方都是先关闭的，所以都要在 TIME_WAIT 中等待。',

	'scenario.lostSyn.title': 'SYN 丢失与重传',
	'scenario.lostSyn.intro': '网络丢失了客户端的 SYN。没有谁通知客户端，只有它的定时器会提醒它。',
	'scenario.lostSyn.lost': 'SYN 丢失了。服务器对此毫不知情：它仍处于 LISTEN。',
	'scenario.lostSyn.retransmit': '重传定时器超时：同一个 SYN 带着同一个 ISN 再发一次。',
	'scenario.lostSyn.outro': '重传沿用原来的序列号：服务器无法把它和原始报文段区分开。',

	'scenario.lostLastAck.title': '最后的 ACK 丢失：为何要 TIME_WAIT',
	'scenario.lostLastAck.intro':
		'客户端的最后一个 ACK 丢失了。处于 LAST_ACK 的服务器会重传它的 FIN。',
	'scenario.lostLastAck.lastAck':
		'客户端发送最后一个 ACK。从服务器的 FIN 到达起，它就处于 TIME_WAIT，发送这个 ACK 不会改变这一点。',
	'scenario.lostLastAck.lost': '最后一个 ACK 丢失：服务器仍处于 LAST_ACK。',
	'scenario.lostLastAck.resend': '服务器重传它的 FIN。',
	'scenario.lostLastAck.ackAgain':
		'仍在 TIME_WAIT 中的客户端认出这个旧 FIN：它的 TCP 立即再次用 ACK 确认它，并重新启动 2MSL 定时器。',
	'scenario.lostLastAck.outro':
		"如果客户端没有等待，它处于 CLOSED 的端口就会用 RST 回应这个 FIN：见场景 'no-time-wait'。",

	'scenario.noTimeWait.title': '假如客户端没有等待',
	'scenario.noTimeWait.intro': '同样丢失了最后的 ACK，但客户端立即离开了 TIME_WAIT。',
	'scenario.noTimeWait.lost': '最后一个 ACK 丢失了。',
	'scenario.noTimeWait.tooEarly':
		'客户端没有等满 2MSL，就立即删除了连接：它调用了 ABORT，在 TIME_WAIT 中这不发送任何东西。TIME_WAIT → CLOSED，太早了。',
	'scenario.noTimeWait.resend': '服务器重传它的 FIN……',
	'scenario.noTimeWait.rst': '……它到达的是一个 CLOSED 的端口：回应是 RST。',
	'scenario.noTimeWait.error':
		'RST 在服务器处于 LAST_ACK 时到达：服务器删除连接，结束它的是一个重置，而不是对它 FIN 的 ACK。',
	'scenario.noTimeWait.outro': '正是 TIME_WAIT 让最后一个 ACK 得以重发。',

	'scenario.oldDuplicateSyn.title': '旧的重复 SYN（RFC 9293 图 8）',
	'scenario.oldDuplicateSyn.intro':
		"客户端再次打开连接时，上一次尝试的 SYN 还在网络中。（场景 'two-way' 展示两次握手在这里会怎样。）",
	'scenario.oldDuplicateSyn.copied': '网络复制了这个 SYN：现在有两份副本在途中。',
	'scenario.oldDuplicateSyn.giveUp':
		'客户端放弃了这次尝试（在 SYN_SENT 调用 CLOSE），但它的 SYN 的两份副本都还在网络中……',
	'scenario.oldDuplicateSyn.reopen': '……它又用新的 ISN 再次打开连接。',
	'scenario.oldDuplicateSyn.oldArrives':
		'一个旧的 SYN 先到达。服务器无法知道它已过期：LISTEN → SYN_RECEIVED，欠一个 SYN,ACK。',
	'scenario.oldDuplicateSyn.answer':
		'服务器回应了它：它的 SYN,ACK 确认的是旧的 ISN。图中客户端的序号从它当前的 ISN 数起，所以这个 ack 是负数：它确认的号码比这个 ISN 还小，是上一次尝试留下的。',
	'scenario.oldDuplicateSyn.rst':
		'客户端看到一个 ACK，确认的是它（这一次）从未发送过的 SYN：它回以 RST。RST 的 seq 就是那个 ack，因此在图中同样是负数。',
	'scenario.oldDuplicateSyn.listen': 'RST 让服务器回到 LISTEN：什么连接都没有建立。',
	'scenario.oldDuplicateSyn.newArrives':
		'现在新的 SYN 到达：服务器再次 LISTEN → SYN_RECEIVED，这一次对应的是客户端当前的尝试。',
	'scenario.oldDuplicateSyn.lateCopy':
		'旧 SYN 的第二份副本到达。它位于 RCV.NXT 之前，通不过序列号检查：服务器回一个 ACK 并丢弃它。它既不能重置、也不能取代较新的这次尝试：服务器仍处于 SYN_RECEIVED。',
	'scenario.oldDuplicateSyn.ackIgnored':
		'这个 ACK 对已处于 ESTABLISHED 的客户端来说没有确认任何新东西，所以什么也没改变。',
	'scenario.oldDuplicateSyn.outro':
		'这就是握手需要三个报文段的原因：客户端必须确认被回应的 SYN 正是它当前的这一个。',

	'scenario.twoWay.title': '假如只有两次握手',
	'scenario.twoWay.intro':
		'这不是 TCP：这里回应 SYN 的一方立即进入 ESTABLISHED。和 old-duplicate-syn 一样，旧的 SYN 先到达。',
	'scenario.twoWay.giveUp': '客户端放弃了这次尝试，但它的 SYN 还在网络中……',
	'scenario.twoWay.reopen': '……它又用新的 ISN 再次打开连接。',
	'scenario.twoWay.oldArrives': '旧的 SYN 先到达：服务器 LISTEN → SYN_RECEIVED，欠一个 SYN,ACK。',
	'scenario.twoWay.established':
		'只有两个报文段时，回应就够了：服务器凭一个过期的 SYN 进入 ESTABLISHED，维持着一个客户端从未要求的连接。图中客户端的序号从它当前的 ISN 数起，所以这个 ack 是负数：它确认的是旧的 ISN，比新的小。',
	'scenario.twoWay.outro':
		'在 TCP 中，服务器此时仍处于 SYN_RECEIVED，客户端的 RST 会在任何东西生效之前把它送回 LISTEN（见 old-duplicate-syn）。',

	'scenario.halfClose.title': '半关闭后继续传数据',
	'scenario.halfClose.intro': '客户端关闭了自己这个方向；服务器还有数据要发送。',
	'scenario.halfClose.clientDone':
		'客户端发送完毕：FIN_WAIT_1。FIN 到达后，服务器进入 CLOSE_WAIT，欠一个 ACK。',
	'scenario.halfClose.closeWait':
		'服务器确认了 FIN，仍处于 CLOSE_WAIT：它自己这个方向仍然打开。客户端处于 FIN_WAIT_2。',
	'scenario.halfClose.data': '数据仍然从服务器流向客户端。',
	'scenario.halfClose.ackData': '处于 FIN_WAIT_2 的客户端仍在接收并确认。',
	'scenario.halfClose.serverFin':
		'直到现在，服务器才关闭：CLOSE_WAIT → LAST_ACK；FIN 到达后，客户端进入 TIME_WAIT。',
	'scenario.halfClose.outro': '这就是挥手时 ACK 和 FIN 分成两个报文段的原因。',

	'scenario.refused.title': '连接被拒绝',
	'scenario.refused.intro': '服务器端口上没有人在监听。',
	'scenario.refused.closed': '服务器关闭了监听套接字：端口处于 CLOSED。',
	'scenario.refused.rst': '发往 CLOSED 端口的 SYN 会得到 RST：连接被拒绝。',
	'scenario.refused.outro': 'RST 确认了这个 SYN，所以客户端知道它确实是对自己 SYN 的回应。',

	'scenario.halfOpen.title': '发现半开连接',
	'scenario.halfOpen.intro': '客户端崩溃后重启；服务器仍以为连接是打开的（RFC 9293 图 9）。',
	'scenario.halfOpen.crash': '客户端崩溃了。（模拟为一次中止，其 RST 永远不会到达。）',
	'scenario.halfOpen.notTold': '服务器没有得到通知：它仍认为连接处于 ESTABLISHED。',
	'scenario.halfOpen.reopen': '重启后的客户端用新的 ISN 再次打开连接。',
	'scenario.halfOpen.challengeAck':
		'已同步的连接上容不下 SYN：仍处于 ESTABLISHED 的服务器回一个 ACK，确认号是它期待的下一个序列号（图 9 第 4 行）。这个号码属于崩溃之前的连接：图中客户端的序号从它新的 ISN 数起，这个 ack 比该 ISN 小，所以是负数。',
	'scenario.halfOpen.rst':
		'这个 ACK 确认的不是客户端发送过的任何东西：处于 SYN_SENT 的客户端回以 RST（第 5 行）。RST 的 seq 就是那个 ack，因此在图中同样是负数。',
	'scenario.halfOpen.dropped':
		'RST 携带的正是服务器期待的序列号：服务器中止这个过期的连接，ESTABLISHED → CLOSED（第 6 行）。',
	'scenario.halfOpen.listen': '服务器的应用程序重新监听……',
	'scenario.halfOpen.retransmit':
		'……客户端的重传定时器再次发出它的 SYN（第 7 行）：剩下的就是一次普通的三次握手。',
	'scenario.halfOpen.fresh':
		'SYN 到达正在监听的服务器：LISTEN → SYN_RECEIVED，这是一个使用客户端新 ISN 的全新连接。',
	'scenario.halfOpen.outro': 'RST 清理掉了只有一方还保留着的连接（RFC 9293 图 9）。',
} as const satisfies Record<CoreKey, string>;

/**
 * Every Chinese message. Key parity is checked by the compiler, not by a test: each part satisfies
 * its English part's keys (none missing, none extra), and the whole has every English key but the
 * untranslated parts' (so a part left out is an error too).
 */
export const zh: Partial<Record<MessageKey, string>> = {
	...zhCore,
	...zhModes,
	...zhLessons,
	...zhChallenges,
	...zhQuiz,
	...zhReport,
	...zhProgress,
	...zhExport,
	...zhLinux,
	...zhCli,
	...zhReplay,
} satisfies Record<Exclude<MessageKey, UntranslatedKey>, string> & {
	readonly [Key in UntranslatedKey]?: never;
};
