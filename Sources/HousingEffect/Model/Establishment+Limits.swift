/// The input limits of `Docs/diagnostics.md#limits`, checked on an establishment as a whole.
///
/// The loader checks each number where it reads it; a study's alternatives are built from the
/// baseline by changes (`jobsFactor`, added beds, parameter values) that can multiply along a
/// chain, so the resolved establishment of every alternative is checked again with this.
extension Establishment {
  /// The limits this establishment breaks, as messages; empty when it is within all of them.
  public var limitViolations: [String] {
    var problems: [String] = []
    func check(_ value: Double, _ maximum: Double, _ what: String) {
      guard !(value.isFinite && value >= 0 && value <= maximum) else { return }
      problems.append(
        "\(what) comes to '\(Assessment.number(value))', outside 0 to "
          + "\(Assessment.number(maximum))")
    }
    switch size {
    case .jobs(let jobs): check(jobs, EstablishmentLoader.maximumJobs, "the number of jobs")
    case .floorArea(let area):
      check(area, EstablishmentLoader.maximumFloorAreaM2, "the floor area (m²)")
    case .hectares(let hectares):
      check(hectares, EstablishmentLoader.maximumHectares, "the area (ha)")
    }
    let beds = Double(EstablishmentLoader.maximumBeds)
    if let construction {
      check(
        construction.workers ?? 0, EstablishmentLoader.maximumConstructionWorkers,
        "the number of construction workers")
    }
    if let housing = employerHousing {
      check(housing.beds, beds, "the employer's beds")
      for (value, what) in [
        (housing.bedrooms, "bedrooms"), (housing.toilets, "toilets"),
        (housing.showers, "showers"),
      ] {
        if let value { check(value, beds, "the employer's \(what)") }
      }
    }
    if let freeLegalBeds { check(freeLegalBeds, beds, "the free legal beds") }
    if let months = season?.months, !(months.isFinite && months >= 0.5 && months <= 12) {
      problems.append(
        "the season comes to '\(Assessment.number(months))' months, outside 0.5 to 12")
    }
    if let peakFactor, !(peakFactor.isFinite && peakFactor >= 1 && peakFactor <= 10) {
      problems.append(
        "the peak factor comes to '\(Assessment.number(peakFactor))', outside 1 to 10")
    }
    for segment in workforce ?? []
    where !(segment.share.isFinite && (0...1).contains(segment.share)) {
      problems.append(
        "a workforce share comes to '\(Assessment.number(segment.share))', outside 0 to 1")
    }
    let catalog = ParameterCatalog.standard
    for override in overrides {
      guard let parameter = catalog[override.id], !parameter.accepts(override.value) else {
        continue
      }
      problems.append(
        "'\(override.id.rawValue)' comes to '\(Assessment.number(override.value))', outside what "
          + "the parameter allows")
    }
    return problems
  }
}
