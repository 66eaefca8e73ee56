declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** S3 event notifications (`{ Records: [...] }`) for uploads and deletes; s3rver is a Koa app. */
    on(event: 'event', listener: (event: never) => void): this;
    off(event: 'event', listener: (event: never) => void): this;
  }
}
