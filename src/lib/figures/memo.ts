/**
 * Results kept per combination of objects (held weakly: an entry goes when its objects do) and a
 * string key, so that a figure's layout is computed once per build for the same input. The book's
 * entries and lists are the same objects throughout a build; a changed entry is a new object, so
 * it never meets a result computed for the old one. Results are shared: callers must not change
 * them.
 */
interface Node<T> {
  next: WeakMap<object, Node<T>>;
  values: Map<string, T>;
}

const newNode = <T>(): Node<T> => ({ next: new WeakMap(), values: new Map() });

export class Memo<T> {
  #root: Node<T> = newNode();

  /** The result for `objects` and `key`, computed by `compute` the first time only. */
  get(objects: readonly object[], key: string, compute: () => T): T {
    let node = this.#root;
    for (const o of objects) {
      let next = node.next.get(o);
      if (!next) {
        next = newNode();
        node.next.set(o, next);
      }
      node = next;
    }
    if (node.values.has(key)) return node.values.get(key) as T;
    const value = compute();
    node.values.set(key, value);
    return value;
  }
}

const objectIds = new WeakMap<object, number>();
let lastId = 0;

/** A number that names one object for as long as it lives, for keys made of several objects. */
export function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = ++lastId;
    objectIds.set(o, id);
  }
  return id;
}
