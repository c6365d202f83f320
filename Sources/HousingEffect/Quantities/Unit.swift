/// The closed set of units a parameter or indicator can carry.
///
/// Euros always carry their price year: a change of price year is a new parameter or an
/// explicit conversion, never a silent jump.
public indirect enum Unit: Sendable, Hashable {
  case persons
  case households
  case dwellings
  case beds
  case rooms
  case fte
  case jobs
  case share
  case squareMetres
  case hectares
  case months
  case years
  case year
  case kilograms
  case tonnes
  case count
  /// A denominator: per 1,000 inhabitants.
  case thousandPersons
  /// A denominator: per 10,000 inhabitants.
  case tenThousandPersons
  case euros(priceYear: Int)
  case per(Unit, Unit)

  /// A stable machine-readable symbol, for example `m2/person` or `EUR2023/job`.
  public var symbol: String {
    switch self {
    case .persons: "persons"
    case .households: "households"
    case .dwellings: "dwellings"
    case .beds: "beds"
    case .rooms: "rooms"
    case .fte: "FTE"
    case .jobs: "jobs"
    case .share: "share"
    case .squareMetres: "m2"
    case .hectares: "ha"
    case .months: "months"
    case .years: "years"
    case .year: "year"
    case .kilograms: "kg"
    case .tonnes: "t"
    case .count: "count"
    case .thousandPersons: "1000 persons"
    case .tenThousandPersons: "10000 persons"
    case .euros(let priceYear): "EUR\(priceYear)"
    case .per(let numerator, let denominator): "\(numerator.symbol)/\(denominator.perSymbol)"
    }
  }

  /// The singular used after a slash: `m2/person`, not `m2/persons`.
  var perSymbol: String {
    switch self {
    case .persons: "person"
    case .households: "household"
    case .dwellings: "dwelling"
    case .beds: "bed"
    case .rooms: "room"
    case .jobs: "job"
    case .months: "month"
    case .years: "year"
    case .count: "item"
    case .per: "(\(symbol))"
    default: symbol
    }
  }

  /// Parses a symbol produced by ``symbol``; `nil` when it is not one.
  public init?(symbol: String) {
    if let match = Unit.simple.first(where: { $0.symbol == symbol }) {
      self = match
      return
    }
    if symbol.hasPrefix("EUR"), !symbol.contains("/"), let year = Int(symbol.dropFirst(3)) {
      self = .euros(priceYear: year)
      return
    }
    guard let slash = symbol.firstIndex(of: "/") else { return nil }
    let head = String(symbol[..<slash])
    let tail = String(symbol[symbol.index(after: slash)...])
    guard let numerator = Unit(symbol: head),
      let denominator = Unit.simple.first(where: { $0.perSymbol == tail })
        ?? Unit(symbol: tail)
    else { return nil }
    self = .per(numerator, denominator)
  }

  static let simple: [Unit] = [
    .persons, .households, .dwellings, .beds, .rooms, .fte, .jobs, .share, .squareMetres,
    .hectares, .months, .years, .year, .kilograms, .tonnes, .count, .thousandPersons,
    .tenThousandPersons,
  ]
}

extension Unit: Codable {
  /// Decodes a unit from its symbol, such as `"FTE"` or `"m2"`.
  /// - Throws: A `DecodingError` for an unknown symbol.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let unit = Unit(symbol: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "Unknown unit '\(text)'"))
    }
    self = unit
  }

  /// Encodes the unit as its symbol.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(symbol)
  }
}
