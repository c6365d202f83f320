/// The quantities `batch` places where people live and adds up per area: housing need and
/// facility load. Every one is conserved: allocated over the municipalities plus what could
/// not be allocated equals the sum over the rows (a test checks it).
public struct BatchLoad: Sendable, Hashable, Codable {
  /// Short-stay beds plus mid-stay persons at the peak [beds].
  public var temporaryBeds: Double = 0
  /// Mid-stay rooms at the peak [rooms].
  public var midStayRooms: Double = 0
  /// Long-stay dwellings at the peak [dwellings].
  public var longStayDwellings: Double = 0
  /// Labour, knowledge and construction migrants on an average day [persons].
  public var migrants: Double = 0
  /// Newcomers and their families on an average day [persons].
  public var residents: Double = 0
  /// GP (huisarts) capacity needed [FTE].
  public var gpFTE: Double = 0
  /// Primary-school places needed [places].
  public var primaryPlaces: Double = 0
  /// Secondary-school places needed [places].
  public var secondaryPlaces: Double = 0
  /// Childcare places needed [places].
  public var childcarePlaces: Double = 0
  /// Newcomer-education places needed [places].
  public var newcomerPlaces: Double = 0

  /// Nothing: every quantity 0, the start of a sum.
  public init() {}

  /// A load with every quantity given, in the units of the properties.
  public init(
    temporaryBeds: Double, midStayRooms: Double, longStayDwellings: Double, migrants: Double,
    residents: Double, gpFTE: Double, primaryPlaces: Double, secondaryPlaces: Double,
    childcarePlaces: Double, newcomerPlaces: Double
  ) {
    self.temporaryBeds = temporaryBeds
    self.midStayRooms = midStayRooms
    self.longStayDwellings = longStayDwellings
    self.migrants = migrants
    self.residents = residents
    self.gpFTE = gpFTE
    self.primaryPlaces = primaryPlaces
    self.secondaryPlaces = secondaryPlaces
    self.childcarePlaces = childcarePlaces
    self.newcomerPlaces = newcomerPlaces
  }

  /// Every quantity with its name, in declaration order (for tests and tables).
  public var quantities: [(name: String, value: Double)] {
    [
      ("temporaryBeds", temporaryBeds), ("midStayRooms", midStayRooms),
      ("longStayDwellings", longStayDwellings), ("migrants", migrants),
      ("residents", residents), ("gpFTE", gpFTE), ("primaryPlaces", primaryPlaces),
      ("secondaryPlaces", secondaryPlaces), ("childcarePlaces", childcarePlaces),
      ("newcomerPlaces", newcomerPlaces),
    ]
  }

  /// Every quantity × `factor`.
  public func scaled(_ factor: Double) -> BatchLoad {
    BatchLoad(
      temporaryBeds: temporaryBeds * factor, midStayRooms: midStayRooms * factor,
      longStayDwellings: longStayDwellings * factor, migrants: migrants * factor,
      residents: residents * factor, gpFTE: gpFTE * factor, primaryPlaces: primaryPlaces * factor,
      secondaryPlaces: secondaryPlaces * factor, childcarePlaces: childcarePlaces * factor,
      newcomerPlaces: newcomerPlaces * factor)
  }

  /// The quantity-by-quantity sum.
  public static func + (a: BatchLoad, b: BatchLoad) -> BatchLoad {
    BatchLoad(
      temporaryBeds: a.temporaryBeds + b.temporaryBeds,
      midStayRooms: a.midStayRooms + b.midStayRooms,
      longStayDwellings: a.longStayDwellings + b.longStayDwellings,
      migrants: a.migrants + b.migrants, residents: a.residents + b.residents,
      gpFTE: a.gpFTE + b.gpFTE, primaryPlaces: a.primaryPlaces + b.primaryPlaces,
      secondaryPlaces: a.secondaryPlaces + b.secondaryPlaces,
      childcarePlaces: a.childcarePlaces + b.childcarePlaces,
      newcomerPlaces: a.newcomerPlaces + b.newcomerPlaces)
  }

  /// Adds `b` to `a`, quantity by quantity.
  public static func += (a: inout BatchLoad, b: BatchLoad) { a = a + b }
}
