/// A calendar day without time zone, so that no clock or locale creeps into the model.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year, such as 2028.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a day; returns `nil` when the month or day is out of range.
  public init?(year: Int, month: Int = 1, day: Int = 1) {
    guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` or `YYYY`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard !parts.contains(where: { $0 == nil }) else { return nil }
    let numbers = parts.compactMap { $0 }
    switch numbers.count {
    case 1: self.init(year: numbers[0])
    case 3: self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    default: return nil
    }
  }

  /// The day as ISO 8601, `2028-01-01`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Calendar order.
  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Decodes a day from an ISO 8601 string, `YYYY-MM-DD`.
  /// - Throws: A `DecodingError` when the text is not a valid date.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "Expected a date YYYY-MM-DD"))
    }
    self = day
  }

  /// Encodes the day as `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Day {
  /// 1 January 2000: a fallback reference date for values that hold "from the start".
  public static let catalogueEpoch = Day(validYear: 2000)

  /// A day known to be valid at compile time (1 January of `year`).
  init(validYear year: Int) {
    self.year = year
    self.month = 1
    self.day = 1
  }
}
