import Dispatch

/// Batch rows handed to workers one at a time, as each worker becomes free: a row with 2,000
/// draws takes as long as 2,000 rows without, so rows are not dealt out in fixed blocks
/// beforehand (`Ensemble.map` deals blocks of 64, which leaves one worker idle on a chunk of
/// 64 rows or fewer and the other working on the last block alone).
///
/// Each row's result goes to its own slot, so the results are in row order and do not depend
/// on the number of workers or on which worker ran which row.
enum BatchWorkers {
  /// `body(index)` for every index in `0..<count` on up to `threads` workers, in index order.
  static func map<T: Sendable>(count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = max(1, min(threads, count))
    guard workers > 1 else { return (0..<count).map(body) }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let shared = Slots(base: slots.baseAddress!)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = next.take(below: count) {
        (shared.base + index).pointee = body(index)
      }
    }
    return slots.map { $0! }
  }

  /// The results' memory; each index is written by exactly one worker.
  private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T?>
  }

  /// The next index not yet taken, behind a lock.
  private final class Counter: @unchecked Sendable {
    private let lock = PlainLock()
    private var value = 0

    /// The next index, or `nil` when every index below `count` is taken.
    func take(below count: Int) -> Int? {
      lock.withLock {
        guard value < count else { return nil }
        value += 1
        return value - 1
      }
    }
  }
}
