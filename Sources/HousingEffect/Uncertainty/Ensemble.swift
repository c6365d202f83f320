import Dispatch
import Synchronization

/// Runs Monte Carlo draws in parallel into a matrix: one row per draw, one column per number.
///
/// Draws are cut into fixed blocks of ``blockSize``; each of `T` workers takes the next block
/// not yet taken. Each draw depends only on its index (its parameters come from its own
/// seeded stream) and writes only its own row, so the matrix is bit-identical for any number of
/// threads. Summaries read the matrix afterwards in a fixed order.
public enum Ensemble {
  /// Draws per block: small enough to balance two to a few dozen workers, large enough that
  /// handing out a block costs nothing next to its draws.
  public static let blockSize = 64

  /// Calls `body(index)` for every index in `0..<count`: blocks of ``blockSize`` indices, each
  /// worker taking the next block not yet taken. The one scheduler of the ensemble code.
  public static func forEach(
    count: Int, threads: Int, _ body: @Sendable (Int) -> Void
  ) {
    forEach(count: count, threads: threads) { _, index in body(index) }
  }

  /// The number of workers `forEach(count:threads:_:)` uses for `count` indices.
  public static func workers(count: Int, threads: Int) -> Int {
    max(1, min(threads, (count + blockSize - 1) / blockSize))
  }

  /// The one-argument `forEach(count:threads:_:)` telling `body` which worker (`0..<workers`) runs
  /// the index, so a worker can reuse its own scratch memory.
  public static func forEach(
    count: Int, threads: Int, _ body: @Sendable (_ worker: Int, _ index: Int) -> Void
  ) {
    guard count > 0 else { return }
    let blocks = (count + blockSize - 1) / blockSize
    let workers = workers(count: count, threads: threads)
    @Sendable func run(_ worker: Int, block: Int) {
      let first = block * blockSize
      for index in first..<min(first + blockSize, count) { body(worker, index) }
    }
    if workers == 1 {
      for block in 0..<blocks { run(0, block: block) }
    } else if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *) {
      // Each worker takes the next block not yet taken: a worker thread that starts late
      // (the first parallel run of a process creates it, about a millisecond) leaves its share
      // to the others instead of holding up the end. Which worker runs a draw changes no
      // number: a draw depends only on its index and writes only its own row.
      let next = BlockCounter()
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        while case let block = next.take(), block < blocks { run(worker, block: block) }
      }
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for block in stride(from: worker, to: blocks, by: workers) { run(worker, block: block) }
      }
    }
  }

  /// The next block of ``forEach(count:threads:_:)``'s run, shared by its workers.
  @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
  private final class BlockCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// A block no other worker has taken.
    func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
  }

  /// Runs `body(draw, row)` for every draw; `row` has `width` numbers to fill.
  public static func run(
    draws: Int, width: Int, threads: Int,
    _ body: @Sendable (Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> EnsembleMatrix {
    run(draws: draws, width: width, threads: threads, byWorker: { _, draw, row in body(draw, row) })
  }

  /// ``run(draws:width:threads:_:)`` telling `body` which worker (`0..<max(1, threads)`) runs
  /// the draw, so a worker can reuse its own scratch memory from draw to draw.
  public static func run(
    draws: Int, width: Int, threads: Int,
    byWorker body:
      @Sendable (_ worker: Int, _ draw: Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> EnsembleMatrix {
    let draws = max(0, draws)
    var storage = [Double](repeating: 0, count: draws * width)
    guard draws > 0, width > 0 else {
      return EnsembleMatrix(rows: draws, columns: width, storage: storage)
    }
    storage.withUnsafeMutableBufferPointer { buffer in
      let shared = Shared(base: buffer.baseAddress!)
      forEach(count: draws, threads: threads) { worker, draw in
        body(
          worker, draw, UnsafeMutableBufferPointer(start: shared.base + draw * width, count: width))
      }
    }
    return EnsembleMatrix(rows: draws, columns: width, storage: storage)
  }

  /// `body(index)` for every index in `0..<count`, on `threads` workers, in index order: the
  /// result does not depend on the number of threads. For independent items such as batch rows.
  public static func map<T: Sendable>(
    count: Int, threads: Int, _ body: @Sendable (Int) -> T
  ) -> [T] {
    guard count > 0 else { return [] }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let shared = Shared(base: slots.baseAddress!)
    forEach(count: count, threads: threads) { index in
      (shared.base + index).pointee = body(index)
    }
    return slots.map { $0! }
  }

  /// Memory handed to the workers; each writes only its own indices.
  struct Shared<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
  }

  /// One value per worker that the worker reuses from one index to the next (its parameter
  /// sets): a draw then allocates nothing for them. Worker `w` touches only slot `w`, so the
  /// slots need no lock.
  final class WorkerSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T>

    /// Slots for up to `threads` workers (at least one), each made by `make`.
    init(threads: Int, _ make: () -> T) {
      slots = .allocate(capacity: max(1, threads))
      for index in slots.indices { (slots.baseAddress! + index).initialize(to: make()) }
    }

    deinit {
      _ = slots.deinitialize()
      slots.deallocate()
    }

    /// Runs `body` on worker `worker`'s value.
    func withSlot<R>(_ worker: Int, _ body: (inout T) -> R) -> R {
      body(&slots[worker])
    }
  }
}

/// The numbers of every draw: row `r` is draw `r`, in row-major order.
public struct EnsembleMatrix: Sendable, Hashable {
  /// The number of rows: one per draw.
  public let rows: Int
  /// The number of numbers per draw.
  public let columns: Int
  /// The numbers, row after row (`rows × columns` of them).
  public let storage: [Double]

  /// The number in `row` (the draw) and `column`.
  public subscript(row: Int, column: Int) -> Double { storage[row * columns + column] }

  /// Column `column` over all draws, in draw order.
  public func column(_ column: Int) -> [Double] {
    (0..<rows).map { storage[$0 * columns + column] }
  }

  /// P10, P50 and P90 of every column, computed on `threads` workers (the result does not
  /// depend on the number).
  public func percentiles(threads: Int = 1) -> [Percentiles] {
    let matrix = self
    return Ensemble.map(count: columns, threads: threads) { Percentiles(of: matrix.column($0)) }
  }
}
