/// Checks that parameters which are set independently still fit together for this
/// establishment's workforce.
extension Assessment {
  /// Warnings for segments whose turnover is too low for the short stays their contract type
  /// claims: code `turnoverTooLowForShortStays`, at the turnover parameter to raise.
  ///
  /// A short stay lasts at most `migration.shortStayMaxMonths`, so a short-stay place is held
  /// by at least 12 ÷ that many persons a year. The segment's turnover (persons per FTE-year
  /// beyond those present) goes first to long-stay departures; what is left must cover the
  /// short-stay places. When it cannot, arrivals and RNI registrations are understated.
  public func turnoverWarnings(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    let parameters = ParameterSet(catalog: catalog, asOf: asOf, overrides: overrides)
    let shortMonths = max(parameters[.migrationShortStayMaxMonths], 0.1)
    let personsPerShortPlace = 12 / shortMonths
    let departure = min(max(parameters[.migrationLongStayAnnualDepartureShare], 0), 1)
    let present = parameters[.workforcePersonsPresentPerFTE]
    var warnings: [Diagnostic] = []
    var warned: Set<ContractType> = []
    for segment in workforce.segments
    where segment.origin.labourMigrants > 0 && !warned.contains(segment.contract) {
      let contract = segment.contract.rawValue
      let turnoverID: ParameterID = .workforcePersonsPerFTEYear(segment.contract)
      let shortID: ParameterID = .migrationStayShare(segment.contract, .short)
      // Clamped as the model clamps them (StayFigures.split).
      let short = min(max(parameters[shortID], 0), 1)
      let mid = min(max(parameters[.migrationStayShare(segment.contract, .mid)], 0), 1 - short)
      let long = max(0, 1 - short - mid)
      // Per person present: replacements available, and those the short stays need.
      let replacements = max(0, parameters[turnoverID] - present) / max(present, 1e-9)
      let left = max(0, replacements - long * departure)
      let needed = short * (personsPerShortPlace - 1)
      guard short > 0, left + 1e-9 < needed else { continue }
      warned.insert(segment.contract)
      let path = JSONPath.root.appending(key: "overrides").appending(key: turnoverID.rawValue)
      let required = present * (1 + long * departure + needed)
      warnings.append(
        .warning(
          .turnoverTooLowForShortStays, at: path.description,
          "For \(contract) contracts, \(EstablishmentLoader.formatNumber((short * 100).rounded()))% "
            + "of the labour migrants stay at most \(EstablishmentLoader.formatNumber(shortMonths)) "
            + "months, which needs at least \(EstablishmentLoader.formatNumber((required * 100).rounded() / 100)) "
            + "persons per FTE-year; '\(turnoverID)' is \(EstablishmentLoader.formatNumber(parameters[turnoverID])). "
            + "Short-stay arrivals and RNI registrations are understated: ask the company how many "
            + "different people fill a job in a year, or lower '\(shortID)'."
        ))
    }
    return warnings
  }
}
