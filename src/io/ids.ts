// Document ids become paths under the output folder (documents/<id>.json), so an id from a
// .jsonl line is untrusted input: anything that could land outside that folder, or that a
// file system would read differently from how it is written, is refused for that source.

const MAX_ID_LENGTH = 512;

/** Why an id is refused, or null when it is safe to use as a relative output path. */
export function idProblem(id: string): string | null {
  if (id.length === 0 || id.trim() === '') return 'the id is empty';
  if (id.length > MAX_ID_LENGTH) return `the id is longer than ${MAX_ID_LENGTH} characters`;
  if (id.includes('\0')) return 'the id contains a NUL character';
  if (/[\u0001-\u001f\u007f]/.test(id)) return 'the id contains control characters';
  if (id.includes('\\')) return 'the id contains a backslash (use "/" to separate folders)';
  if (id.startsWith('/') || /^[a-zA-Z]:/.test(id)) return 'the id is an absolute path';
  const segments = id.split('/');
  for (const segment of segments) {
    if (segment === '') return 'the id has an empty path segment ("//" or a trailing "/")';
    if (segment === '.' || segment === '..') return `the id has a "${segment}" path segment, which could escape the output folder`;
    if (Buffer.byteLength(segment, 'utf8') > 200) return 'a path segment of the id is longer than 200 bytes';
  }
  return null;
}
