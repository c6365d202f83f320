extension RegionData {
  /// The municipalities of a region file in front of this data: a file row with the code of a
  /// municipality here replaces it, with a `replaces-built-in-municipality` warning that names
  /// what changed.
  public func adding(
    _ municipalities: [Municipality], fileName: String? = nil
  ) -> (RegionData, [Diagnostic]) {
    var warnings: [Diagnostic] = []
    for municipality in municipalities {
      guard let builtIn = self.municipality(code: municipality.code) else { continue }
      let changes = municipality.changes(from: builtIn)
      let what =
        changes.isEmpty
        ? " with the same figures"
        : "; changed: " + changes.joined(separator: "; ")
      let warning = Diagnostic(
        .warning, .replacesBuiltInMunicipality, at: "code",
        "\(municipality.name) (\(municipality.code)) replaces the built-in municipality "
          + "\(builtIn.name)\(what).")
      warnings.append(fileName.map { warning.inFile($0) } ?? warning)
    }
    let kept = self.municipalities.filter { kept in
      !municipalities.contains { $0.code == kept.code }
    }
    return (RegionData(municipalities: municipalities + kept), warnings)
  }
}

extension Municipality {
  /// What differs from `old`, one phrase per field: `population 103789 (2024-01-01) → 104000
  /// (2025-01-01)`.
  public func changes(from old: Municipality) -> [String] {
    func text(_ count: DatedCount?) -> String {
      count.map { "\($0.value) (\($0.date))" } ?? "none"
    }
    var changes: [String] = []
    func compare(_ field: String, _ before: String, _ after: String) {
      if before != after { changes.append("\(field) \(before) → \(after)") }
    }
    compare("name", old.name, name)
    compare("region", old.regionText ?? "none", regionText ?? "none")
    compare("population", text(old.population), text(population))
    compare("dwellings", text(old.dwellings), text(dwellings))
    compare("households", text(old.households), text(households))
    compare(
      "land area", old.landAreaKm2.map { "\($0) km²" } ?? "none",
      landAreaKm2.map { "\($0) km²" } ?? "none")
    compare(
      "labour migrants",
      old.labourMigrants.map { "\($0.count) (\($0.kind.rawValue), \($0.year))" }
        ?? "none",
      labourMigrants.map { "\($0.count) (\($0.kind.rawValue), \($0.year))" } ?? "none")
    compare(
      "licensed beds", old.licensedMigrantBeds.map { "\($0.count) (\($0.year))" } ?? "none",
      licensedMigrantBeds.map { "\($0.count) (\($0.year))" } ?? "none")
    func borderText(_ borders: Set<Country>) -> String {
      borders.isEmpty ? "none" : borders.sorted().map(\.rawValue).joined(separator: "+")
    }
    compare("borders", borderText(old.borders), borderText(borders))
    if old.neighbours != neighbours { changes.append("neighbours") }
    return changes
  }
}
