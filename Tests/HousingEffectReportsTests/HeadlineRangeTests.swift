import Foundation
import HousingEffect
import HousingEffectReports
import Testing

/// The headline rule (issue 20, item 5): a number printed beside its P10–P90 never lies outside
/// it, for every example and every quick-estimate type, every key indicator and every year.
@Suite("Headline numbers agree with their ranges")
struct HeadlineRangeTests {
  /// A quick estimate of `type` in Venray, sized as the command line's quick mode would be.
  static func quick(_ type: EstablishmentType) -> (Establishment, HostRegion) {
    let size: EstablishmentSize =
      switch type.physicalSizeBasis {
      case .hectares: .hectares(10)
      case .floorArea: .floorArea(40_000)
      default: .jobs(300)
      }
    let establishment = Establishment(
      name: "quick", municipality: "Venray", type: type, size: size, startYear: 2028)
    let region = HostRegion(
      (try? RegionData.limburg.municipality(named: "Venray").get())!)
    return (establishment, region)
  }

  /// Every (establishment, region) the test covers: the example files and one quick estimate
  /// per type.
  static func cases() throws -> [(String, Establishment, HostRegion)] {
    var cases: [(String, Establishment, HostRegion)] = []
    for name in ExampleGoldenTests.files {
      let assessment = try ExampleGoldenTests.assess(name)
      cases.append((name, assessment.establishment, assessment.region))
    }
    for type in EstablishmentType.allCases {
      let (establishment, region) = quick(type)
      cases.append(("quick " + type.rawValue, establishment, region))
    }
    return cases
  }

  /// Every object of the JSON tree with a `headline`, `p10` and `p90`.
  static func bands(_ node: Any, into found: inout [(String, Double, Double, Double)]) {
    if let object = node as? [String: Any] {
      if let headline = object["headline"] as? Double, let p10 = object["p10"] as? Double,
        let p90 = object["p90"] as? Double
      {
        found.append(((object["id"] as? String) ?? "?", headline, p10, p90))
      }
      for value in object.values { bands(value, into: &found) }
    } else if let array = node as? [Any] {
      for value in array { bands(value, into: &found) }
    }
  }

  /// "76 (52–118)" in a report: the printed number and its printed bounds, read back.
  static func printedRanges(_ text: String, language: Language) -> [(Double, Double, Double)] {
    let number = "([0-9][0-9.,]*)"
    let regex = try! NSRegularExpression(
      pattern: number + "\\s+\\(" + number + "–" + number + "\\)")
    let range = NSRange(text.startIndex..., in: text)
    func parse(_ string: Substring) -> Double? {
      let (group, decimal): (Character, Character) = language == .nl ? (".", ",") : (",", ".")
      let plain = string.filter { $0 != group }.map { $0 == decimal ? "." : String($0) }
        .joined()
      return Double(plain)
    }
    return regex.matches(in: text, range: range).compactMap { match in
      let parts = (1...3).compactMap { Range(match.range(at: $0), in: text).map { text[$0] } }
      guard parts.count == 3, let value = parse(parts[0]), let low = parse(parts[1]),
        let high = parse(parts[2])
      else { return nil }
      return (value, low, high)
    }
  }

  @Test("every headline of every example and quick estimate lies inside its P10–P90")
  func headlinesInsideRanges() throws {
    var checked = 0
    for (name, establishment, region) in try Self.cases() {
      let assessment = Assessment(
        establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay))
      let ensemble = AssessmentEnsemble(
        establishment, region: region, years: assessment.years, used: assessment.parametersUsed,
        options: EnsembleOptions(draws: 200, threads: 2))
      // The JSON: every key indicator of every year.
      let json = try JSONReport.render(
        AssessmentDocument(assessment, toolVersion: "test", ensemble: ensemble))
      let tree = try JSONSerialization.jsonObject(with: Data(json.utf8))
      var found: [(String, Double, Double, Double)] = []
      Self.bands(tree, into: &found)
      #expect(
        found.count >= assessment.years.count * Assessment.keyIndicatorIDs.count,
        "\(name): \(found.count) ranged numbers in the JSON")
      for (id, headline, p10, p90) in found {
        #expect(
          headline >= p10 - 1e-9 && headline <= p90 + 1e-9,
          "\(name) \(id): headline \(headline) outside \(p10)–\(p90)")
      }
      checked += found.count
      // The human reports, as printed, in both languages.
      for language in [Language.nl, .en] {
        let text = TextReport(language: language).render(
          assessment, command: "test", ensemble: ensemble)
        let printed = Self.printedRanges(text, language: language)
        #expect(!printed.isEmpty, "\(name) \(language): no printed range")
        for (value, low, high) in printed {
          #expect(
            value >= low && value <= high,
            "\(name) \(language): printed \(value) outside (\(low)–\(high))")
        }
        checked += printed.count
      }
    }
    #expect(checked > 1_000)
  }
}

/// Issue 20, item 3: the construction crew's stay is a drawn share, not a threshold that flips
/// the whole crew between short and mid stay.
@Suite("Construction crews: a continuous short-stay range")
struct ConstructionRangeTests {
  @Test("the construction-project quick estimate's short-stay beds: P50 and default agree")
  func constructionProjectShortStay() throws {
    let (establishment, region) = HeadlineRangeTests.quick(.constructionProject)
    let assessment = Assessment(
      establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay))
    let year = assessment.fullOperationYear
    let ensemble = AssessmentEnsemble(
      establishment, region: region, years: [year], used: assessment.parametersUsed,
      options: EnsembleOptions(draws: 500, threads: 2))
    let band = try #require(ensemble.ranges(year: year)?["housing.shortStayBeds"])
    let value = try #require(
      assessment.keyIndicators(year: year).first { $0.id == "housing.shortStayBeds" }?.value)
    #expect(value > 0)
    #expect(band.p10 > 0, "P10 \(band.p10): a share of the crew still rotates in every draw")
    #expect(band.p50 / value > 0.5 && band.p50 / value < 2, "P50 \(band.p50), default \(value)")
  }
}
