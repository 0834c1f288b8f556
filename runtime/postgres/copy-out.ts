/**
 * `COPY … TO STDOUT` read straight off the connection's socket into row chunks. PostgreSQL sends one
 * CopyData message per row, so a generic stream (pg-copy-streams' copy-to) allocates a Buffer or two per
 * row; here a small state machine copies each message's payload into the chunk being built and a message's
 * end is a row's end: no object per row, which is most of what Postgres → Postgres copies cost.
 *
 * Like pg-copy-streams, it takes over the socket's `data` listener from pg while the COPY streams, and hands
 * the socket back (with the bytes not yet read) at CopyDone or at an ErrorResponse, so that pg itself reads
 * CommandComplete, errors and ReadyForQuery and frees the connection.
 */
import type { Connection, Submittable } from "pg"
import { ChunkBuilder, type RowChunk } from "../rows"

const COPY_DATA = 0x64 // d
const COPY_DONE = 0x63 // c
const ERROR_RESPONSE = 0x45 // E

const CODE = 0
const LENGTH = 1
const BODY = 2

/** Payloads shorter than this are copied byte by byte. */
const SHORT = 256

/** Chunks waiting for the consumer before the socket is paused. */
const QUEUED = 2

interface Socket {
  listeners(event: "data"): Array<(data: Buffer) => void>
  on(event: "data", listener: (data: Buffer) => void): void
  removeListener(event: "data", listener: (data: Buffer) => void): void
  pause(): void
  resume(): void
}

export class CopyOutRows implements Submittable, AsyncIterable<RowChunk> {
  private socket: Socket | null = null
  private pgListener: ((data: Buffer) => void) | null = null
  private state = CODE
  private code = 0
  private length = 0
  private lengthBytes = 0
  private remaining = 0
  private row = 0
  private paused = false
  private readonly ready: RowChunk[] = []
  private finished = false
  private failure: Error | null = null
  private wake: (() => void) | null = null
  private readonly builder: ChunkBuilder

  constructor(
    readonly text: string,
    limits: { readonly chunkBytes: number; readonly chunkRows: number },
  ) {
    this.builder = new ChunkBuilder(limits.chunkBytes, limits.chunkRows, 64 * 1024)
  }

  submit(connection: Connection): void {
    const socket = (connection as unknown as { stream: Socket }).stream
    const [pgListener] = socket.listeners("data")
    if (pgListener === undefined) throw new Error("the connection has no data listener to take over")
    this.socket = socket
    this.pgListener = pgListener
    socket.removeListener("data", pgListener)
    socket.on("data", this.onData)
    connection.query(this.text)
  }

  private readonly onData = (data: Buffer): void => {
    const builder = this.builder
    let i = 0
    const end = data.length
    while (i < end) {
      if (this.state === CODE) {
        this.code = data[i] as number
        if (this.code === ERROR_RESPONSE) return this.handBack(data.subarray(i))
        i++
        this.state = LENGTH
        this.length = 0
        this.lengthBytes = 0
      } else if (this.state === LENGTH) {
        this.length = this.length * 256 + (data[i++] as number)
        if (++this.lengthBytes === 4) {
          this.remaining = this.length - 4
          this.state = BODY
          if (this.remaining === 0 && this.endMessage()) return this.handBack(data.subarray(i))
        }
      } else {
        const take = Math.min(this.remaining, end - i)
        if (this.code === COPY_DATA) {
          builder.reserve(take)
          const out = builder.out
          let pos = builder.pos
          // rows are short: a plain loop beats a native call per row
          if (take < SHORT) for (let k = i; k < i + take; k++) out[pos++] = data[k] as number
          else pos += data.copy(out, pos, i, i + take)
          builder.pos = pos
        }
        i += take
        this.remaining -= take
        if (this.remaining === 0 && this.endMessage()) return this.handBack(data.subarray(i))
      }
    }
  }

  /** A message ended; true when it was CopyDone and the socket goes back to pg. */
  private endMessage(): boolean {
    this.state = CODE
    if (this.code === COPY_DATA) {
      this.builder.endRow(++this.row)
      if (this.builder.full) this.queue(this.builder.take())
      return false
    }
    return this.code === COPY_DONE
  }

  private queue(chunk: RowChunk): void {
    this.ready.push(chunk)
    if (this.ready.length >= QUEUED && !this.paused) {
      this.paused = true
      this.socket?.pause()
    }
    this.notify()
  }

  private handBack(rest: Buffer): void {
    const socket = this.socket
    const pgListener = this.pgListener
    if (socket === null || pgListener === null) return
    if (!this.builder.empty) this.queue(this.builder.take())
    socket.removeListener("data", this.onData)
    socket.on("data", pgListener)
    this.socket = null
    if (this.paused) {
      this.paused = false
      socket.resume()
    }
    if (rest.length > 0) pgListener(rest)
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }

  // pg calls these once it reads the messages after the COPY (or the error).
  handleError(error: Error): void {
    this.failure = error
    this.notify()
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    this.finished = true
    this.notify()
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RowChunk> {
    for (;;) {
      const chunk = this.ready.shift()
      if (chunk !== undefined) {
        if (this.paused && this.ready.length < QUEUED) {
          this.paused = false
          this.socket?.resume()
        }
        yield chunk
        continue
      }
      if (this.failure !== null) throw this.failure
      if (this.finished) return
      await new Promise<void>((resolve) => {
        this.wake = resolve
      })
    }
  }
}
