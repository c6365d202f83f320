import HousingEffect
import Testing
import _TestSupport

/// Properties every assessment must have, over many generated establishments.
@Suite("Invariants over generated establishments")
struct InvariantTests {
  static let regions = [
    HostRegion(name: "Venlo", policyRegion: .noordLimburg, population: 103_785, dwellings: 48_986),
    HostRegion(name: "Heerlen", policyRegion: .zuidLimburg, population: 87_498),
    HostRegion(name: "Elders", policyRegion: .other, population: 5_000, dwellings: 2_000),
  ]

  /// A random but valid establishment: any type, size, ramp-up, construction and workforce.
  static func establishment(_ random: inout SplitMix64) -> (Establishment, HostRegion) {
    func uniform(_ range: ClosedRange<Double>) -> Double {
      range.lowerBound + random.nextUnitInterval() * (range.upperBound - range.lowerBound)
    }
    let type = EstablishmentType.allCases[
      Int(random.next() % UInt64(EstablishmentType.allCases.count))]
    let size: EstablishmentSize =
      switch (type.physicalSizeBasis, random.next() % 2) {
      case (.hectares?, 0): .hectares(uniform(0...200))
      case (.floorArea?, 0): .floorArea(uniform(0...300_000))
      default: .jobs(uniform(0...5_000))
      }
    var e = Establishment(
      name: "generated", municipality: "x", type: type, size: size,
      startYear: 2026 + Int(random.next() % 6))
    if random.next() % 2 == 0 {
      e.rampUp = (0..<(1 + Int(random.next() % 6))).map { _ in uniform(0...1) } + [1]
    }
    if random.next() % 3 == 0 {
      e.construction = ConstructionPhase(
        workers: uniform(0...2_000), startYear: e.startYear - Int(random.next() % 3),
        startMonth: 1 + Int(random.next() % 12), durationMonths: 1 + Int(random.next() % 48),
        shareFromElsewhere: uniform(0...1))
    }
    if random.next() % 2 == 0 {
      let contracts = ContractType.allCases
      var shares = (0..<(1 + Int(random.next() % 4))).map { _ in uniform(0.05...1) }
      let total = shares.reduce(0, +)
      shares = shares.map { $0 / total }
      e.workforce = shares.map { share in
        var origin: OriginMix?
        if random.next() % 2 == 0 {
          var parts = (0..<6).map { _ in uniform(0...1) }
          let sum = parts.reduce(0, +)
          parts = parts.map { $0 / sum }
          origin = OriginMix(
            localReserve: parts[0], restOfNL: parts[1], euMigrant: parts[2],
            nonEuMigrant: parts[3], knowledgeMigrant: parts[4], crossBorder: parts[5])
        }
        return WorkforceSegment(
          share: share, contract: contracts[Int(random.next() % UInt64(contracts.count))],
          skill: SkillLevel.allCases[Int(random.next() % 3)], origin: origin)
      }
    }
    if random.next() % 3 == 0 { e.peakFactor = uniform(1...3) }
    if random.next() % 3 == 0 {
      e.employerHousing = EmployerHousing(
        beds: Double(Int(uniform(0...500))), floorAreaM2: uniform(0...8_000),
        bedrooms: Double(Int(uniform(1...300))), toilets: Double(Int(uniform(1...60))),
        showers: Double(Int(uniform(1...60))))
    }
    if random.next() % 2 == 0 { e.freeLegalBeds = Double(Int(uniform(0...300))) }
    e.housingNorm = HousingNorm.allCases[Int(random.next() % 4)]
    return (e, regions[Int(random.next() % UInt64(regions.count))])
  }

  static func assess(_ e: Establishment, _ region: HostRegion) -> Assessment {
    Assessment(e, region: region, parameters: ParameterSet(asOf: e.referenceDay))
  }

  static func housingNeed(_ a: Assessment) -> Double {
    a.housing.years.reduce(0) { total, year in
      total + year.peak.shortStayBeds + year.peak.midStayRooms + year.peak.longStayDwellings
    }
  }

  static let cases = 400

  @Test("no result is negative, NaN or infinite, in any year or stage")
  func finiteAndNonNegative() throws {
    var random = SplitMix64(seed: 2026)
    for _ in 0..<Self.cases {
      let (e, region) = Self.establishment(&random)
      let a = Self.assess(e, region)
      for year in a.years {
        for indicator in a.keyIndicators(year: year) {
          #expect(
            indicator.value.isFinite && indicator.value >= 0,
            "\(indicator.id) \(year): \(indicator.value)")
        }
      }
      for entry in a.trace.entries {
        #expect(entry.value.isFinite && entry.value >= 0, "\(entry.indicator) \(entry.year)")
      }
    }
  }

  @Test(
    "labour migrants by stay class and by residence add up to the total; the peak is never below the average"
  )
  func totals() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<Self.cases {
      let (e, region) = Self.establishment(&random)
      let a = Self.assess(e, region)
      let residence = a.migration.residence
      #expect(isApproximatelyEqual(residence.total, 1, absolute: 1e-12))
      for (index, year) in a.migration.years.enumerated() {
        let stays = year.labourMigrantsAverage
        let present = zip(a.workforce.segments, a.workforce.years[index].segments).reduce(0) {
          $0 + $1.1.presentAverage * $1.0.origin.labourMigrants
        }
        #expect(
          isApproximatelyEqual(
            stays.short + stays.mid + stays.long, present, absolute: 1e-9, relative: 1e-9))
        let split = [residence.host, residence.restOfRegion, residence.outsideProvince].map {
          stays.total * $0
        }
        #expect(
          isApproximatelyEqual(split.reduce(0, +), stays.total, absolute: 1e-9, relative: 1e-9))
        #expect(year.labourMigrantsPeak.total >= stays.total - 1e-9)
        #expect(
          a.workforce.years[index].presentPeak >= a.workforce.years[index].presentAverage - 1e-9)
        let housing = a.housing.years[index]
        #expect(housing.peak.temporaryBeds >= housing.average.temporaryBeds - 1e-9)
        #expect(housing.peak.shortfallBeds <= housing.peak.temporaryBeds + 1e-9)
      }
    }
  }

  @Test("zero jobs give zero housing need and zero facility load")
  func zeroJobs() {
    for type in EstablishmentType.allCases {
      let e = Establishment(
        name: "none", municipality: "x", type: type, size: .jobs(0), startYear: 2028)
      let a = Self.assess(e, Self.regions[0])
      #expect(Self.housingNeed(a) == 0)
      for year in a.facilities.years {
        #expect(year.residentsHost == 0 && year.gpFTE == 0 && year.brpRegistrations == 0)
      }
    }
  }

  @Test("more jobs never give less housing need")
  func monotoneInJobs() {
    var random = SplitMix64(seed: 99)
    for _ in 0..<Self.cases {
      var (e, region) = Self.establishment(&random)
      e.construction = nil
      let base = e.size.amount
      let small = Self.assess(e, region)
      switch e.size {
      case .jobs: e.size = .jobs(base * 1.5 + 1)
      case .floorArea: e.size = .floorArea(base * 1.5 + 1)
      case .hectares: e.size = .hectares(base * 1.5 + 1)
      }
      let large = Self.assess(e, region)
      #expect(Self.housingNeed(large) >= Self.housingNeed(small) - 1e-9)
    }
  }

  @Test("a higher labour-migrant share never gives less housing need")
  func monotoneInMigrantShare() {
    var random = SplitMix64(seed: 5)
    for _ in 0..<Self.cases {
      var (e, region) = Self.establishment(&random)
      let low = random.nextUnitInterval()
      let high = low + (1 - low) * random.nextUnitInterval()
      let contract = ContractType.allCases[Int(random.next() % 4)]
      func with(_ share: Double) -> Double {
        e.workforce = [
          WorkforceSegment(
            share: 1, contract: contract,
            origin: OriginMix(localReserve: 1 - share, euMigrant: share))
        ]
        return Self.housingNeed(Self.assess(e, region))
      }
      #expect(with(high) >= with(low) - 1e-9)
    }
  }

  @Test("the same input gives the same output, bit for bit")
  func deterministic() {
    var random = SplitMix64(seed: 12)
    for _ in 0..<50 {
      let (e, region) = Self.establishment(&random)
      #expect(Self.assess(e, region) == Self.assess(e, region))
    }
  }
}
