/// Which parameters move the housing need most, and which of those are only assumptions: the
/// questions to put to the company before the figures are used.
extension Assessment {
  /// How much one parameter moves the housing need between its low and its high value.
  public struct Swing: Sendable, Hashable {
    /// The parameter.
    public var id: ParameterID
    /// The parameter's plausible range from the catalogue.
    public var low: Double
    /// The high end of the parameter's plausible range.
    public var high: Double
    /// The housing need with the parameter at `low` and at `high` [beds + rooms + dwellings].
    public var needAtLow: Double
    /// The housing need with the parameter at `high` [beds + rooms + dwellings].
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
    Sensitivity.Indicator.housingNeed.value(keyIndicatorValues(year: fullOperationYear))
  }

  /// The effect of each parameter this assessment uses on the housing need in the headline
  /// year, except overrides without a range, largest first (ties by id): the tornado of
  /// `housing sensitivity` for ``Sensitivity/Indicator/housingNeed``, the same computation.
  /// `used`, when given, is ``parametersUsed`` gathered already.
  public func housingNeedSwings(
    catalog: ParameterCatalog = .standard, used: [ParameterID]? = nil
  ) -> [Swing] {
    let result = Sensitivity(self, catalog: catalog, indicators: [.housingNeed], used: used)
      .results[0]
    return result.swings.map {
      Swing(
        id: $0.parameter, low: $0.low, high: $0.high, needAtLow: $0.atLow, needAtHigh: $0.atHigh,
        isAssumption: $0.isAssumption)
    }
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
