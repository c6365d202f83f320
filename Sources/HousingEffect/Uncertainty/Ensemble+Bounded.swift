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
    percentiles(
      draws: draws, width: width, columns: columns, threads: threads, budget: budget,
      progress: progress, unitsPerDraw: unitsPerDraw, writesEveryNumber: writesEveryNumber,
      storage: ColumnStorage(), byWorker: body)
  }

  /// The same, collecting the columns in `storage`, which a caller running several ensembles
  /// one after the other (`project`'s groups of areas) hands to each, so that their pages are
  /// the same.
  static func percentiles(
    draws: Int, width: Int, columns: [Int]? = nil, threads: Int,
    budget: Int = storageBudget, progress: WorkProgress? = nil, unitsPerDraw: Int = 1,
    writesEveryNumber: Bool = false, storage columnStorage: ColumnStorage,
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
    // Each worker keeps the rows of a tile of `tile` consecutive draws and copies them into
    // the columns together, `tile` numbers in a row per column (see `copyTile`).
    let tile = Ensemble.tile
    assert(blockSize % tile == 0 && progressSlice % tile == 0)
    let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * tile * width)
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
      let cells = Shared(base: columnStorage.doubles(chosen.count * draws))
      var first = 0
      while first < draws {
        let count = min(progressSlice, draws - first)
        let offset = first
        forEach(count: count, threads: threads) { worker, index in
          let draw = offset + index
          let place = draw % tile
          let tileRows = rows.base + worker * tile * width
          let row = UnsafeMutableBufferPointer(start: tileRows + place * width, count: width)
          if !writesEveryNumber { row.update(repeating: 0) }
          body(worker, draw, row)
          // A tile is complete at its last draw, or at the last draw of the run: its draws are
          // one worker's, one after the other (`blockSize` and `progressSlice` are multiples
          // of `tile`).
          guard place == tile - 1 || draw == draws - 1 else { return }
          let firstDraw = draw - place
          if consecutive {
            copyTile(
              tileRows + firstColumn, rows: place + 1, width: width, columns: chosen.count,
              into: cells.base + firstDraw, draws: draws)
          } else {
            chosen.withUnsafeBufferPointer { columns in
              for (slot, column) in columns.enumerated() {
                copyTile(
                  tileRows + column, rows: place + 1, width: width, columns: 1,
                  into: cells.base + slot * draws + firstDraw, draws: draws)
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

extension Ensemble {
  /// Consecutive draws a worker copies into the columns together: eight numbers, one cache
  /// line of a column. Copied one draw at a time, each number of a row went to another
  /// column, `draws` numbers apart, and with 10,000 draws that write missed the cache more
  /// often than not (issue 18).
  static let tile = 8

  /// Copies `columns` consecutive columns of `rows` rows of `width` numbers (the first
  /// column at `source`) into the columns of `draws` numbers at `target`: column `c`'s
  /// numbers go to `target + c × draws`, row after row.
  @inline(__always)
  static func copyTile(
    _ source: UnsafeMutablePointer<Double>, rows: Int, width: Int, columns: Int,
    into target: UnsafeMutablePointer<Double>, draws: Int
  ) {
    var from = source
    var to = target
    if rows == tile {
      for _ in 0..<columns {
        for row in 0..<tile { to[row] = from[row * width] }
        from += 1
        to += draws
      }
    } else {
      for _ in 0..<columns {
        for row in 0..<rows { to[row] = from[row * width] }
        from += 1
        to += draws
      }
    }
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
