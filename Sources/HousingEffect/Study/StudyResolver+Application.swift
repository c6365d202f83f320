extension StudyResolver {
  /// Applies the steps of one chain to the baseline, recording every change.
  struct Application {
    var establishment: Establishment
    let region: HostRegion
    let catalog: ParameterCatalog
    var changes: [AppliedChange] = []

    init(establishment: Establishment, region: HostRegion, catalog: ParameterCatalog) {
      self.establishment = establishment
      self.region = region
      self.catalog = catalog
    }

    private var parameters: ParameterSet { establishment.parameterSet(catalog: catalog) }

    /// One alternative of the chain: its parameters, then its template, then its inputs.
    mutating func apply(_ step: Alternative) {
      for override in step.parameters {
        apply(override, by: step.name, source: .parameters)
      }
      if let template = step.template {
        let derived = template.changes(to: establishment, region: region, catalog: catalog)
        let explicit = Set(step.parameters.map(\.id))
        for override in derived.parameters where !explicit.contains(override.id) {
          apply(override, by: step.name, source: .template(template.kind))
        }
        for change in derived.inputs {
          apply(change, by: step.name, source: .template(template.kind))
        }
      }
      for change in step.inputs {
        apply(change, by: step.name, source: .inputs)
      }
    }

    /// Sets a parameter override, replacing an earlier one of the same id in place.
    mutating func apply(
      _ override: ParameterOverride, by alternative: String, source: AppliedChange.Source
    ) {
      guard let parameter = catalog[override.id] else { return }
      let before = parameters
      let from = before[override.id]
      let fromDefaulted = !before.isOverridden(override.id)
      if let position = establishment.overrides.firstIndex(where: { $0.id == override.id }) {
        establishment.overrides[position] = override
      } else {
        establishment.overrides.append(override)
      }
      guard from != override.value else { return }
      changes.append(
        AppliedChange(
          alternative: alternative, source: source, target: .parameter(override.id),
          from: .quantity(from, parameter.unit), fromDefaulted: fromDefaulted,
          to: .quantity(override.value, parameter.unit), reason: override.reason))
    }

    /// Applies one input change.
    mutating func apply(
      _ change: InputChange, by alternative: String, source: AppliedChange.Source
    ) {
      func record(
        _ field: String, _ from: ChangeValue, _ to: ChangeValue, defaulted: Bool = false,
        segment: WorkforceSegment? = nil
      ) {
        guard from != to else { return }
        changes.append(
          AppliedChange(
            alternative: alternative, source: source, target: .input(field), segment: segment,
            from: from, fromDefaulted: defaulted, to: to))
      }
      let parameters = self.parameters
      switch change {
      case .size(let size):
        let from = establishment.size
        establishment.size = size
        record("size", Application.value(from), Application.value(size))

      case .jobsFactor(let factor):
        let jobs = establishment.fullOperationJobs(parameters: parameters)
        let estimated = establishment.size.basis != .jobs
        establishment.size = .jobs(jobs * factor)
        record(
          "size.jobs", .quantity(jobs, .fte), .quantity(jobs * factor, .fte), defaulted: estimated)

      case .rampUp(let shares):
        let from = Staffing.rampUpShares(establishment, parameters: parameters)
        let defaulted = establishment.rampUp == nil
        establishment.rampUp = shares
        record("rampUp", .shares(from), .shares(shares), defaulted: defaulted)

      case .workforce(let segments):
        let stated = establishment.workforce
        let before = establishment.resolvedWorkforce(region: region, parameters: parameters)
        establishment.workforce = segments
        let after = establishment.resolvedWorkforce(region: region, parameters: parameters)
        guard before.count == after.count else {
          record("workforce", .segments(before), .segments(after), defaulted: stated == nil)
          return
        }
        for (index, (old, new)) in zip(before, after).enumerated() {
          let path = "workforce[\(index)]"
          let defaulted = stated == nil
          record(
            path + ".share", .quantity(old.share, .share), .quantity(new.share, .share),
            defaulted: defaulted, segment: old)
          record(
            path + ".contract", .contract(old.contract), .contract(new.contract),
            defaulted: defaulted, segment: old)
          record(
            path + ".skill", .skill(old.skill), .skill(new.skill), defaulted: defaulted,
            segment: old)
          record(
            path + ".origin", .origin(old.origin ?? OriginMix()),
            .origin(new.origin ?? OriginMix()),
            defaulted: stated?[safe: index]?.origin == nil, segment: old)
        }

      case .peakFactor(let factor):
        let id = Workforce.peakFactorParameter(for: establishment.type.sectorGroup)
        let from = establishment.peakFactor ?? parameters[id]
        let defaulted = establishment.peakFactor == nil
        establishment.peakFactor = factor
        record(
          "peakFactor", .quantity(from, .per(.persons, .persons)),
          .quantity(factor, .per(.persons, .persons)), defaulted: defaulted)

      case .employerHousing(let housing):
        let old = establishment.employerHousing
        establishment.employerHousing = housing
        func optional(_ value: Double?, _ unit: Unit) -> ChangeValue {
          value.map { .quantity($0, unit) } ?? .notGiven
        }
        record(
          "employerHousing.beds", optional(old?.beds, .beds), .quantity(housing.beds, .beds))
        record(
          "employerHousing.norm", old?.norm.map { .norm($0) } ?? .notGiven,
          housing.norm.map { .norm($0) } ?? .notGiven)
        record(
          "employerHousing.floorAreaM2", optional(old?.floorAreaM2, .squareMetres),
          optional(housing.floorAreaM2, .squareMetres))
        record(
          "employerHousing.bedrooms", optional(old?.bedrooms, .rooms),
          optional(housing.bedrooms, .rooms))
        record(
          "employerHousing.toilets", optional(old?.toilets, .count),
          optional(housing.toilets, .count))
        record(
          "employerHousing.showers", optional(old?.showers, .count),
          optional(housing.showers, .count))

      case .freeLegalBeds(let beds):
        let from = establishment.freeLegalBeds
        establishment.freeLegalBeds = beds
        record(
          "freeLegalBeds", from.map { .quantity($0, .beds) } ?? .notGiven, .quantity(beds, .beds))

      case .languageTraining(let training):
        let from = establishment.languageTraining
        establishment.languageTraining = training
        record("languageTraining", from.map { .flag($0) } ?? .notGiven, .flag(training))

      case .housingNorm(let norm):
        let from = establishment.housingNorm ?? .demandDefault(in: region.policyRegion)
        let defaulted = establishment.housingNorm == nil
        establishment.housingNorm = norm
        record("housingNorm", .norm(from), .norm(norm), defaulted: defaulted)
      }
    }

    /// A size as a quantity in its own unit.
    static func value(_ size: EstablishmentSize) -> ChangeValue {
      switch size {
      case .jobs(let jobs): .quantity(jobs, .fte)
      case .floorArea(let area): .quantity(area, .squareMetres)
      case .hectares(let hectares): .quantity(hectares, .hectares)
      }
    }
  }
}
