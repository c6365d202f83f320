/// A number of persons split by length of stay: short (≤ 4 months by default), mid, long.
public struct StayFigures: Sendable, Hashable, Codable {
  /// Short stays, up to the short-stay limit [persons].
  public var short: Double
  /// Mid stays, from the short-stay limit to the mid-stay limit [persons].
  public var mid: Double
  /// Long stays, beyond the mid-stay limit [persons].
  public var long: Double

  /// Persons by stay class; a class left out is 0.
  public init(short: Double = 0, mid: Double = 0, long: Double = 0) {
    self.short = short
    self.mid = mid
    self.long = long
  }

  /// All stay classes together [persons].
  public var total: Double { short + mid + long }

  /// Class by class sum.
  public static func + (lhs: StayFigures, rhs: StayFigures) -> StayFigures {
    StayFigures(short: lhs.short + rhs.short, mid: lhs.mid + rhs.mid, long: lhs.long + rhs.long)
  }

  /// Every class × `factor`.
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

  /// The sum of the shares; 1 for a complete split.
  public var total: Double { host + restOfRegion + outsideProvince }
}
