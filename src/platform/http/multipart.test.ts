import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from './errors.ts';
import { readMultipart } from './multipart.ts';

/** A body as a browser would post the form, with its content type (boundary included). */
async function encode(form: FormData): Promise<{ contentType: string; body: Buffer }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { contentType: request.headers.get('content-type') ?? '', body: Buffer.from(await request.arrayBuffer()) };
}

describe('readMultipart: one reader for every module that takes a file', () => {
  it('text fields as strings, a repeated name as an array, a file as base64 and an empty file input as ""', async () => {
    const form = new FormData();
    form.append('comment', 'Hyvä');
    form.append('ids[]', 'a');
    form.append('ids[]', 'b');
    form.append('file', new Blob([Buffer.from('indicator_id;actual\n1;2,5\n')]), 'luvut.csv');
    form.append('empty', new Blob([]), '');
    const { contentType, body } = await encode(form);
    const fields = await readMultipart(contentType, body);
    assert.equal(fields.comment, 'Hyvä');
    assert.deepEqual(fields['ids[]'], ['a', 'b']);
    assert.equal(Buffer.from(String(fields.file), 'base64').toString('utf8'), 'indicator_id;actual\n1;2,5\n');
    assert.equal(fields.empty, '');
  });

  it('a body the parser cannot read, and NUL in a field, are 400', async () => {
    await assert.rejects(readMultipart('multipart/form-data; boundary=x', Buffer.from('not a multipart body')), (error: unknown) => {
      assert.ok(error instanceof HttpError);
      assert.equal(error.status, 400);
      return true;
    });
    const form = new FormData();
    form.append('comment', 'a\u0000b');
    const { contentType, body } = await encode(form);
    await assert.rejects(readMultipart(contentType, body), (error: unknown) => error instanceof HttpError && error.status === 400);
  });
});
