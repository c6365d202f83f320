import HousingEffect

extension NumberFormat {
  /// A spreadsheet cell under the report's rounding policy, still a number Excel can add up.
  ///
  /// The same rules as the text (see ``NumberFormat``), where a word would not be a number:
  /// persons, beds, rooms, dwellings, households and jobs whole, but one decimal between 0 and
  /// 1 (the text's "< 1"); FTE loads two significant figures (the text's "verwaarloosbaar"
  /// stays a small number); money totals to the thousand euros, amounts per unit whole euros;
  /// shares as fractions to 0.01 %; areas and weights whole; other ratios two decimals.
  public static func cell(_ value: Double, unit: Unit) -> CSVValue {
    guard value.isFinite else { return .empty }
    switch unit {
    case .persons, .households, .dwellings, .beds, .rooms, .jobs, .count, .thousandPersons,
      .tenThousandPersons:
      let magnitude = abs(value)
      return .decimal(value, places: magnitude > 0 && magnitude < 1 ? 1 : 0)
    case .fte:
      return .decimal(value, places: significantPlaces(value, figures: 2))
    case .euros:
      return .decimal(roundedHalfAway(abs(value) / 1_000) * 1_000 * (value < 0 ? -1 : 1), places: 0)
    case .per(.euros, _): return .decimal(value, places: 0)
    case .share: return .decimal(value, places: 4)
    case .squareMetres, .kilograms, .tonnes: return .decimal(value, places: 0)
    case .hectares, .months, .years: return .decimal(value, places: 1)
    case .year: return .decimal(value, places: 0)
    case .per: return .decimal(value, places: 2)
    }
  }

  /// The decimals that show `value` with `figures` significant figures (none for large values,
  /// which then round to whole numbers: a spreadsheet cell keeps its digits).
  static func significantPlaces(_ value: Double, figures: Int) -> Int {
    var magnitude = abs(value)
    guard magnitude > 0, magnitude.isFinite else { return 0 }
    var places = figures - 1
    // From 10 up whole numbers, as in the text.
    if magnitude >= 9.5 { return 0 }
    while magnitude < 1, places < 9 {
      magnitude *= 10
      places += 1
    }
    return places
  }
}
