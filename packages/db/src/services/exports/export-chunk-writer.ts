/**
 * Collects CSV text into chunks of about `chunkBytes` bytes and stores each one as a row of
 * data_export_chunks, with the export's progress (rows and bytes so far) in the same statement so
 * that the console can show it. Text is encoded straight into the chunk's buffer, so that rows do
 * not outlive their batch (fewer, cheaper garbage collections); one chunk is written while the
 * next one fills.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export interface ExportTotals {
  rowCount: number;
  byteSize: number;
}

export class ExportChunkWriter {
  private buffer: Buffer;
  /** The buffer of the chunk being written, reused once its write has finished. */
  private spare: Buffer | null = null;
  private used = 0;
  private seq = 0;
  private rowCount = 0;
  private byteSize = 0;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly exportId: string,
    private readonly chunkBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  /** Text that is not a data row (the header). */
  addText(text: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 code unit.
    const room = this.buffer.length - this.used;
    if (text.length * 3 <= room) {
      this.used += this.buffer.write(text, this.used, "utf8");
      return;
    }
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > room) this.grow(this.used + bytes);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  addRow(line: string): void {
    this.addText(line);
    this.rowCount += 1;
  }

  /** Stores the chunk once it is full enough; a chunk ends on a row boundary. */
  async flushIfFull(): Promise<void> {
    if (this.used >= this.chunkBytes * 0.9) await this.flush();
  }

  async close(): Promise<ExportTotals> {
    await this.flush();
    await this.inFlight;
    return { rowCount: this.rowCount, byteSize: this.byteSize };
  }

  /** Rows are not split across chunks, so a chunk may outgrow the nominal size. */
  private grow(bytes: number): void {
    const larger = Buffer.allocUnsafe(Math.max(bytes, this.buffer.length * 2));
    this.buffer.copy(larger, 0, 0, this.used);
    this.buffer = larger;
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer;
    const data = full.subarray(0, this.used);
    this.seq += 1;
    this.byteSize += this.used;
    const progress = { seq: this.seq, rowCount: this.rowCount, byteSize: this.byteSize };
    await this.inFlight;
    this.buffer = this.spare && this.spare.length >= this.chunkBytes ? this.spare : Buffer.allocUnsafe(this.chunkBytes);
    this.spare = null;
    this.used = 0;
    this.inFlight = this.write(data, progress).then(() => {
      this.spare = full;
    });
    // Awaited by the next flush or by close(); until then a failure must not count as unhandled.
    this.inFlight.catch(() => undefined);
  }

  private async write(data: Buffer, progress: { seq: number; rowCount: number; byteSize: number }): Promise<void> {
    await sql(
      this.em,
      `WITH chunk AS (INSERT INTO data_export_chunks (export_id, seq, data) VALUES (?, ?, ?) RETURNING export_id)
       UPDATE data_exports SET row_count = ?, byte_size = ? WHERE id = (SELECT export_id FROM chunk)`,
      [this.exportId, progress.seq, data, progress.rowCount, progress.byteSize],
    );
  }
}
