import Testing

@testable import HousingEffect

@Suite("Catalogue hygiene")
struct CatalogHygieneTests {
  let catalog = ParameterCatalog.standard
  var parameters: [Parameter] { catalog.parameters }

  /// Every provenance in the catalogue with the id of the parameter it belongs to.
  var provenances: [(ParameterID, Provenance)] {
    parameters.flatMap { parameter in parameter.values.map { (parameter.id, $0.provenance) } }
  }

  @Test("has at least 100 parameters and every group is non-empty")
  func sizeAndGroups() {
    #expect(parameters.count >= 100)
    for group in ParameterCatalog.groupOrder {
      #expect(!catalog.parameters(inGroup: group).isEmpty, "group \(group) is empty")
    }
    for parameter in parameters {
      #expect(
        ParameterCatalog.groupOrder.contains(parameter.group),
        "\(parameter.id) is in unknown group \(parameter.group)")
    }
  }

  @Test("each group file holds only ids of its own group")
  func groupFilesMatchIds() {
    let files: [(String, [Parameter])] = [
      ("jobs", ParameterCatalog.jobs), ("workforce", ParameterCatalog.workforce),
      ("migration", ParameterCatalog.migration), ("households", ParameterCatalog.households),
      ("housing", ParameterCatalog.housing), ("facilities", ParameterCatalog.facilities),
      ("welfare", ParameterCatalog.welfare), ("region", ParameterCatalog.region),
    ]
    #expect(files.map(\.0) == ParameterCatalog.groupOrder)
    for (group, list) in files {
      for parameter in list {
        #expect(parameter.group == group, "\(parameter.id) is listed in the \(group) file")
      }
    }
  }

  @Test("ids are unique and well-formed")
  func ids() {
    var seen: Set<ParameterID> = []
    for parameter in parameters {
      #expect(parameter.id.isWellFormed, "\(parameter.id) is not well-formed")
      #expect(seen.insert(parameter.id).inserted, "\(parameter.id) appears twice")
    }
  }

  @Test("labels are noun phrases and descriptions are full sentences")
  func labelsAndDescriptions() {
    for parameter in parameters {
      let label = parameter.label.trimmingSpaces
      let description = parameter.description.trimmingSpaces
      #expect(!label.isEmpty, "\(parameter.id) has no label")
      #expect(!label.hasSuffix("."), "\(parameter.id) label should not be a sentence")
      #expect(!description.isEmpty, "\(parameter.id) has no description")
      #expect(description.hasSuffix("."), "\(parameter.id) description does not end with a period")
      #expect(
        description.first.map { $0.isUppercase } ?? false,
        "\(parameter.id) description does not start with a capital")
    }
  }

  @Test("ranges hold every value and lie within the hard limits")
  func rangesAndLimits() {
    for parameter in parameters {
      let id = parameter.id
      #expect(!parameter.values.isEmpty, "\(id) has no value")
      #expect(parameter.low.isFinite && parameter.high.isFinite, "\(id) range is not finite")
      #expect(
        parameter.low <= parameter.high, "\(id): low \(parameter.low) > high \(parameter.high)")
      if let minimum = parameter.minimum {
        #expect(parameter.low >= minimum, "\(id): low \(parameter.low) below minimum \(minimum)")
      }
      if let maximum = parameter.maximum {
        #expect(parameter.high <= maximum, "\(id): high \(parameter.high) above maximum \(maximum)")
      }
      if let minimum = parameter.minimum, let maximum = parameter.maximum {
        #expect(minimum <= maximum, "\(id): minimum above maximum")
      }
      for entry in parameter.values {
        #expect(entry.value.isFinite, "\(id) has a non-finite value")
        #expect(
          parameter.low <= entry.value && entry.value <= parameter.high,
          "\(id): value \(entry.value) outside [\(parameter.low), \(parameter.high)]")
        #expect(parameter.accepts(entry.value), "\(id): value \(entry.value) outside hard limits")
      }
      if parameter.unit == .share {
        #expect(parameter.minimum == 0 && parameter.maximum == 1, "\(id): share limits not 0...1")
      }
    }
  }

  @Test("dated values are sorted by effective date without duplicates")
  func datesSorted() {
    for parameter in parameters {
      let days = parameter.values.map(\.effective)
      #expect(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "\(parameter.id) dates unsorted")
    }
  }

  @Test("assumptions carry a real rationale and derived values name a method")
  func explanations() {
    for (id, provenance) in provenances {
      switch provenance {
      case .assumption(let rationale):
        #expect(rationale.trimmingSpaces.count >= 40, "\(id): rationale too short")
      case .derived(let from, let method, let sources):
        #expect(!method.trimmingSpaces.isEmpty, "\(id): derived without a method")
        #expect(!from.isEmpty || !sources.isEmpty, "\(id): derived from nothing")
        for source in from {
          #expect(catalog[source] != nil, "\(id) is derived from unknown id \(source)")
          #expect(source != id, "\(id) is derived from itself")
        }
      case .unverified(_, let note):
        #expect(!note.trimmingSpaces.isEmpty, "\(id): unverified without a note")
      case .cited:
        break
      }
    }
  }

  @Test("every source has a title, publisher, plausible year and https URL")
  func sources() {
    for (id, provenance) in provenances {
      for source in provenance.sources {
        #expect(!source.title.trimmingSpaces.isEmpty, "\(id): source without title")
        #expect(!source.publisher.trimmingSpaces.isEmpty, "\(id): source without publisher")
        #expect((1990...2026).contains(source.year), "\(id): source year \(source.year)")
        #expect(
          source.url?.hasPrefix("https://") ?? false, "\(id): source URL missing or not https")
      }
      if case .cited = provenance {
        #expect(provenance.sources.count == 1, "\(id): cited without a source")
      }
    }
  }

  @Test("no text field is a placeholder")
  func noPlaceholders() {
    for parameter in parameters {
      var texts = [parameter.label, parameter.description]
      for entry in parameter.values {
        texts += [entry.provenance.explanation].compactMap { $0 }
        for source in entry.provenance.sources {
          texts += [source.title, source.publisher, source.url, source.locator].compactMap { $0 }
        }
      }
      for text in texts {
        let trimmed = text.trimmingSpaces.uppercased()
        #expect(!text.contains("TODO"), "\(parameter.id) has a TODO: \(text)")
        #expect(
          !["NOT FOUND", "TODO", "TBD", "?", "-"].contains(trimmed),
          "\(parameter.id) has a placeholder text: \(text)")
      }
    }
  }

  @Test("every establishment type's job-density parameter exists")
  func jobDensityParametersExist() {
    for type in EstablishmentType.allCases {
      guard let id = type.jobDensityParameter else { continue }
      #expect(catalog[id] != nil, "\(type.rawValue) refers to missing parameter \(id)")
    }
  }

  @Test("shares that split one whole do not exceed it")
  func crossParameterBounds() {
    func value(_ id: ParameterID) -> Double {
      catalog[id]?.current?.value ?? .nan
    }
    for contract in ContractType.allCases {
      let short = value(ParameterID("migration.stayShare.\(contract.rawValue).short"))
      let mid = value(ParameterID("migration.stayShare.\(contract.rawValue).mid"))
      #expect(short + mid <= 1, "stay shares for \(contract.rawValue) exceed 1")
    }
    #expect(
      value("households.childAge0to3Share") + value("households.childAge4to11Share") <= 1)
    #expect(
      value("migration.residence.hostShare") + value("migration.residence.outsideProvinceShare")
        <= 1)
    #expect(
      value("region.limburg.labourMigrants2030Low")
        <= value("region.limburg.labourMigrants2030High"))
    #expect(value("jobs.rampUp.year1Share") <= value("jobs.rampUp.year2Share"))
  }

  @Test("every sector group has an agency share and the migrant shares its contracts read")
  func sectorGroupCoverage() {
    for group in SectorGroup.allCases {
      #expect(catalog[ParameterID("workforce.agencyShare.\(group.rawValue)")] != nil)
      for contract in ContractType.allCases {
        #expect(catalog[.migrationMigrantShare(contract, group)] != nil)
      }
      // A construction crew's migrants are its crew from elsewhere (design note 56).
      #expect(
        (catalog[ParameterID("migration.migrantShare.permanent.\(group.rawValue)")] != nil)
          == (group != .construction))
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
