import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StoredFile } from './stored-files.ts';

/**
 * Answers a stored file with a strong ETag and Last-Modified, or 304 when the client's copy is this
 * one (If-None-Match first, as RFC 9110 asks; If-Modified-Since only without it). Visible processes
 * may be visible to some people only, so caches keep it private and revalidate each time.
 */
export function sendStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: StoredFile,
  headers: { contentType: string; filename: string },
): FastifyReply {
  const etag = `"${file.etag}"`;
  const lastModified = new Date(file.builtAt).toUTCString();
  reply.header('etag', etag).header('last-modified', lastModified).header('cache-control', 'private, no-cache');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  const unchanged =
    ifNoneMatch !== undefined
      ? ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
      : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
  if (unchanged) return reply.code(304).send();
  return reply
    .header('content-type', headers.contentType)
    .header('content-disposition', `attachment; filename="${headers.filename}"`)
    .send(file.bytes);
}
