// API Gateway refuses a WebSocket frame over 32 KB with close code 1009, whatever the
// message's size. `ws` only bounds whole messages, so this reads the frame headers of what
// the client sends (RFC 6455 §5.2) next to it and reports the first frame that is too large.

/**
 * A frame-header reader: feed it the bytes the client sends; it calls `tooLarge` once when a
 * frame's payload length exceeds `maxFrameBytes`.
 *
 * @example
 * ```ts
 * const feed = frameGuard(32_768, () => socket.close(1009));
 * tcp.on('data', feed);
 * ```
 */
export function frameGuard(maxFrameBytes: number, tooLarge: (length: number) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  // Bytes of the current frame's payload still to skip.
  let skip = 0;
  let tripped = false;
  return (chunk) => {
    if (tripped) return;
    let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, data.length);
        skip -= n;
        data = data.subarray(n);
        if (skip > 0) return;
      }
      if (data.length < 2) break;
      const masked = ((data[1] as number) & 0x80) !== 0;
      const short = (data[1] as number) & 0x7f;
      const lengthBytes = short === 126 ? 2 : short === 127 ? 8 : 0;
      const header = 2 + lengthBytes + (masked ? 4 : 0);
      if (data.length < header) break;
      const length = short === 126 ? data.readUInt16BE(2) : short === 127 ? Number(data.readBigUInt64BE(2)) : short;
      if (length > maxFrameBytes) {
        tripped = true;
        tooLarge(length);
        return;
      }
      data = data.subarray(header);
      skip = length;
    }
    pending = Buffer.from(data);
  };
}
