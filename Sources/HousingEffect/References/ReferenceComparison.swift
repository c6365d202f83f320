#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The establishment beside comparable real ones: the nearest references of the same type by
/// size, with their published jobs per m² or hectare, labour-migrant share, peak and beds.
///
/// "Comparable" is the same ``EstablishmentType`` and the nearest jobs on a logarithmic scale
/// (a site of 500 jobs is as far from one of 250 as from one of 1,000); references without
/// published jobs come after those with, nearest in floor area or hectares.
public struct ReferenceComparison: Sendable, Hashable {
  /// One reference as the comparison shows it.
  public struct Entry: Sendable, Hashable {
    /// The real establishment.
    public var reference: ReferenceEstablishment
    /// Its published jobs [jobs]; `nil` when not published.
    public var jobs: Double?
    /// Jobs per 1,000 m² or per hectare, by the type's physical size basis.
    public var jobsPerSize: Double?
    /// Its published labour-migrant share of the workforce [0–1]; `nil` when not published.
    public var labourMigrantShare: Double?
    /// Its published peak workforce [persons]; `nil` when not published.
    public var peakWorkforce: Double?
    /// Its published employer beds [beds]; `nil` when not published.
    public var employerBeds: Double?
    /// The reference's jobs ÷ the estimate's jobs; `nil` without published jobs.
    public var sizeRatio: Double?
  }

  /// The establishment type the references were chosen by.
  public var type: EstablishmentType
  /// The estimate's own figures in the headline year, to set beside the entries.
  public var jobs: Double
  /// The estimate's jobs per 1,000 m² or per hectare; `nil` when its size is not physical.
  public var jobsPerSize: Double?
  /// The estimate's labour migrants ÷ workers present [0–1]; `nil` when none are present.
  public var labourMigrantShare: Double?
  /// The estimate's peak workforce [persons].
  public var peakWorkforce: Double
  /// The nearest references, nearest first.
  public var entries: [Entry]

  /// The `count` references of `assessment`'s type nearest in size, from `references`.
  public init(
    _ assessment: Assessment, year: Int? = nil,
    references: [ReferenceEstablishment] = ReferenceEstablishment.all, count: Int = 3
  ) {
    let establishment = assessment.establishment
    let index =
      assessment.index(of: year ?? assessment.fullOperationYear)
      ?? max(0, assessment.years.count - 1)
    let staffing =
      assessment.staffing.years.indices.contains(index)
      ? assessment.staffing.years[index].operationFTE : 0
    let workforce =
      assessment.workforce.years.indices.contains(index)
      ? assessment.workforce.years[index] : nil
    let migrants =
      assessment.migration.years.indices.contains(index)
      ? assessment.migration.years[index].labourMigrantsAverage.total : 0
    type = establishment.type
    jobs = staffing
    switch (establishment.size, establishment.type.physicalSizeBasis) {
    case (.floorArea(let area), .floorArea?) where area > 0: jobsPerSize = staffing / area * 1_000
    case (.hectares(let hectares), .hectares?) where hectares > 0:
      jobsPerSize = staffing / hectares
    default: jobsPerSize = nil
    }
    let present = workforce?.presentAverage ?? 0
    labourMigrantShare = present > 0 ? migrants / present : nil
    peakWorkforce = workforce?.presentPeak ?? 0
    entries = ReferenceComparison.nearest(
      type: establishment.type, jobs: staffing, size: establishment.size, in: references,
      count: count
    ).map { reference in
      let jobs = reference.value(.jobs)
      return Entry(
        reference: reference, jobs: jobs, jobsPerSize: reference.jobsPerSize,
        labourMigrantShare: reference.labourMigrantShare,
        peakWorkforce: reference.value(.peakWorkforce),
        employerBeds: reference.value(.employerBeds),
        sizeRatio: jobs.flatMap { staffing > 0 ? $0 / staffing : nil })
    }
  }

  /// The references of `type` nearest to `jobs` (log scale); those without jobs after, by
  /// their physical size against `size`; ties by id, so the order is fixed.
  public static func nearest(
    type: EstablishmentType, jobs: Double, size: EstablishmentSize,
    in references: [ReferenceEstablishment], count: Int
  ) -> [ReferenceEstablishment] {
    func distance(_ a: Double?, _ b: Double?) -> Double? {
      guard let a, let b, a > 0, b > 0 else { return nil }
      return abs(log(a / b))
    }
    let physical: Double? =
      switch size {
      case .floorArea(let area): area
      case .hectares(let hectares): hectares
      case .jobs: nil
      }
    let ranked = references.filter { $0.type == type }.map { reference in
      let byJobs = distance(reference.value(.jobs), jobs)
      let bySize = distance(
        type.physicalSizeBasis == .hectares
          ? reference.value(.hectares) : reference.value(.floorAreaM2), physical)
      // Published jobs rank first (class 0), then physical size (1), then the rest (2).
      let key: (Int, Double) =
        byJobs.map { (0, $0) } ?? bySize.map { (1, $0) } ?? (2, 0)
      return (key, reference)
    }
    return ranked.sorted { left, right in
      left.0 != right.0 ? left.0 < right.0 : left.1.id < right.1.id
    }.prefix(count).map(\.1)
  }
}
