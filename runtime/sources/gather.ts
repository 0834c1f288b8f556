/**
 * The record readers (JSON, NDJSON, XML) append each piece of input to the unfinished record they hold and
 * scan on. Pieces of a few kilobytes (a download's) would make a long record cost one copy and one rescan
 * per piece, quadratic in its length: a 4 MB record in 8 KB pieces took seconds. Gathered, each piece
 * handed on is at least as large as what the reader still holds, so the copies and rescans add up to a
 * small multiple of the input.
 */
const MIN_PIECE = 64 * 1024

export async function* gathered(input: AsyncIterable<Buffer>, held: () => number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = []
  let size = 0
  for await (const piece of input) {
    parts.push(piece)
    size += piece.length
    if (size >= Math.max(MIN_PIECE, held())) {
      yield parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size)
      parts = []
      size = 0
    }
  }
  if (size > 0) yield parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size)
}
