/// An array that a run fills again over the elements an earlier run left in it, in the same
/// memory: a Monte Carlo worker's stages write their years into the arrays of its previous
/// draw (`Assessment/Storage`, design notes §70 and §71).
///
/// Emptying an array with `removeAll(keepingCapacity:)` and reserving room again cost about
/// 170 instructions per array and run, more than writing a run's few years. Writing over the
/// old elements costs none of that. Every position below the new count is written and
/// ``finished()`` drops what lies beyond it, so no element of an earlier run survives.
struct ArrayRefill<Element> {
  private var elements: [Element]
  private var count = 0

  /// Takes `array`'s elements and memory, leaving `array` empty.
  init(taking array: inout [Element]) {
    elements = []
    swap(&elements, &array)
  }

  /// Writes `element` at the next position.
  @inline(__always)
  mutating func append(_ element: Element) {
    if count < elements.count { elements[count] = element } else { elements.append(element) }
    count += 1
  }

  /// The elements written, without those an earlier, longer run left beyond them; the refill
  /// is left empty. Swapped out rather than returned from a `consuming` method: a copy of the
  /// refill that lived on would share the memory, and the next write to the array would
  /// allocate a copy of it.
  mutating func finished() -> [Element] {
    var written: [Element] = []
    swap(&written, &elements)
    if written.count > count { written.removeSubrange(count...) }
    count = 0
    return written
  }
}
