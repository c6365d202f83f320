import HousingEffect
import HousingEffectReports
import Testing
import _TestSupport

@Suite("Reports: golden files")
struct SnapshotTests {
  static let command = "housing-effect assess Scenarios/venlo-ecommerce-dc.json"

  @Test("the Venlo example in Dutch text matches its golden file")
  func venloDutchText() {
    let report = TextReport(language: .nl).render(Examples.venlo.assessment, command: Self.command)
    let failure = Snapshot.verify(report, named: "venloDutchText.txt")
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test("the Venlo example in English text matches its golden file")
  func venloEnglishText() {
    let command = Self.command + " --lang en"
    let report = TextReport(language: .en).render(Examples.venlo.assessment, command: command)
    let failure = Snapshot.verify(report, named: "venloEnglishText.txt")
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test("the Venlo example in Dutch Markdown matches its golden file")
  func venloDutchMarkdown() {
    let command = Self.command + " --format markdown"
    let report = MarkdownReport(language: .nl).render(Examples.venlo.assessment, command: command)
    let failure = Snapshot.verify(report, named: "venloDutchMarkdown.md")
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test("the diff helper shows removed and added lines")
  func diff() {
    let diff = Snapshot.unifiedDiff(expected: "a\nb\nc\n", actual: "a\nB\nc\n")
    #expect(diff.contains("-b"))
    #expect(diff.contains("+B"))
    #expect(diff.contains("@@ -1,"))
  }
}
