/// Which parameters move the housing need most, and which of those are only assumptions: the
/// questions to put to the company before the figures are used.
extension Assessment {
  /// How much one parameter moves the housing need between its low and its high value.
  public struct Swing: Sendable, Hashable {
    public var id: ParameterID
    /// The parameter's plausible range from the catalogue.
    public var low: Double
    public var high: Double
    /// The housing need with the parameter at `low` and at `high` [beds + rooms + dwellings].
    public var needAtLow: Double
    public var needAtHigh: Double
    /// Whether the value in force is an assumption (no published source).
    public var isAssumption: Bool

    /// The size of the change from low to high [beds + rooms + dwellings].
    public var size: Double { abs(needAtHigh - needAtLow) }
  }

  /// The housing need in the headline year: short-stay beds, mid-stay rooms and long-stay
  /// dwellings added up [beds + rooms + dwellings].
  ///
  /// A sum of unlike units, used only to rank parameters by their effect.
  public var housingNeed: Double {
    let ids: Set<IndicatorID> = [
      "housing.shortStayBeds", "housing.midStayRooms", "housing.longStayDwellings",
    ]
    return keyIndicators(year: fullOperationYear).filter { ids.contains($0.id) }
      .reduce(0) { $0 + $1.value }
  }

  /// The effect of each parameter this assessment uses, except those the establishment
  /// overrides, largest first (ties by id).
  ///
  /// Runs the assessment twice per parameter, with the parameter at its low and at its high
  /// value (`ParameterSet.replacing(_:with:)`).
  public func housingNeedSwings(catalog: ParameterCatalog = .standard) -> [Swing] {
    let base = ParameterSet(catalog: catalog, asOf: asOf)
    let overridden = Set(establishment.overrides.map(\.id))
    var swings: [Swing] = []
    for id in parametersUsed where !overridden.contains(id) {
      guard let parameter = catalog[id] else { continue }
      func need(_ value: Double) -> Double {
        Assessment(establishment, region: region, parameters: base.replacing(id, with: value))
          .housingNeed
      }
      let provenance = (parameter.entry(on: asOf) ?? parameter.values.first)?.provenance
      swings.append(
        Swing(
          id: id, low: parameter.low, high: parameter.high, needAtLow: need(parameter.low),
          needAtHigh: need(parameter.high), isAssumption: provenance?.isAssumption ?? false))
    }
    return swings.sorted { ($0.size, $1.id) > ($1.size, $0.id) }
  }

  /// Warnings for the assumptions among the `top` parameters that move the housing need
  /// most: code `assumptionDrivesResult`, at the override that would settle the question.
  public func assumptionWarnings(
    catalog: ParameterCatalog = .standard, top: Int = 3
  ) -> [Diagnostic] {
    housingNeedSwings(catalog: catalog).prefix(top)
      // A swing under half a bed, room or dwelling rounds to nothing in the report.
      .filter { $0.isAssumption && $0.size >= 0.5 }
      .map { swing in
        let path = JSONPath.root.appending(key: "overrides").appending(key: swing.id.rawValue)
        let (fromNeed, toNeed) = (Self.whole(swing.needAtLow), Self.whole(swing.needAtHigh))
        return Diagnostic.warning(
          .assumptionDrivesResult, at: path.description,
          "'\(swing.id)' (assumption) changes the housing need by ±\(Self.whole(swing.size / 2)) "
            + "between its low and high value: \(fromNeed) beds, rooms and dwellings in "
            + "\(fullOperationYear) at \(EstablishmentLoader.formatNumber(swing.low)), \(toNeed) at "
            + "\(EstablishmentLoader.formatNumber(swing.high)); ask the company or override it with "
            + "a reason.")
      }
  }

  /// A figure rounded to a whole number for a message.
  private static func whole(_ value: Double) -> String {
    EstablishmentLoader.formatNumber(value.isFinite ? value.rounded() : value)
  }
}
