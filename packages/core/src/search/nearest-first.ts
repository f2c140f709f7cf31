/**
 * The positions of the `count` smallest keys, in ascending order of `(distance, order)`. Keeps a
 * bounded max-heap, so a page of 20 out of 5,000 offices in a city costs n·log 20, not a full sort.
 *
 * @example nearestFirst(new Float64Array([3, 1, 2]), new Float64Array([0, 1, 2]), 3, 2) // [1, 2]
 */
export function nearestFirst(
  distances: ArrayLike<number>,
  orders: ArrayLike<number>,
  length: number,
  count: number,
): number[] {
  const k = Math.min(count, length);
  if (k <= 0) return [];
  const after = (a: number, b: number) =>
    distances[a]! > distances[b]! || (distances[a] === distances[b] && orders[a]! > orders[b]!);

  // heap[0] is the farthest of the nearest k found so far.
  const heap: number[] = [];
  for (let position = 0; position < length; position++) {
    if (heap.length < k) {
      heap.push(position);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!after(heap[child]!, heap[parent]!)) break;
        [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
        child = parent;
      }
    } else if (after(heap[0]!, position)) {
      heap[0] = position;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let largest = parent;
        if (left < k && after(heap[left]!, heap[largest]!)) largest = left;
        if (right < k && after(heap[right]!, heap[largest]!)) largest = right;
        if (largest === parent) break;
        [heap[parent], heap[largest]] = [heap[largest]!, heap[parent]!];
        parent = largest;
      }
    }
  }
  return heap.sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0));
}
