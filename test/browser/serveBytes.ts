// Answers a request for an MP3 with its bytes, honouring a Range header as storage does (206).
import type { IncomingMessage, ServerResponse } from 'node:http';

export function serveBytes(req: IncomingMessage, res: ServerResponse, bytes: Uint8Array): void {
  const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
  res.setHeader('Content-Type', 'audio/mpeg');
  res.setHeader('Accept-Ranges', 'bytes');
  if (!range) return void res.end(bytes);
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
  res.statusCode = 206;
  res.setHeader('Content-Range', `bytes ${start}-${end}/${bytes.length}`);
  res.end(bytes.subarray(start, end + 1));
}
