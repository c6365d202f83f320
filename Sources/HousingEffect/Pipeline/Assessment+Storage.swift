extension Assessment {
  /// The stages' year arrays of a run, handed on to the next run so that it writes into the
  /// same memory: a Monte Carlo worker's draws allocate no year arrays after its first
  /// (issue 18, design note §70).
  ///
  /// A run takes each array (`Array/takeForReuse()`), empties it keeping its capacity and
  /// appends its own years, so no figure of an earlier run survives into a later one. The
  /// workforce's years keep their segment arrays, which `Workforce` empties and refills per
  /// year. An empty storage is what a single run (`assess`, `explain`, a report) uses.
  struct Storage: Sendable {
    var staffing: [Staffing.Year] = []
    var workforce: [Workforce.Year] = []
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
    swap(&storage.staffing, &staffing.years)
    swap(&storage.workforce, &workforce.years)
    swap(&storage.segments, &workforce.segments)
    swap(&storage.migration, &migration.years)
    swap(&storage.households, &households.years)
    swap(&storage.housing, &housing.years)
    swap(&storage.facilities, &facilities.years)
  }
}

extension Array {
  /// The array's memory handed over, emptied with its capacity kept, leaving `self` empty:
  /// what a stage appends its years to when it runs again (`Assessment/Storage`).
  mutating func takeForReuse() -> [Element] {
    var taken: [Element] = []
    swap(&taken, &self)
    taken.removeAll(keepingCapacity: true)
    return taken
  }
}
