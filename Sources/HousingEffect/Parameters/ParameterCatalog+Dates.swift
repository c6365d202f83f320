extension ParameterCatalog {
  /// The first to the last calendar year any catalogue value is dated in, leaving out the
  /// catalogue epoch (1 January 2000), which marks a value without a known date.
  ///
  /// Outside these years every figure is carried over from the nearest date: a start year
  /// there draws `startYearOutsideCatalogue` (see `Assessment.plausibilityWarnings`).
  public var datedYears: ClosedRange<Int> {
    let years = parameters.flatMap { $0.values.map(\.effective.year) }
      .filter { $0 != Day.catalogueEpoch.year }
    guard let first = years.min(), let last = years.max() else {
      return Day.catalogueEpoch.year...Day.catalogueEpoch.year
    }
    return first...last
  }
}
