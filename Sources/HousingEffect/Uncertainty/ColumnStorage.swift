#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The memory the bounded ensemble collects a pass's columns in, kept from one pass, and one
/// call, to the next (issue 18).
///
/// A pass of 10,000 draws holds up to `Ensemble.storageBudget` bytes (256 MiB). Allocated
/// afresh for every pass, or for every group of areas `project` runs, the system hands it
/// out as new pages each time, and the first write to each 4 KiB page is a page fault: the
/// 31-municipality projection of 10,000 draws took about 400,000 of them, a fifth of its time
/// on one core. Kept, its pages are faulted once. On Linux a large buffer is also aligned to
/// 2 MiB and offered for transparent huge pages (`MADV_HUGEPAGE`): a draw writes each of its
/// numbers into a different column, `draws` numbers apart, so with small pages nearly every
/// write needs another page-table entry. Only where the numbers lie changes, never a number.
final class ColumnStorage: @unchecked Sendable {
  private var base: UnsafeMutableRawPointer?
  private var capacity = 0

  /// Buffers from this size up are aligned to and advised for huge pages.
  static let hugePage = 2 << 20

  init() {}

  deinit { free(base) }

  /// Room for `count` numbers, whose contents are undefined; valid until the next call.
  func doubles(_ count: Int) -> UnsafeMutablePointer<Double> {
    let bytes = max(1, count) * MemoryLayout<Double>.stride
    if bytes > capacity {
      free(base)
      base = nil
      capacity = 0
      base = Self.allocate(bytes)
      capacity = bytes
    }
    return base!.bindMemory(to: Double.self, capacity: count)
  }

  private static func allocate(_ bytes: Int) -> UnsafeMutableRawPointer {
    #if os(Linux)
      if bytes >= hugePage {
        let rounded = (bytes + hugePage - 1) / hugePage * hugePage
        var memory: UnsafeMutableRawPointer?
        if posix_memalign(&memory, hugePage, rounded) == 0, let memory {
          // Advice only: where it is refused the pages are small, and nothing else differs.
          _ = madvise(memory, rounded, Int32(MADV_HUGEPAGE))
          return memory
        }
      }
    #endif
    guard let memory = malloc(bytes) else { fatalError("ColumnStorage: out of memory") }
    return memory
  }
}
