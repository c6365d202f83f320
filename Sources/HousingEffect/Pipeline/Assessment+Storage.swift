extension Assessment {
  /// The stages' year arrays of a run, handed on to the next run so that it writes into the
  /// same memory: a Monte Carlo worker's draws allocate no year arrays after its first
  /// (issue 18, design note §70).
  ///
  /// A run takes each array (``ArrayRefill``) and writes its own years over the old ones,
  /// dropping any beyond its own, so no figure of an earlier run survives into a later one.
  /// The workforce's years keep their segment arrays, which `Workforce` refills per year. An
  /// empty storage is what a single run (`assess`, `explain`, a report) uses.
  struct Storage: Sendable {
    var staffing: [Staffing.Year] = []
    var workforce: [Workforce.Year] = []
    /// Segment arrays of workforce years a shorter run dropped, for a longer one to refill.
    var spareSegmentYears: [[Workforce.SegmentYear]] = []
    var segments: [ResolvedSegment] = []
    var defaultSegments: [WorkforceSegment] = []
    var turnover: [Double] = []
    var migration: [Migration.Year] = []
    var migrationSegments: [Migration.SegmentRead] = []
    var households: [Households.Year] = []
    var housing: [HousingDemand.Year] = []
    var facilities: [FacilityLoad.Year] = []
  }

  /// Moves every stage's year array into `storage` for the next run, leaving this
  /// assessment's stages without years. No copy: the arrays change owner.
  mutating func moveStorage(into storage: inout Storage) {
    Assessment.moveYears(
      staffing: &staffing, workforce: &workforce, migration: &migration,
      households: &households, housing: &housing, facilities: &facilities, into: &storage)
  }

  /// Swaps the stages' year arrays with those of `storage`: an assessment's or a draw's
  /// (`Stages`).
  static func moveYears(
    staffing: inout Staffing, workforce: inout Workforce, migration: inout Migration,
    households: inout Households, housing: inout HousingDemand, facilities: inout FacilityLoad,
    into storage: inout Storage
  ) {
    swap(&storage.staffing, &staffing.years)
    swap(&storage.workforce, &workforce.years)
    swap(&storage.segments, &workforce.segments)
    swap(&storage.migration, &migration.years)
    swap(&storage.households, &households.years)
    swap(&storage.housing, &housing.years)
    swap(&storage.facilities, &facilities.years)
  }
}
