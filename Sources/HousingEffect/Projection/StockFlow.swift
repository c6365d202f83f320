/// The yearly stock–flow of an area's working labour migrants by stay class: the stock follows
/// a growth path; departures and settlement follow from the stay lengths; arrivals fill the
/// rest. See Docs/methodology.md#projection.
///
/// Per stay class, every year after the first: stock(t) = stock(t−1) + arrivals(t) −
/// departures(t). Arrivals into the short and mid classes come from abroad; arrivals into the
/// long class are the mid-stay migrants who settle plus arrivals from abroad that keep the
/// catalogue's stay split. Departures from the mid class include those who settle (they leave
/// the class, not the country).
public struct StockFlow: Sendable, Hashable, Codable {
  /// The stock and flows of one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Working labour migrants present on an average day [persons].
    public var stock: StayFigures
    /// Entries into each class this year [persons].
    public var arrivals: StayFigures
    /// Exits from each class this year [persons].
    public var departures: StayFigures
    /// Mid-stay migrants who stayed on as long-stay migrants this year [persons].
    public var settled: Double

    /// Arrivals from abroad (settlement is a move within the area) [persons].
    public var arrivalsFromAbroad: Double { arrivals.total - settled }
    /// Departures to abroad [persons].
    public var departuresAbroad: Double { departures.total - settled }
  }

  /// One entry per year, in order.
  public var years: [Year]

  /// The flows for the working labour migrants `levels[i]` in `years[i]`.
  public init(years: [Int], levels: [Double], parameters: ParameterSet) {
    let temporaryShare = min(max(parameters[.regionStockTemporaryShare], 0), 1)
    let shortShare = min(max(parameters[.regionStockShortShareOfTemporary], 0), 1)
    let longDeparture = min(max(parameters[.migrationLongStayAnnualDepartureShare], 0), 1)
    let settlement = min(max(parameters[.regionStockSettlementShare], 0), 1)
    // Stays end 12 ÷ months times a year per place: a four-month place is held by three persons.
    let shortTurnover = 12 / max(parameters[.migrationShortStayMaxMonths], 0.1)
    let midTurnover = max(12 / max(parameters[.regionStockMidStayMonths], 0.1), settlement)

    var result: [Year] = []
    result.reserveCapacity(years.count)
    for (index, year) in years.enumerated() {
      // `> 0` rather than `max`: max(0, -0) is -0.
      let level = levels[index] > 0 ? levels[index] : 0
      guard let previous = result.last else {
        // The base year: its split from the catalogue, its flows in steady state (arrivals
        // equal departures), so that registrations in the base year are not zero.
        let temporary = level * temporaryShare
        let stock = StayFigures(
          short: temporary * shortShare, mid: temporary * (1 - shortShare),
          long: level - temporary)
        let settled = stock.mid * settlement
        let departures = StayFigures(
          short: stock.short * shortTurnover, mid: stock.mid * midTurnover,
          long: stock.long * longDeparture)
        let arrivals = StayFigures(
          short: departures.short, mid: departures.mid, long: departures.long)
        result.append(
          Year(
            year: year, stock: stock, arrivals: arrivals, departures: departures, settled: settled))
        continue
      }
      let before = previous.stock
      // The stay split of the stock holds (the catalogue's, from Decisio 2020): the long
      // class is its share of the path; settlement fills it first, arrivals from abroad
      // make up the rest.
      let longTarget = level * (1 - temporaryShare)
      let settled = before.mid * settlement
      var longDepartures = before.long * longDeparture
      var longFromAbroad = longTarget - before.long - settled + longDepartures
      if longFromAbroad < 0 {
        // The path falls faster than long stays end: more long-stay migrants leave.
        longDepartures -= longFromAbroad
        longFromAbroad = 0
      }
      // Clamped to 0…level: a path that falls to zero would otherwise leave a rounding
      // residue such as −7.3e-12 long-stay migrants, and a long class a hair above the level
      // a temporary stock of −5.8e-11 (issue 22; both found); `> 0` also turns −0 into 0.
      let remaining = before.long + settled + longFromAbroad - longDepartures
      let long = remaining > 0 ? min(remaining, level) : 0
      let temporary = level - long
      let short = temporary * shortShare
      let mid = temporary - short
      var shortDepartures = before.short * shortTurnover
      var shortArrivals = short - before.short + shortDepartures
      if shortArrivals < 0 {
        shortArrivals = 0
        shortDepartures = before.short - short
      }
      var midDepartures = before.mid * midTurnover
      var midArrivals = mid - before.mid + midDepartures
      if midArrivals < 0 {
        midArrivals = 0
        midDepartures = before.mid - mid
      }
      result.append(
        Year(
          year: year, stock: StayFigures(short: short, mid: mid, long: long),
          arrivals: StayFigures(
            short: shortArrivals, mid: midArrivals, long: settled + longFromAbroad),
          departures: StayFigures(short: shortDepartures, mid: midDepartures, long: longDepartures),
          settled: settled))
    }
    self.years = result
  }

  /// The BRP-registered share among those obliged to register (mid and long stays), such that
  /// the whole stock, at the catalogue's stay split, is registered at
  /// `migration.brpRegisteredShare` (Decisio 2020: 44% of the international workers living in
  /// Limburg, 2018): share ÷ (1 − temporary share × short share of it), at most 1. Short stays
  /// register in the RNI. Registrations, deregistrations and the registered stock all use it
  /// (issue 19, item 6).
  public static func registeredShareOfObliged(_ parameters: ParameterSet) -> Double {
    let share = min(max(parameters[.migrationBrpRegisteredShare], 0), 1)
    let temporary = min(max(parameters[.regionStockTemporaryShare], 0), 1)
    let short = min(max(parameters[.regionStockShortShareOfTemporary], 0), 1)
    let obliged = 1 - temporary * short
    return obliged > 0 ? min(share / obliged, 1) : 0
  }
}
