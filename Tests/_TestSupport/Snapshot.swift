import Foundation

/// Golden-file comparison for report tests.
///
/// Snapshots live in a `Snapshots` folder next to the calling test file. With the environment
/// variable `RECORD_SNAPSHOTS=1` the actual text is written instead of compared. A missing
/// snapshot is recorded and reported as a failure, so a new golden file is always looked at.
public enum Snapshot {
  /// Compares `actual` with the golden file `name`; returns `nil` when they match, else a
  /// message with a unified diff (expected −, actual +).
  ///
  /// - Parameters:
  ///   - actual: The text produced by the test.
  ///   - name: The file name inside `Snapshots/`, for example `venloDutchText.txt`.
  ///   - filePath: The calling test file; its folder holds `Snapshots/`.
  public static func verify(
    _ actual: String, named name: String, filePath: String = #filePath
  ) -> String? {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots", isDirectory: true)
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if recording || expected == nil {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
      } catch {
        return "Could not record snapshot \(file.path): \(error)"
      }
      return recording ? nil : "Recorded missing snapshot \(file.path); check it and re-run."
    }
    guard let expected, expected != actual else { return nil }
    return "Snapshot \(name) differs (re-record with RECORD_SNAPSHOTS=1):\n"
      + unifiedDiff(expected: expected, actual: actual)
  }

  /// A unified diff of two texts by lines, with `context` unchanged lines around each change.
  public static func unifiedDiff(expected: String, actual: String, context: Int = 3) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let edits = lineEdits(old, new)
    var output = ["--- expected", "+++ actual"]
    var index = 0
    while index < edits.count {
      guard let start = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
      // Extend the hunk while changes are within 2 × context of each other.
      var end = start
      var scan = start
      while scan < edits.count {
        if edits[scan].kind != .same {
          end = scan
        } else if scan - end > 2 * context {
          break
        }
        scan += 1
      }
      let low = max(0, start - context)
      let high = min(edits.count - 1, end + context)
      let hunk = edits[low...high]
      let oldStart = (hunk.first { $0.old != nil }?.old ?? 0) + 1
      let newStart = (hunk.first { $0.new != nil }?.new ?? 0) + 1
      let oldCount = hunk.filter { $0.kind != .inserted }.count
      let newCount = hunk.filter { $0.kind != .deleted }.count
      output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
      for edit in hunk {
        switch edit.kind {
        case .same: output.append(" " + edit.text)
        case .deleted: output.append("-" + edit.text)
        case .inserted: output.append("+" + edit.text)
        }
      }
      index = high + 1
    }
    return output.joined(separator: "\n")
  }

  struct Edit {
    enum Kind { case same, deleted, inserted }
    var kind: Kind
    var text: String
    /// Line index in the expected text, for `same` and `deleted`.
    var old: Int?
    /// Line index in the actual text, for `same` and `inserted`.
    var new: Int?
  }

  /// Line edits from a longest-common-subsequence table.
  static func lineEdits(_ old: [String], _ new: [String]) -> [Edit] {
    let rows = old.count + 1
    let columns = new.count + 1
    var table = [Int](repeating: 0, count: rows * columns)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i * columns + j] =
          old[i] == new[j]
          ? table[(i + 1) * columns + j + 1] + 1
          : max(table[(i + 1) * columns + j], table[i * columns + j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        edits.append(Edit(kind: .same, text: old[i], old: i, new: j))
        i += 1
        j += 1
      } else if i < old.count,
        j == new.count || table[(i + 1) * columns + j] >= table[i * columns + j + 1]
      {
        edits.append(Edit(kind: .deleted, text: old[i], old: i, new: nil))
        i += 1
      } else {
        edits.append(Edit(kind: .inserted, text: new[j], old: nil, new: j))
        j += 1
      }
    }
    return edits
  }
}
