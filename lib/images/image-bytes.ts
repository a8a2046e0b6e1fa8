/**
 * An image file read piece by piece, only where its structure says metadata sits, and never more
 * than a fixed budget. The service worker gives it a function that asks the site for a range of
 * bytes; tests and the measuring script give it a whole file held in memory.
 *
 * Why a budget: the person clicked once, the site pays for every byte, and a hostile file can
 * claim a manifest of 4 GB. Past the budget the reader stops and says so (`ReadBudgetExceeded`),
 * and the caller reports "too large" rather than guessing from what it did not read.
 */

export interface ReadBudget {
  /** Most bytes received for one image, all requests together. */
  maxBytes: number;
  /** Most requests for one image: the first read, then the few hops the structure asks for. */
  maxReads: number;
  /** Smallest request: asking for a few bytes at a time would cost a round trip each. */
  window: number;
}

/**
 * 2 MB per image covers every manifest store seen in the public C2PA test files (the largest,
 * a Photoshop composite with its Firefly ingredient, is 256 KB) with room for thumbnails; 8
 * requests cover a store continued over several reads plus a jump over the image data.
 */
export const READ_BUDGET: ReadBudget = { maxBytes: 2 * 1024 * 1024, maxReads: 8, window: 64 * 1024 };

/** What a fetch of `[offset, offset + length)` brought back. */
export interface FetchedBytes {
  /**
   * Where the bytes start in the file: `offset`, or 0 when a server ignored the range and sent
   * the file from its start.
   */
  start: number;
  bytes: Uint8Array;
  /** The file's size, when the answer told it (`Content-Range: bytes a-b/size`). */
  size?: number;
}

export type FetchBytes = (offset: number, length: number) => Promise<FetchedBytes>;

/** The read budget ran out: the file asks for more than Vigie agrees to read. */
export class ReadBudgetExceeded extends Error {
  constructor() {
    super('image read budget exceeded');
    this.name = 'ReadBudgetExceeded';
  }
}

interface Piece {
  start: number;
  bytes: Uint8Array;
}

export class ImageBytes {
  /** Bytes received so far, sorted by offset, never overlapping. */
  private pieces: Piece[] = [];
  private knownSize: number | undefined;
  private received = 0;
  private requests = 0;

  private constructor(
    private readonly fetchBytes: FetchBytes | undefined,
    private readonly budget: ReadBudget,
  ) {}

  /** A file already in memory: nothing is fetched, the whole file is there. */
  static fromBytes(bytes: Uint8Array): ImageBytes {
    const file = new ImageBytes(undefined, READ_BUDGET);
    file.pieces = [{ start: 0, bytes }];
    file.knownSize = bytes.length;
    return file;
  }

  /** A file read through `fetchBytes`, within `budget`. */
  static fromFetch(fetchBytes: FetchBytes, budget: ReadBudget = READ_BUDGET): ImageBytes {
    return new ImageBytes(fetchBytes, budget);
  }

  /** The file's size, once known (from the server, or on reaching its end). */
  get size(): number | undefined {
    return this.knownSize;
  }

  /** How much was received and in how many requests (the measuring script prints it). */
  get cost(): { bytes: number; requests: number } {
    return { bytes: this.received, requests: this.requests };
  }

  /** True when `[offset, offset + length)` is already held (or lies past the known end): no fetch needed. */
  holds(offset: number, length: number): boolean {
    const end = this.knownSize === undefined ? offset + length : Math.min(offset + length, this.knownSize);
    return end <= offset || this.covering(offset, end) !== undefined;
  }

  /** True when `length` bytes could be read at all within the budget. */
  affordable(length: number): boolean {
    return length <= this.budget.maxBytes;
  }

  /**
   * The bytes at `[offset, offset + length)`, fewer when the file ends first. Fetches what is
   * missing; throws `ReadBudgetExceeded` rather than read past the budget, and whatever the
   * fetch throws (a network error, a timeout).
   */
  async get(offset: number, length: number): Promise<Uint8Array> {
    if (!Number.isSafeInteger(offset) || offset < 0 || length <= 0) return new Uint8Array();
    let end = offset + length;
    if (this.knownSize !== undefined) end = Math.min(end, this.knownSize);
    if (end <= offset) return new Uint8Array();
    // A few passes: one per gap between the pieces held, plus one when a fetch comes back short.
    for (let pass = 0; pass < 4; pass++) {
      const have = this.covering(offset, end);
      if (have) return have;
      if (!this.fetchBytes) return this.partial(offset, end);
      await this.fetchMissing(offset, end);
      if (this.knownSize !== undefined) end = Math.min(end, this.knownSize);
      if (end <= offset) return new Uint8Array();
    }
    return this.covering(offset, end) ?? this.partial(offset, end);
  }

  /** The one piece holding all of `[offset, end)`, as a view, else undefined. */
  private covering(offset: number, end: number): Uint8Array | undefined {
    const piece = this.pieces.find((p) => p.start <= offset && p.start + p.bytes.length >= end);
    return piece?.bytes.subarray(offset - piece.start, end - piece.start);
  }

  /** What is held from `offset` on, contiguous, cut at `end`. */
  private partial(offset: number, end: number): Uint8Array {
    const piece = this.pieces.find((p) => p.start <= offset && p.start + p.bytes.length > offset);
    return piece ? piece.bytes.subarray(offset - piece.start, Math.min(end, piece.start + piece.bytes.length) - piece.start) : new Uint8Array();
  }

  private async fetchMissing(offset: number, end: number): Promise<void> {
    // Start where what is held stops; ask for a whole window, or up to the file's end.
    let from = offset;
    for (const p of this.pieces) if (p.start <= from && p.start + p.bytes.length > from) from = p.start + p.bytes.length;
    const needed = end - from;
    const left = this.budget.maxBytes - this.received;
    if (needed > left || this.requests >= this.budget.maxReads) throw new ReadBudgetExceeded();
    let length = Math.min(Math.max(needed, this.budget.window), left);
    if (this.knownSize !== undefined) length = Math.min(length, this.knownSize - from);
    // Never ask again for bytes already held: stop where the next piece starts.
    const next = this.pieces.find((p) => p.start > from);
    if (next) length = Math.min(length, next.start - from);
    if (length <= 0) return;
    this.requests++;
    const got = await this.fetchBytes!(from, length);
    this.received += got.bytes.length;
    if (this.received > this.budget.maxBytes) throw new ReadBudgetExceeded();
    if (got.size !== undefined && Number.isSafeInteger(got.size) && got.size >= 0) this.knownSize = got.size;
    // A short answer that covers the asked start is the end of the file.
    const gotEnd = got.start + got.bytes.length;
    if (got.start <= from && gotEnd < from + length && this.knownSize === undefined) this.knownSize = gotEnd;
    if (got.start > from || gotEnd <= from) {
      // Nothing usable at the place asked for: treat it as the end rather than ask again.
      this.knownSize ??= from;
      this.knownSize = Math.min(this.knownSize, from);
      return;
    }
    this.add(got.start, got.bytes);
  }

  /** Adds a piece and merges it with the pieces it touches. */
  private add(start: number, bytes: Uint8Array): void {
    const end = start + bytes.length;
    const touching = this.pieces.filter((p) => p.start <= end && p.start + p.bytes.length >= start);
    const rest = this.pieces.filter((p) => !touching.includes(p));
    if (touching.length === 0) {
      rest.push({ start, bytes });
    } else {
      const from = Math.min(start, ...touching.map((p) => p.start));
      const to = Math.max(end, ...touching.map((p) => p.start + p.bytes.length));
      const merged = new Uint8Array(to - from);
      for (const p of touching) merged.set(p.bytes, p.start - from);
      merged.set(bytes, start - from);
      rest.push({ start: from, bytes: merged });
    }
    this.pieces = rest.sort((a, b) => a.start - b.start);
  }
}
