import HousingEffect
import Testing

@Suite("Loader warnings that do not stop a run")
struct LoaderWarningTests {
  static func load(_ json: String) -> (Establishment?, [Diagnostic]) {
    EstablishmentLoader.load(Array(json.utf8), file: "t.json", municipality: { _ in .found })
  }

  @Test("a ramp-up that ends below 1 loads, with a warning at its last share")
  func rampUpBelowFull() throws {
    let (establishment, diagnostics) = Self.load(
      #"{"schemaVersion":1,"name":"x","municipality":"Venlo","type":"hospitality","size":{"jobs":10},"startYear":2028,"rampUp":[0.5,0.8]}"#
    )
    #expect(establishment != nil)
    let warning = try #require(diagnostics.warnings.first)
    #expect(warning.code == .invalidValue)
    #expect(warning.path == "rampUp[1]")
    #expect(warning.message.contains("never reaches the size given"))
    #expect(diagnostics.errors.isEmpty)
  }

  @Test("a ramp-up that ends at 1 gives no warning")
  func rampUpToFull() {
    let (_, diagnostics) = Self.load(
      #"{"schemaVersion":1,"name":"x","municipality":"Venlo","type":"hospitality","size":{"jobs":10},"startYear":2028,"rampUp":[0.5,1]}"#
    )
    #expect(diagnostics.isEmpty)
  }
}
