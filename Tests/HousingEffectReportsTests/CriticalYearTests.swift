import HousingEffect
import HousingEffectReports
import Testing

/// Issue 9, item 3: the critical year (largest temporary shortfall) is reported beside the
/// settled year.
@Suite("Critical year: the largest temporary shortfall beside the settled year")
struct CriticalYearTests {
  static let assessment = Examples.echtSusteren.assessment

  @Test("Echt-Susteren: 2027–2028 lack beds for 630 construction workers, the settled year none")
  func echtSusteren() throws {
    let a = Self.assessment
    // Hand calculation: 900 workers on site in the full construction years 2027 and 2028,
    // 70 % from elsewhere = 630 beds needed, minus 40 free legal beds = 590 … as the model
    // counts them at the peak: the shortfall is the temporary need minus the 40 beds.
    let year2027 = try #require(a.housing.years.first { $0.year == 2027 }).peak
    #expect(abs(year2027.shortfallBeds - (year2027.temporaryBeds - 40)) < 1e-9)
    #expect(a.criticalYear == 2027)
    #expect(a.criticalYears == 2027...2028)
    #expect(abs(a.criticalShortfall - year2027.shortfallBeds) < 1e-9)
    #expect(a.criticalShortfall > 500)
    let settled = try #require(a.housing.years.last).peak
    #expect(settled.shortfallBeds < 0.5)
    #expect(a.phase(of: 2027) == .construction)
  }

  @Test("no shortfall in any year: no critical year")
  func noShortfall() {
    var establishment = Examples.venlo.establishment
    establishment.freeLegalBeds = 100_000
    let a = Assessment(
      establishment, region: Examples.venlo.region,
      parameters: ParameterSet(asOf: establishment.referenceDay))
    #expect(a.criticalYear == nil)
    #expect(a.criticalYears == nil)
    #expect(a.criticalShortfall == 0)
  }

  @Test("the summary leads with the critical year, and says the settled year is covered")
  func summary() throws {
    let report = TextReport(language: .nl).render(Self.assessment, command: "x")
    let summary = try #require(report.components(separatedBy: "2. De vestiging").first)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let shortfall = NumberFormat(language: .nl).format(Self.assessment.criticalShortfall, .count)
    #expect(
      summary.contains(
        "Het grootste tijdelijke tekort valt in 2027–2028 (bouw): \(shortfall) bedden"))
    let critical = try #require(summary.range(of: "2027–2028"))
    let covered = try #require(summary.range(of: "dekken de 40 beschikbare bedden"))
    #expect(critical.lowerBound < covered.lowerBound)
    let english = TextReport(language: .en).render(Self.assessment, command: "x")
    #expect(english.contains("The largest temporary shortfall falls in 2027–2028 (construction)"))
  }

  @Test("the scorecard shows the critical year beside the settled year")
  func scorecard() throws {
    let report = TextReport(language: .nl).render(Self.assessment, command: "x")
    #expect(report.contains("Naast 2031 staat het kritieke jaar 2027"))
    let row = try #require(
      report.split(separator: "\n").first {
        $0.hasPrefix("Onvervulde vraag naar tijdelijke bedden")
      })
    // Settled year covered, construction year not: two different ratings on one row.
    #expect(row.contains("negatief"))
  }
}
