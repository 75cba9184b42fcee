// Link layers: where the IP packet starts in a captured frame, for the link types tcpdump and
// Wireshark write on Linux and the BSDs.

/** Link types (https://www.tcpdump.org/linktypes.html) this reader understands. */
export const linkTypes = {
	null: 0,
	ethernet: 1,
	/** DLT_RAW as most systems number it; some files carry it instead of 101. */
	rawBsd: 12,
	/** DLT_RAW on OpenBSD. */
	rawOpenBsd: 14,
	raw: 101,
	loop: 108,
	linuxCooked: 113,
	ipv4: 228,
	ipv6: 229,
	linuxCooked2: 276,
} as const;

const knownLinkTypes: ReadonlySet<number> = new Set(Object.values(linkTypes));

export function isKnownLinkType(linkType: number): boolean {
	return knownLinkTypes.has(linkType);
}

/** Names for the listing's header line. */
export function linkTypeName(linkType: number): string {
	switch (linkType) {
		case linkTypes.null:
			return 'BSD loopback';
		case linkTypes.ethernet:
			return 'Ethernet';
		case linkTypes.rawBsd:
		case linkTypes.rawOpenBsd:
		case linkTypes.raw:
			return 'raw IP';
		case linkTypes.loop:
			return 'OpenBSD loopback';
		case linkTypes.linuxCooked:
			return 'Linux cooked v1';
		case linkTypes.ipv4:
			return 'raw IPv4';
		case linkTypes.ipv6:
			return 'raw IPv6';
		case linkTypes.linuxCooked2:
			return 'Linux cooked v2';
		default:
			return `link type ${linkType}`;
	}
}

/** IPv4 or IPv6 at `offset`; 0 for another protocol; -1 when the frame is too short to say. */
export type NetworkStart = {readonly version: 0 | 4 | 6; readonly offset: number};

const notIp: NetworkStart = {version: 0, offset: 0};
const cut: NetworkStart = {version: 0, offset: -1};

function byEtherType(type: number, offset: number): NetworkStart {
	if (type === 0x08_00) return {version: 4, offset};
	if (type === 0x86_dd) return {version: 6, offset};
	return notIp;
}

/** The IP version in the first nibble, for link types that carry bare IP packets. */
function byVersion(data: Uint8Array, offset: number): NetworkStart {
	if (data.length <= offset) return cut;
	const version = (data[offset] ?? 0) >> 4;
	return version === 4 || version === 6 ? {version, offset} : notIp;
}

/** BSD address families: AF_INET is 2 everywhere; AF_INET6 is 10, 24, 28 or 30 by system. */
function byFamily(family: number, offset: number): NetworkStart {
	if (family === 2) return {version: 4, offset};
	if (family === 10 || family === 24 || family === 28 || family === 30 || family === 23) {
		return {version: 6, offset};
	}
	return notIp;
}

function u16(data: Uint8Array, at: number): number {
	return ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
}

export function networkStart(linkType: number, data: Uint8Array): NetworkStart {
	switch (linkType) {
		case linkTypes.ethernet: {
			let offset = 12;
			// 802.1Q and 802.1ad tags, stacked or not, each 4 bytes before the real type.
			for (let tags = 0; tags < 4; tags++) {
				if (data.length < offset + 2) return cut;
				const type = u16(data, offset);
				if (type !== 0x81_00 && type !== 0x88_a8 && type !== 0x91_00) {
					return byEtherType(type, offset + 2);
				}
				offset += 4;
			}
			return notIp;
		}
		case linkTypes.linuxCooked:
			if (data.length < 16) return cut;
			return byEtherType(u16(data, 14), 16);
		case linkTypes.linuxCooked2:
			if (data.length < 20) return cut;
			return byEtherType(u16(data, 0), 20);
		case linkTypes.null: {
			if (data.length < 4) return cut;
			// The family is in the byte order of the machine that captured: try both.
			const little =
				(data[0] ?? 0) | ((data[1] ?? 0) << 8) | ((data[2] ?? 0) << 16) | ((data[3] ?? 0) << 24);
			const big = (u16(data, 0) << 16) | u16(data, 2);
			return little >>> 0 < 0x1_00_00 ? byFamily(little, 4) : byFamily(big, 4);
		}
		case linkTypes.loop:
			if (data.length < 4) return cut;
			return byFamily((u16(data, 0) << 16) | u16(data, 2), 4);
		case linkTypes.raw:
		case linkTypes.rawBsd:
		case linkTypes.rawOpenBsd:
			return byVersion(data, 0);
		case linkTypes.ipv4:
			return {version: 4, offset: 0};
		case linkTypes.ipv6:
			return {version: 6, offset: 0};
		default:
			return notIp;
	}
}
