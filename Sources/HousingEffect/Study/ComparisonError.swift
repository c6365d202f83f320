/// Why a comparison cannot be made for the year asked.
public enum ComparisonError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The year is before construction or operation starts.
  case yearBeforeTimeline(year: Int, firstYear: Int)
  /// The year is beyond the years the model covers.
  case yearBeyondHorizon(year: Int, lastYear: Int)

  /// The message for a person, in English, naming the year and the timeline's first or last year.
  public var description: String {
    switch self {
    case .yearBeforeTimeline(let year, let first):
      "The year \(year) is before this study's timeline, which starts in \(first)."
    case .yearBeyondHorizon(let year, let last):
      "The year \(year) is after \(last), the last year the model covers."
    }
  }
}
