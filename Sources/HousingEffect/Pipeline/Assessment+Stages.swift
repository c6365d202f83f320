extension Assessment {
  /// The seven stages of one run, without the establishment, region and lists an
  /// ``Assessment`` keeps around them: what a Monte Carlo draw computes. The assessment is
  /// built from these same stages, so a draw and the traced run share every formula.
  ///
  /// A draw that built an `Assessment` copied the establishment and the region into it and
  /// released them again, with the assessment's other references, once per draw (issue 18,
  /// design note §71).
  struct Stages {
    private(set) var staffing: Staffing
    private(set) var workforce: Workforce
    private(set) var migration: Migration
    private(set) var households: Households
    private(set) var housing: HousingDemand
    private(set) var facilities: FacilityLoad
    private(set) var welfare: Welfare

    /// The stages of `establishment` with `parameters` (its overrides already added), their
    /// years written into the arrays of `storage`.
    init(
      _ establishment: borrowing Establishment, region: borrowing HostRegion,
      parameters: borrowing ParameterSet, scope: Scope, reusing storage: inout Storage
    ) {
      // Each stage is a local the next ones borrow: a stage read back from `self` while it
      // is being initialised is copied (issue 18).
      let staffing = Staffing(establishment, parameters: parameters, reusing: &storage)
      let workforce = Workforce(
        establishment, staffing: staffing, region: region, parameters: parameters,
        reusing: &storage)
      let migration = Migration(
        establishment, workforce: workforce, parameters: parameters, reusing: &storage)
      // The second half of the pipeline, from the stock built once (shared with `project`).
      let (households, housing, facilities) = Effects(
        establishment,
        stock: MigrantStock(establishment, workforce: workforce, migration: migration),
        region: region, parameters: parameters, reusing: &storage
      ).stages()
      welfare = Welfare(
        establishment, workforce: workforce, migration: migration, households: households,
        housing: housing, facilities: facilities, parameters: parameters,
        scorecard: scope == .full)
      self.staffing = staffing
      self.workforce = workforce
      self.migration = migration
      self.households = households
      self.housing = housing
      self.facilities = facilities
    }

    /// The stages of `establishment` (its overrides added to `parameters`), its timeline
    /// reaching at least `year` (``Assessment/init(_:region:parameters:through:)``).
    init(
      _ establishment: borrowing Establishment, region: borrowing HostRegion,
      parameters: borrowing ParameterSet, through year: Int?, scope: Scope,
      reusing storage: inout Storage
    ) {
      let own = parameters.adding(establishment.overrides)
      if let lengthened = Assessment.lengthened(establishment, through: year, parameters: own) {
        self.init(lengthened, region: region, parameters: own, scope: scope, reusing: &storage)
      } else {
        self.init(establishment, region: region, parameters: own, scope: scope, reusing: &storage)
      }
    }

    /// Writes the key indicators at position `index` of the timeline into `row`
    /// (``Assessment/writeKeyIndicators(at:into:)``).
    func writeKeyIndicators(at index: Int, into row: UnsafeMutableBufferPointer<Double>) {
      Assessment.writeKeyIndicators(
        at: index, staffing: staffing, workforce: workforce, migration: migration,
        households: households, housing: housing, facilities: facilities, welfare: welfare,
        into: row)
    }

    /// The position of `year` in every stage's `years`, if it is on the timeline.
    func index(of year: Int) -> Int? {
      staffing.years.firstIndex { $0.year == year }
    }

    /// The stages, moved out rather than copied: into an assessment.
    consuming func moved() -> (
      Staffing, Workforce, Migration, Households, HousingDemand, FacilityLoad, Welfare
    ) {
      (staffing, workforce, migration, households, housing, facilities, welfare)
    }

    /// Moves every stage's year array into `storage` for the next run
    /// (``Assessment/moveStorage(into:)``). Swapped in place: a `consuming` method on a
    /// draw's local copied every stage (a retain per reference) and kept the arrays shared
    /// until the local ended.
    mutating func moveStorage(into storage: inout Storage) {
      Assessment.moveYears(
        staffing: &staffing, workforce: &workforce, migration: &migration,
        households: &households, housing: &housing, facilities: &facilities, into: &storage)
    }
  }
}
