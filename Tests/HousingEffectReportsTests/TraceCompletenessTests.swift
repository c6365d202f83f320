import Foundation
import HousingEffect
import Testing

/// Every catalogue parameter that moves an indicator is named in that indicator's `explain`
/// tree (the entry itself or an entry its inputs link to, in its year or, for a growth since
/// last year, the year before): `explain` does not under-report (issue 18, item 1). It moves
/// each parameter in turn, a half of the way to the far end of its plausible range, for every
/// indicator of every example and every year of its timeline.
///
/// Why it can fail and is sound: a parameter read outside every indicator's scope, a scope
/// named on the wrong entry, or an input taken as a plain value where an indicator computed
/// it, each leaves a parameter that moves the value out of the tree, and the move shows it (it
/// failed on 38 indicators before the lists came from the reads, and on `migration.midStay`
/// when its list was cut to the mid-stay shares, which the short-stay shares cap). It cannot
/// see a parameter whose move is masked (a clamp, a zero in that year); `TraceReadsTests`
/// adds that nothing is named that was not read.
@Suite("Trace completeness")
struct TraceCompletenessTests {
  /// The parameters `explain` shows for `indicator` in `year`: its own and those of every
  /// entry reachable through its inputs.
  static func explained(_ indicator: IndicatorID, year: Int, in trace: Trace) -> Set<ParameterID> {
    var named: Set<ParameterID> = []
    var seen: Set<String> = []
    var stack = [(indicator, year)]
    while let (id, year) = stack.popLast() {
      guard seen.insert("\(id) \(year)").inserted, let entry = trace.entry(id, year: year)
      else { continue }
      named.formUnion(entry.parameters)
      for input in entry.inputs {
        if let linked = input.indicator { stack.append((linked, input.year ?? year)) }
      }
    }
    return named
  }

  /// A value of `parameter` inside its hard limits that differs from `value`: a tenth of the
  /// way towards the far end of its plausible range, or a step of 10% when the range is empty.
  static func moved(_ parameter: Parameter, from value: Double) -> Double {
    let far =
      abs(parameter.high - value) >= abs(value - parameter.low) ? parameter.high : parameter.low
    var moved = far != value ? value + (far - value) * 0.5 : value * 1.1 + 0.1
    if let minimum = parameter.minimum { moved = max(moved, minimum) }
    if let maximum = parameter.maximum { moved = min(moved, maximum) }
    return moved
  }

  @Test(
    "every parameter that moves an indicator is named in its explain tree",
    arguments: Examples.all)
  func explainNamesEveryParameterThatMatters(_ example: Examples.Example) {
    let base = ParameterSet(asOf: example.establishment.referenceDay)
    let assessment = Assessment(example.establishment, region: example.region, parameters: base)
    let years = Set(assessment.years)
    var missing: [String] = []
    for parameter in base.catalog.parameters {
      let value = base[parameter.id]
      let other = Self.moved(parameter, from: value)
      guard other != value else { continue }
      let changed = Assessment(
        example.establishment, region: example.region,
        parameters: base.replacing(parameter.id, with: other))
      for year in years {
        for entry in assessment.trace.entries where entry.year == year {
          guard let after = changed.trace.entry(entry.indicator, year: year) else { continue }
          let scale = max(abs(entry.value), abs(after.value), 1e-9)
          guard abs(after.value - entry.value) > 1e-9 * scale else { continue }
          if !Self.explained(entry.indicator, year: year, in: assessment.trace).contains(
            parameter.id)
          {
            missing.append("\(entry.indicator) \(year) ← \(parameter.id)")
          }
        }
      }
    }
    #expect(missing.isEmpty, "\(example.id): \(Set(missing).sorted().joined(separator: "; "))")
  }
}

/// The trace names exactly the parameters the run read: none read and left out (what
/// `explain` would under-report), none named and not read (issue 18, item 1).
@Suite("Trace names the reads")
struct TraceReadsTests {
  @Test("the whole run's trace names the parameters the run read", arguments: Examples.all)
  func assessmentNamesTheReads(_ example: Examples.Example) {
    let parameters = ParameterSet(asOf: example.establishment.referenceDay).recordingReads()
    let assessment = Assessment(
      example.establishment, region: example.region, parameters: parameters)
    let read = parameters.readLog?.ids ?? []
    let named = Set(assessment.trace.entries.flatMap(\.parameters))
    #expect(read.subtracting(named).sorted() == [], "read but not named")
    #expect(named.subtracting(read).sorted() == [], "named but not read")
  }
}
