/// Dwellings available to newcomers for long stays from a year on: regular or social rental
/// set aside for them, flexwoningen, or plancapaciteit ready that year. Batches add up: the
/// supply in a year is every batch whose year has come.
public struct AvailableDwellings: Sendable, Hashable, Codable {
  /// The year the dwellings become available.
  public var year: Int
  /// How many dwellings become available that year [dwellings].
  public var dwellings: Double

  /// A batch of `dwellings` available from `year` on.
  public init(year: Int, dwellings: Double) {
    self.year = year
    self.dwellings = dwellings
  }

  /// The dwellings of `batches` available in `year`.
  public static func total(_ batches: [AvailableDwellings], by year: Int) -> Double {
    batches.reduce(0) { $1.year <= year ? $0 + $1.dwellings : $0 }
  }
}
