import Foundation
import Testing

/// Issue 21, item 8: the public API says what each symbol is for. A `public` declaration in
/// the two library products, Sources/HousingEffect and Sources/HousingEffectReports, needs a
/// `///` comment right above it (attributes in between are fine).
///
/// The audit started as a ratchet at 501 undocumented symbols in Sources/HousingEffect (branch
/// issue-21-lang); branch issue-21-doc documented them all, and the reports module too, so it
/// now requires none: a change that adds an undocumented public symbol fails here, with the
/// file and line of each.
@Suite("Library: doc comments on the public API")
struct DocCommentAuditTests {
  /// The source folders of the library products, whose public API the audit covers.
  static let modules = ["HousingEffect", "HousingEffectReports"].map {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/\($0)")
  }

  /// `file:line: declaration` for every public declaration without a doc comment.
  static func undocumented(_ text: String, file: String) -> [String] {
    let lines = text.components(separatedBy: "\n")
    var found: [String] = []
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard
        trimmed.range(of: #"^(@\w+(\(.*\))?\s+)*public\s"#, options: .regularExpression) != nil
      else { continue }
      var above = index - 1
      while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") {
        above -= 1
      }
      let previous = above >= 0 ? lines[above].trimmingCharacters(in: .whitespaces) : ""
      if !previous.hasPrefix("///") && !previous.hasSuffix("*/") {
        found.append("\(file):\(index + 1): \(trimmed)")
      }
    }
    return found
  }

  @Test("the audit finds a public symbol without a doc comment and accepts one with it")
  func detector() {
    #expect(Self.undocumented("public struct A {}", file: "a").count == 1)
    #expect(Self.undocumented("/// Why A.\n@frozen\npublic struct A {}", file: "a").isEmpty)
    #expect(Self.undocumented("// not a doc comment\npublic var x = 1", file: "a").count == 1)
  }

  @Test("every public symbol of the library products has a doc comment")
  func everyPublicSymbolDocumented() throws {
    var found: [String] = []
    for module in Self.modules {
      let files = try #require(FileManager.default.enumerator(atPath: module.path))
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
      #expect(!files.isEmpty, "no Swift files under \(module.path)")
      for file in files {
        let text = try String(contentsOf: module.appendingPathComponent(file), encoding: .utf8)
        found += Self.undocumented(text, file: module.lastPathComponent + "/" + file)
      }
    }
    #expect(
      found.isEmpty,
      "\(found.count) public symbols without a doc comment:\n\(found.joined(separator: "\n"))")
  }
}
