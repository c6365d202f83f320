import HousingEffect
import Testing

@Suite("Day")
struct DayTests {
  @Test("parses ISO dates and rejects impossible ones")
  func parsing() {
    #expect(Day("2024-02-29")?.description == "2024-02-29")
    #expect(Day("2023-02-29") == nil)
    #expect(Day("2024") == Day(year: 2024))
    #expect(Day("20x4-01-01") == nil)
  }
}
