/// Percentile bands from bounded memory (issue 22, design-notes §40): however many draws are
/// asked for, at most ``Ensemble/storageBudget`` bytes of draws are held at once.
///
/// The whole matrix of draws × numbers is not needed at once: the bands of a column need only
/// that column. When every column fits in the budget this is one pass, as before. When it does
/// not, the columns are summarised in groups that fit, and the draws are run again for every
/// group; a draw depends only on its index and seed, so every pass sees the same numbers and
/// the bands are bit-identical to one pass over a full matrix, on any number of threads. Memory
/// is bounded; time grows with the number of passes (``passes(draws:columns:budget:)``), which
/// the command line tells before a long run (see ``RunCost``).
extension Ensemble {
  /// Bytes of draws held at once: 256 MiB, a quarter of the 1 GiB the command line promises
  /// to stay under (Docs/diagnostics.md, "Memory and time").
  public static let storageBudget = 256 << 20

  /// Draws between two progress reports.
  public static let progressSlice = 16_384

  /// How many passes over the draws ``percentiles(draws:width:columns:threads:budget:progress:unitsPerDraw:writesEveryNumber:_:)``
  /// makes for `columns` columns of `draws` draws within `budget` bytes.
  public static func passes(draws: Int, columns: Int, budget: Int = storageBudget) -> Int {
    guard draws > 0, columns > 0 else { return 1 }
    let perPass = max(1, budget / (draws * MemoryLayout<Double>.stride))
    return (columns + perPass - 1) / perPass
  }

  /// P10, P50 and P90 of the columns `columns` (every column when `nil`) of the rows
  /// `body(draw, row)` fills, `row` having `width` numbers set to 0 before each call; at most
  /// `budget` bytes of draws are held at once. The result equals
  /// `run(draws:width:threads:body).percentiles()` restricted to `columns`, bit for bit.
  ///
  /// `progress`, when given, is advanced by `unitsPerDraw` for every draw of every pass, on the
  /// calling thread, between slices of ``progressSlice`` draws.
  ///
  /// `writesEveryNumber`: `body` writes all `width` numbers of `row` in every draw, so the row
  /// is not set to 0 before each call (a row of a few thousand numbers cost a draw thousands
  /// of instructions to clear; issue 18). A number such a `body` left unwritten would hold a
  /// worker's earlier draw.
  public static func percentiles(
    draws: Int, width: Int, columns: [Int]? = nil, threads: Int,
    budget: Int = storageBudget, progress: WorkProgress? = nil, unitsPerDraw: Int = 1,
    writesEveryNumber: Bool = false,
    _ body: @Sendable (Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> [Percentiles] {
    percentiles(
      draws: draws, width: width, columns: columns, threads: threads, budget: budget,
      progress: progress, unitsPerDraw: unitsPerDraw, writesEveryNumber: writesEveryNumber,
      byWorker: { _, draw, row in body(draw, row) })
  }

  /// ``percentiles(draws:width:columns:threads:budget:progress:unitsPerDraw:writesEveryNumber:_:)`` telling
  /// `body` which worker (`0..<max(1, threads)`) runs the draw, so a worker can reuse its own
  /// scratch memory (a parameter set) from draw to draw.
  public static func percentiles(
    draws: Int, width: Int, columns: [Int]? = nil, threads: Int,
    budget: Int = storageBudget, progress: WorkProgress? = nil, unitsPerDraw: Int = 1,
    writesEveryNumber: Bool = false,
    byWorker body:
      @Sendable (_ worker: Int, _ draw: Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> [Percentiles] {
    let kept = columns ?? Array(0..<width)
    let draws = max(0, draws)
    guard draws > 0, width > 0, !kept.isEmpty else {
      return kept.map { _ in Percentiles(of: []) }
    }
    let group = max(1, min(kept.count, budget / (draws * MemoryLayout<Double>.stride)))
    let workers = Ensemble.workers(count: min(draws, progressSlice), threads: threads)
    let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * width)
    scratch.initialize(repeating: 0)
    defer { scratch.deallocate() }
    let rows = Shared(base: scratch.baseAddress!)
    var result: [Percentiles] = []
    result.reserveCapacity(kept.count)
    var start = 0
    while start < kept.count {
      let chosen = Array(kept[start..<min(start + group, kept.count)])
      // Usually a run of consecutive columns (every column, or a group of them): then a draw's
      // numbers are copied without looking each column up.
      let firstColumn = chosen[0]
      let consecutive = zip(chosen, chosen.dropFirst()).allSatisfy { $1 == $0 + 1 }
      // Column-major: the draws of one column lie together and are selected in place.
      let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: chosen.count * draws)
      defer { storage.deallocate() }
      let cells = Shared(base: storage.baseAddress!)
      var first = 0
      while first < draws {
        let count = min(progressSlice, draws - first)
        let offset = first
        forEach(count: count, threads: threads) { worker, index in
          let draw = offset + index
          let row = UnsafeMutableBufferPointer(start: rows.base + worker * width, count: width)
          if !writesEveryNumber { row.update(repeating: 0) }
          body(worker, draw, row)
          // Column `slot`'s draws start at `slot × draws`: one step of `draws` per column.
          var cell = cells.base + draw
          if consecutive {
            for column in firstColumn..<(firstColumn + chosen.count) {
              cell.pointee = row[column]
              cell += draws
            }
          } else {
            chosen.withUnsafeBufferPointer { columns in
              for column in columns {
                cell.pointee = row[column]
                cell += draws
              }
            }
          }
        }
        first += count
        progress?.advance(count * unitsPerDraw)
      }
      result += map(count: chosen.count, threads: threads) { slot in
        Percentiles(
          selectingIn: UnsafeMutableBufferPointer(start: cells.base + slot * draws, count: draws))
      }
      start += chosen.count
    }
    return result
  }
}

/// How far a long run is, in units of work the caller chose (``RunCost`` counts pipeline
/// runs). The library only counts; the command line reads the clock and shows the time left.
/// Advanced on one thread at a time (the calling thread of the ensemble).
public final class WorkProgress: @unchecked Sendable {
  /// The units of work of the whole run.
  public let total: Int
  /// The units done so far.
  public private(set) var done = 0
  private let report: (_ done: Int, _ total: Int) -> Void

  /// Progress over `total` units; `report` is called with the units done and the total as the
  /// work advances, on the thread that advances it.
  public init(total: Int, report: @escaping (_ done: Int, _ total: Int) -> Void) {
    self.total = total
    self.report = report
  }

  /// Counts `units` more as done and reports.
  public func advance(_ units: Int) {
    done += units
    report(done, total)
  }
}
