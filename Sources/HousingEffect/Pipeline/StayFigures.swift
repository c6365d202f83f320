/// A number of persons split by length of stay: short (≤ 4 months by default), mid, long.
public struct StayFigures: Sendable, Hashable, Codable {
  public var short: Double
  public var mid: Double
  public var long: Double

  public init(short: Double = 0, mid: Double = 0, long: Double = 0) {
    self.short = short
    self.mid = mid
    self.long = long
  }

  public var total: Double { short + mid + long }

  public static func + (lhs: StayFigures, rhs: StayFigures) -> StayFigures {
    StayFigures(short: lhs.short + rhs.short, mid: lhs.mid + rhs.mid, long: lhs.long + rhs.long)
  }

  public static func * (lhs: StayFigures, factor: Double) -> StayFigures {
    StayFigures(short: lhs.short * factor, mid: lhs.mid * factor, long: lhs.long * factor)
  }

  /// `total` persons split by the shares of a contract type.
  static func split(_ total: Double, short: Double, mid: Double) -> StayFigures {
    let short = min(max(short, 0), 1)
    let mid = min(max(mid, 0), 1 - short)
    return StayFigures(short: total * short, mid: total * mid, long: total * (1 - short - mid))
  }
}

/// Where persons live: shares that sum to 1.
public struct ResidenceShares: Sendable, Hashable, Codable {
  /// In the host municipality.
  public var host: Double
  /// Elsewhere in the province (mostly neighbouring municipalities).
  public var restOfRegion: Double
  /// Outside the province, including Germany and Belgium.
  public var outsideProvince: Double

  public var total: Double { host + restOfRegion + outsideProvince }
}
