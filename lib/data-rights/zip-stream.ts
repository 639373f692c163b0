import 'server-only';
import { Zip, ZipDeflate } from 'fflate';

// A zip archive written while it downloads: the data exports (organisation and account) are far
// too large to build in memory at a chain's scale, so each file's text is compressed piece by
// piece and handed to the response as soon as fflate emits it.

/** One file of the archive; its text arrives in pieces (e.g. one batch of rows each). */
export type ZipEntry = { name: string; content: AsyncIterable<string> | Iterable<string> };

/**
 * The archive of `entries` as a byte stream. Nothing is read ahead: the next piece is asked for
 * only when the reader has taken the bytes of the last, so memory holds about one piece whatever
 * the archive's size. Cancelling the stream (an aborted download) ends the sources' iterators,
 * which lets them release what they hold (a database cursor).
 */
export function zipStream(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  modifiedAt = new Date(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });

  async function* compress() {
    for await (const entry of entries) {
      const file = new ZipDeflate(entry.name, { level: 6 });
      file.mtime = modifiedAt;
      zip.add(file);
      for await (const piece of entry.content) {
        file.push(encoder.encode(piece));
        yield;
      }
      file.push(new Uint8Array(0), true);
      yield;
    }
    zip.end();
  }
  const steps = compress();

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (ready.length > 0) {
          for (const chunk of ready) controller.enqueue(chunk);
          ready = [];
          return;
        }
        const step = await steps.next();
        if (failure) throw failure;
        if (step.done) {
          for (const chunk of ready) controller.enqueue(chunk);
          controller.close();
          return;
        }
      }
    },
    async cancel() {
      await steps.return(undefined);
    },
  });
}

/** A finished export, ready to be served as a download. */
export type ZipDownload = { filename: string; stream: ReadableStream<Uint8Array> };

/** The download's response: never cached, never sniffed as anything but a zip. */
export function zipDownloadResponse(download: ZipDownload) {
  return new Response(download.stream, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${download.filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
