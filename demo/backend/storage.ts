// The demo's embedded S3: s3rver in this process, objects signed by the real AWS SDK v3 presigner,
// so expiry, 403s, Range and CORS behave as they do against S3. Uploads raise S3's own event
// notifications (s3rver sends the same records as S3), which is where the peaks job hooks in.
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export const BUCKET = 'call-recordings';

const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>Content-Length</ExposeHeader>
    <ExposeHeader>Content-Range</ExposeHeader>
    <ExposeHeader>Content-Disposition</ExposeHeader>
    <ExposeHeader>Accept-Ranges</ExposeHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/** An S3 event notification, as S3 (and s3rver) sends it. */
export interface S3Notification {
  Records: { eventName: string; s3: { bucket: { name: string }; object: { key: string } } }[];
}

export interface Storage {
  endpoint: string;
  /** The SDK client the demo uses, for jobs that read and write objects themselves. */
  client: S3Client;
  put(key: string, body: Uint8Array): Promise<void>;
  /** An object's bytes, or null when there is no such key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Calls `listener` with each event notification (uploads); returns the unsubscribe. */
  onEvent(listener: (event: S3Notification) => void): () => void;
  /** A presigned GET that S3 refuses once `lifetimeSeconds` have passed. */
  presign(key: string, lifetimeSeconds: number, downloadName?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startStorage(host = '127.0.0.1', port = 0): Promise<Storage> {
  const directory = mkdtempSync(join(tmpdir(), 'talkturo-demo-s3-'));
  const server = new S3rver({
    address: host,
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [CORS] }],
  });
  const address = (await server.run()) as { address: string; port: number };
  const endpoint = `http://${host}:${address.port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    endpoint,
    client,
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    onEvent(listener) {
      server.on('event', listener);
      return () => server.off('event', listener);
    },
    async put(key, body) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: 'audio/mpeg' }));
    },
    presign(key, lifetimeSeconds, downloadName) {
      const command = new GetObjectCommand({
        Bucket: BUCKET,
        Key: key,
        ...(downloadName ? { ResponseContentDisposition: `attachment; filename="${downloadName}"` } : {}),
      });
      return getSignedUrl(client, command, { expiresIn: lifetimeSeconds });
    },
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
