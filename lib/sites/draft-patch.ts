// A site document's change as the few values that differ from the revision the editor holds, so
// that a save of a large document still fits in one keepalive request (64 KiB), which the browser
// finishes after the page has gone. Each operation sets or removes one value at a path of object
// keys and array indexes; an array whose length changed is set whole. Pure and framework-free: the
// editor computes a patch (diffDocument), the server applies it to the stored draft of the same
// revision and validates the result as any saved document (lib/sites/mutations.ts).
export type PatchPath = (string | number)[];
export type PatchOperation = { op: 'set'; path: PatchPath; value: unknown } | { op: 'remove'; path: PatchPath };

// Keys that would reach an object's prototype instead of the object.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// The operations that turn `before` into `after`, as JSON sees both (an undefined value is left
// out, as JSON.stringify does). Parts the two share (the same object) are skipped at once.
export function diffDocument(before: unknown, after: unknown): PatchOperation[] {
  const out: PatchOperation[] = [];
  diffInto(before, after, [], out);
  return out;
}

// `path` is one array, extended and shortened on the way down: copied only into an operation.
function diffInto(before: unknown, after: unknown, path: PatchPath, out: PatchOperation[]) {
  if (before === after) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key in after) {
      if (!Object.hasOwn(after, key) || after[key] === undefined) continue;
      path.push(key);
      if (Object.hasOwn(before, key) && before[key] !== undefined) diffInto(before[key], after[key], path, out);
      else out.push({ op: 'set', path: [...path], value: after[key] });
      path.pop();
    }
    for (const key in before) {
      if (Object.hasOwn(before, key) && before[key] !== undefined && (!Object.hasOwn(after, key) || after[key] === undefined))
        out.push({ op: 'remove', path: [...path, key] });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < after.length; i++) {
      path.push(i);
      diffInto(before[i], after[i], path, out);
      path.pop();
    }
    return;
  }
  out.push({ op: 'set', path: [...path], value: after });
}

export class PatchError extends Error {}

// The document with the operations applied, in order; `document` itself is not changed. An
// operation whose path does not lead through the document (a missing key or index on the way, a
// forbidden key, an index set or removed outside an array's length) throws a PatchError.
export function applyPatch(document: unknown, operations: readonly PatchOperation[]): unknown {
  let result: unknown = structuredClone(document);
  for (const operation of operations) {
    const where = operation.path.map(String).join('/') || '(the document)';
    if (operation.path.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) throw new PatchError(`The patch names a forbidden key at ${where}.`);
    if (!operation.path.length) {
      if (operation.op === 'remove') throw new PatchError('The patch removes the whole document.');
      result = structuredClone(operation.value);
      continue;
    }
    let container = result;
    for (const key of operation.path.slice(0, -1)) {
      container = child(container, key);
      if (container === undefined) throw new PatchError(`The patch names a path that is not in the document: ${where}.`);
    }
    const last = operation.path.at(-1)!;
    if (Array.isArray(container) && typeof last === 'number' && Number.isInteger(last) && last >= 0 && last < container.length) {
      if (operation.op === 'remove') throw new PatchError(`The patch removes an item of a list at ${where}; it sets the whole list instead.`);
      container[last] = structuredClone(operation.value);
    } else if (isRecord(container) && typeof last === 'string') {
      if (operation.op === 'remove') delete container[last];
      else container[last] = structuredClone(operation.value);
    } else {
      throw new PatchError(`The patch names a path that is not in the document: ${where}.`);
    }
  }
  return result;
}

function child(container: unknown, key: string | number): unknown {
  if (Array.isArray(container)) return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < container.length ? container[key] : undefined;
  if (isRecord(container) && typeof key === 'string' && Object.hasOwn(container, key)) {
    const value = container[key];
    return typeof value === 'object' && value !== null ? value : undefined;
  }
  return undefined;
}
