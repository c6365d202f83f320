import Foundation
import HousingEffect

/// The invariants of issue 22 for projection studies and batch CSVs, on the library: bands in
/// order (P10 ≤ P50 ≤ P90), every count non-negative and finite, a gap never above its need,
/// and totals equal to the sum of their parts.
public enum ReachOracle {
  /// Loads a projection study and runs it with a few draws.
  public static func projection(_ bytes: [UInt8], file: String) -> FuzzOracle.Outcome {
    let (study, areas, diagnostics) = ProjectionStudyLoader.load(
      bytes, file: file, regions: .limburg,
      readFile: { path in
        guard let data = FileManager.default.contents(atPath: path) else {
          return .failure(.notFound)
        }
        return .success([UInt8](data))
      })
    guard let study else {
      return .rejected(Set(diagnostics.filter { $0.severity == .error }.map(\.code)))
    }
    let projection = Projection(
      study, areas: areas, regions: .limburg, options: EnsembleOptions(draws: 12, threads: 1))
    // A non-finite figure is refused by `project` and `check` (exit 65): not a violation here.
    guard projection.areas.allSatisfy(\.isFinite) else { return .rejected([.resultOutOfRange]) }
    for area in projection.areas {
      if let (index, value) = area.firstNegative {
        return .violated("projection of '\(area.area.name)': negative count \(value) at \(index)")
      }
      for (index, band) in (area.bands ?? []).enumerated()
      where !(band.p10 <= band.p50 && band.p50 <= band.p90) {
        return .violated("projection of '\(area.area.name)': band \(band) out of order at \(index)")
      }
      for path in area.paths.indices {
        for variant in area.variants {
          for year in area.years {
            func value(_ indicator: ProjectionIndicator) -> Double {
              area.value(path: path, variant: variant, indicator, year: year) ?? 0
            }
            let need = value(.shortStayBeds) + value(.midStayBeds)
            if value(.temporaryGap) > need * (1 + 1e-12) + 1e-9 {
              return .violated(
                "projection of '\(area.area.name)' \(year): temporary gap \(value(.temporaryGap)) > need \(need)"
              )
            }
            if value(.longStayGap) > value(.longStayDwellings) * (1 + 1e-12) + 1e-9 {
              return .violated(
                "projection of '\(area.area.name)' \(year): long-stay gap above the need")
            }
            let parts = value(.shortStay) + value(.midStay) + value(.longStay)
            let working = value(.working)
            if variant == .without,
              abs(parts - working) > 1e-9 * max(1, abs(working), abs(parts))
            {
              return .violated(
                "projection of '\(area.area.name)' \(year): short + mid + long = \(parts) ≠ working \(working)"
              )
            }
          }
        }
      }
    }
    return .assessed
  }

  /// Reads a batch CSV and assesses its valid rows with a few draws.
  public static func batch(_ bytes: [UInt8]) -> FuzzOracle.Outcome {
    guard bytes.count <= 1 << 20 else { return .rejected([.inputTooLarge]) }
    var reader = BatchReader(text: String(decoding: bytes, as: UTF8.self), regions: .limburg)
    var run = BatchRun(regions: .limburg, options: EnsembleOptions(draws: 5, threads: 1))
    var rows: [BatchResult.Row] = []
    while !reader.isFinished { rows += run.assess(reader.next(1_000)) }
    for row in rows {
      let counts = [
        row.labourMigrants, row.shortStayBeds, row.midStayRooms, row.longStayDwellings,
        row.shortfallBeds, row.jobsFTE,
      ]
      if counts.contains(where: { !$0.isFinite }) {
        return .rejected([.resultOutOfRange])
      }
      if counts.contains(where: { $0 < 0 || ($0 == 0 && $0.sign == .minus) }) {
        return .violated("batch line \(row.line): a negative count in \(counts)")
      }
      for band in [
        row.ranges?.labourMigrants, row.ranges?.shortStayBeds, row.ranges?.midStayRooms,
        row.ranges?.longStayDwellings, row.ranges?.shortfallBeds,
      ].compactMap({ $0 }) where !(band.p10 <= band.p50 && band.p50 <= band.p90) {
        return .violated("batch line \(row.line): band \(band) out of order")
      }
    }
    let municipalities = run.totals().municipalities
    for total in municipalities {
      let sum = rows.filter { $0.code == total.code }.reduce(0) { $0 + $1.labourMigrants }
      if abs(sum - total.labourMigrants) > 1e-9 * max(1, abs(sum)) {
        return .violated(
          "batch total of '\(total.name)': \(total.labourMigrants) labour migrants ≠ sum of rows \(sum)"
        )
      }
    }
    let (diagnostics, _) = reader.problems()
    let errors = diagnostics.filter { $0.severity == .error }.map(\.code)
    return errors.isEmpty ? .assessed : .rejected(Set(errors))
  }
}
