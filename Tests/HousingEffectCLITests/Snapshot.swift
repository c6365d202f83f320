import Foundation
import Testing

/// Golden files in `Snapshots/` next to this file; `RECORD_SNAPSHOTS=1` rewrites them.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  }

  /// Records an issue with a line diff when `actual` differs from `Snapshots/NAME`.
  static func expect(
    _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url, options: .atomic)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "Missing snapshot \(name); run the tests with RECORD_SNAPSHOTS=1 to record it.",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let message =
        "Snapshot \(name) differs (− expected, + actual); re-record with RECORD_SNAPSHOTS=1 if "
        + "the change is intended:\n" + diff(expected, actual)
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// The differing lines, position by position.
  static func diff(_ expected: String, _ actual: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? old[index] : nil
      let after = index < new.count ? new[index] : nil
      if before == after { continue }
      if let before { lines.append("\(index + 1) −\(before)") }
      if let after { lines.append("\(index + 1) +\(after)") }
    }
    return lines.joined(separator: "\n")
  }
}
