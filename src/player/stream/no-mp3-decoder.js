// What `#mp3-decoder` is when the library is bundled for a server (Next.js server rendering, plain
// Node): the WASM MP3 decoder is a browser fallback that a server never runs, and bundling its Node
// build would pull in a worker shim that some server bundlers cannot resolve. Copied to dist by the build.
export class MPEGDecoderWebWorker {
  constructor() {
    throw new Error('The MP3 decoder runs in browsers only.');
  }
}
