import HousingEffect
import HousingEffectReports
import Testing

@Suite("Reports: text and Markdown")
struct ReportTests {
  static let command = "housing-effect assess Scenarios/venlo-ecommerce-dc.json"

  @Test("every section is present in both languages, in VNG order", arguments: Language.allCases)
  func everySection(_ language: Language) {
    let assessment = Examples.venlo.assessment
    let document = ReportDocument(assessment, language: language, command: Self.command)
    #expect(document.sections.map(\.kind) == ReportDocument.SectionKind.allCases)
    let strings = ReportStrings(language: language)
    let text = TextReport(language: language).render(assessment, command: Self.command)
    let markdown = MarkdownReport(language: language).render(assessment, command: Self.command)
    for (number, kind) in ReportDocument.SectionKind.allCases.enumerated() {
      let title = "\(number + 1). \(strings.sectionTitle(kind))"
      #expect(text.contains("\n\(title)\n"), "text lacks \(title)")
      #expect(markdown.contains("\n## \(title)\n"), "Markdown lacks \(title)")
    }
    #expect(text.hasPrefix(strings.reportTitle(assessment.establishment.name)))
    #expect(text.contains(Self.command))
  }

  @Test("no report of an example shows nan, inf or a raw Double", arguments: Examples.all)
  func noRawNumbers(_ example: Examples.Example) {
    let assessment = example.assessment
    for language in Language.allCases {
      for report in [
        TextReport(language: language).render(assessment, command: nil),
        MarkdownReport(language: language).render(assessment, command: nil),
      ] {
        let lower = report.lowercased()
        for word in ["nan", "inf"] {
          #expect(!containsWord(lower, word), "\(example.id) \(language.rawValue): '\(word)'")
        }
        #expect(!hasNegativeZero(report), "\(example.id) \(language.rawValue): '-0'")
        #expect(!hasLongFraction(report), "\(example.id) \(language.rawValue): raw Double")
      }
    }
  }

  @Test("the text report fits a 100-column terminal", arguments: Examples.all)
  func fitsTheTerminal(_ example: Examples.Example) {
    let text = TextReport(language: .nl).render(example.assessment, command: nil)
    let wide = text.split(separator: "\n").filter { $0.count > 100 && !$0.contains("http") }
    #expect(wide.isEmpty, "\(example.id): \(wide.first ?? "")")
  }

  @Test("Markdown tables have the same number of cells on every line", arguments: Examples.all)
  func markdownTables(_ example: Examples.Example) {
    let markdown = MarkdownReport(language: .en).render(example.assessment, command: nil)
    var columns: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      let cells = cellCount(String(line))
      if let columns { #expect(cells == columns, "\(example.id): \(line)") }
      columns = cells
    }
  }

  @Test("rendering is deterministic")
  func deterministic() {
    let first = TextReport(language: .nl).render(Examples.horst.assessment, command: "x")
    let second = TextReport(language: .nl).render(Examples.horst.assessment, command: "x")
    #expect(first == second)
  }

  @Test("the Dutch report speaks Dutch and the English report English")
  func translated() {
    let assessment = Examples.venlo.assessment
    let nl = TextReport(language: .nl).render(assessment, command: nil)
    let en = TextReport(language: .en).render(assessment, command: nil)
    #expect(nl.contains("Niet opgegeven, standaardwaarde gebruikt"))
    #expect(nl.contains("Hoeveel medewerkers komen via een uitzendbureau"))
    #expect(en.contains("Not given, default used"))
    #expect(en.contains("How many workers come through a staffing agency"))
    #expect(!en.contains("Huisvestingseffectrapportage"))
  }

  @Test("the report says plainly when the dwelling stock is unknown")
  func dwellingStockUnknown() {
    let text = TextReport(language: .nl).render(Examples.heerlen.assessment, command: nil)
    #expect(text.contains("woningvoorraad onbekend"))
    #expect(text.contains("Woningvoorraad onbekend"))
  }

  @Test("employer housing is checked criterion by criterion")
  func normCheck() {
    let text = TextReport(language: .nl).render(Examples.horst.assessment, command: nil)
    #expect(text.contains("Personen per slaapkamer (maximaal)"))
    #expect(text.contains("✓") || text.contains("✗"))
  }

  @Test("overrides are listed with the user's reason")
  func overrides() {
    let text = TextReport(language: .en).render(Examples.venray.assessment, command: nil)
    #expect(text.contains("Gewoon, zoals het hoort"))
    #expect(text.contains("→ used: 70%"))
  }

  // MARK: Helpers

  func containsWord(_ text: String, _ word: String) -> Bool {
    var rest = Substring(text)
    while let range = rest.range(of: word) {
      let before =
        range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
      let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
      if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
      rest = rest[range.upperBound...]
    }
    return false
  }

  /// A digit, a point, and four or more digits: how a raw `Double` prints.
  func hasLongFraction(_ text: String) -> Bool {
    let characters = Array(text)
    var index = 1
    while index + 4 < characters.count {
      if characters[index] == ".", characters[index - 1].isASCII, characters[index - 1].isNumber,
        characters[(index + 1)...(index + 4)].allSatisfy({ $0.isASCII && $0.isNumber })
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// `-0` or `−0` not followed by a decimal separator and a digit: a negative zero.
  func hasNegativeZero(_ text: String) -> Bool {
    let characters = Array(text)
    for index in characters.indices.dropLast() where characters[index + 1] == "0" {
      guard
        characters[index] == "−"
          || (characters[index] == "-" && index > 0 && !characters[index - 1].isNumber)
      else { continue }
      let next = index + 2 < characters.count ? characters[index + 2] : " "
      let digitAfter = index + 3 < characters.count && characters[index + 3].isNumber
      if !((next == "," || next == ".") && digitAfter) || text.contains("-0.0") { return true }
    }
    return false
  }

  func cellCount(_ line: String) -> Int {
    var count = 0
    var previous: Character = " "
    for character in line {
      if character == "|", previous != "\\" { count += 1 }
      previous = character
    }
    return count - 1
  }
}
