/// Stage 5: housing need — short-stay beds, mid-stay rooms, long-stay dwellings — at the chosen
/// norm, against employer housing and free legal beds; and the norm check of employer housing.
///
/// See `Docs/methodology.md#housing-demand`.
public struct HousingDemand: Sendable, Hashable, Codable {
  /// The need and its balance at one moment (an average day or the peak).
  public struct Figures: Sendable, Hashable, Codable {
    /// Beds for short-stay migrants [beds].
    public var shortStayBeds: Double
    /// Mid-stay migrants, one bed each [persons].
    public var midStayPersons: Double
    /// Rooms for the mid-stay migrants: persons ÷ persons per mid-stay room, at most the
    /// norm's persons per bedroom [rooms].
    public var midStayRooms: Double
    /// Dwellings for long-stay migrants' households [dwellings].
    public var longStayDwellings: Double
    /// Floor area for short- and mid-stay housing at the norm [m²].
    public var floorArea: Double
    /// Bedrooms for short- and mid-stay housing at the norm [rooms].
    public var bedrooms: Double
    /// Toilets for short- and mid-stay housing at the norm [count].
    public var toilets: Double
    /// Showers for short- and mid-stay housing at the norm [count].
    public var showers: Double
    /// Employer beds within the stricter of their own norm and the demand norm, plus free
    /// legal (vacant) beds [beds] (``HousingBalance/Supply/beds``).
    public var supplyBeds: Double
    /// Temporary demand (short-stay beds + mid-stay persons) not covered by supply [beds]
    /// (``HousingBalance/temporaryShortfall``).
    public var shortfallBeds: Double
    /// Dwellings available to newcomers by this year; `nil` when the input does not say.
    public var longStaySupply: Double? = nil
    /// Long-stay dwellings not covered by `longStaySupply`; `nil` when that is unknown
    /// (``HousingBalance/longStayGap``).
    public var longStayGap: Double? = nil

    /// Beds needed for short and mid stay together [beds].
    public var temporaryBeds: Double { shortStayBeds + midStayPersons }

    func scaled(_ factor: Double) -> Figures {
      Figures(
        shortStayBeds: shortStayBeds * factor, midStayPersons: midStayPersons * factor,
        midStayRooms: midStayRooms * factor, longStayDwellings: longStayDwellings * factor,
        floorArea: floorArea * factor, bedrooms: bedrooms * factor, toilets: toilets * factor,
        showers: showers * factor, supplyBeds: supplyBeds * factor,
        shortfallBeds: shortfallBeds * factor, longStaySupply: longStaySupply.map { $0 * factor },
        longStayGap: longStayGap.map { $0 * factor })
    }
  }

  /// The housing need in one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Need in the region (host municipality and the rest of the province) on an average day.
    public var average: Figures
    /// Need in the region at the seasonal peak.
    public var peak: Figures
    /// The host municipality's part of the peak need. Supply and shortfall are the province's
    /// figures × the host's share of the residents: available beds are assumed to lie where
    /// the newcomers live, since the file does not say where they are.
    public var hostPeak: Figures
    /// Long-stay dwellings in the host municipality ÷ its dwelling stock, where known [share].
    public var hostHousingPressure: Double?
  }

  /// The norm the need is expressed in.
  public var norm: HousingNorm
  /// Where the newcomers live, by name (the province's part is what the need counts).
  public var residenceSplit: ResidenceSplit
  /// One entry per calendar year of the timeline.
  public var years: [Year]
  // Spelled `Optional<…>`: `NormCheck?` would give the property an implicit `nil` default, and
  // a stage with default-valued properties is built in a local and copied out (design note 70).
  /// The employer's housing checked against its own norm (the demand norm if it states none).
  public var employerHousingCheck: Optional<NormCheck>
  /// Employer beds counted as supply: at most what the stricter of their own norm and the
  /// demand norm allows (``HousingBalance/employerBeds(_:demandNorm:parameters:)``) [beds].
  public var employerBedsCounted: Double
  /// Whether anything is known about the temporary supply: employer housing or free legal beds
  /// stated (possibly zero). When not, the shortfall is the whole need and reports call it
  /// unknown rather than print it (``HousingBalance/Supply/bedsKnown``).
  public var temporarySupplyKnown: Bool
  /// The parameters behind the host municipality's long-stay dwellings beyond those of
  /// `housing.longStayDwellings`: where the migrants and the relocating households live.
  public var hostDwellingParameters: [ParameterID]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// The housing need of a stock of migrants at `norm`, against the employer's housing (counted
  /// as far as the stricter of its own norm and `norm` allows), `freeLegalBeds` of other
  /// temporary housing (vacant beds free for newcomers), which count in full, and the dwellings
  /// available to newcomers for long stays (`nil`: unknown).
  public init(
    _ stock: borrowing MigrantStock, households: borrowing Households, region: borrowing HostRegion,
    norm: HousingNorm,
    freeLegalBeds: Double?, employerHousing: EmployerHousing?,
    availableDwellings: [AvailableDwellings]? = nil, parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      stock, households: households, region: region, norm: norm, freeLegalBeds: freeLegalBeds,
      employerHousing: employerHousing, availableDwellings: availableDwellings,
      parameters: parameters, reusing: &storage)
  }

  /// The housing need written into the year array of `storage` (`Assessment/Storage`).
  init(
    _ stock: borrowing MigrantStock, households: borrowing Households, region: borrowing HostRegion,
    norm: HousingNorm,
    freeLegalBeds: Double?, employerHousing: EmployerHousing?,
    availableDwellings: [AvailableDwellings]?, parameters: borrowing ParameterSet,
    reusing storage: inout Assessment.Storage
  ) {
    self.norm = norm
    residenceSplit = ResidenceSplit(
      residence: stock.residence, region: region, parameters: parameters)
    let inRegion = stock.residence.host + stock.residence.restOfRegion
    let hostFraction = inRegion > 0 ? stock.residence.host / inRegion : 0
    // Employer beds count only as far as the stricter norm allows; free legal beds are legal
    // by definition and count in full.
    let supplyScope = parameters.scope()
    let (check, employerBeds) = HousingBalance.employerBeds(
      employerHousing, demandNorm: norm, parameters: supplyScope)
    let supply = HousingBalance.Supply(employerBeds: employerBeds, vacantBeds: freeLegalBeds)
    let ratios = NormRatios(norm: norm, parameters: parameters)
    let dwellingScope = parameters.scope()
    let sharing = dwellingScope[.householdsSinglesSharingShare]
    let perShared = max(
      1,
      min(
        dwellingScope[.householdsPersonsPerSharedDwelling],
        dwellingScope[.housingMaxMigrantsPerRegularDwelling]))
    let roomScope = parameters.scope()
    let perMidRoom = max(
      0.001, min(roomScope[.housingPersonsPerMidStayRoom], roomScope[norm.personsPerBedroom]))
    let reads = HousingDemand.Reads(
      residence: ParameterReads(stock.residenceParameters),
      province: ParameterReads(stock.provinceParameters), ratios: ratios,
      dwellings: dwellingScope.reads + ParameterReads(stock.relocationParameters),
      rooms: roomScope.reads, supply: supplyScope.reads)

    // The host municipality's long-stay dwellings are no indicator: their reads travel.
    let hostScope = parameters.scope()
    let domesticHostShare = hostScope[.migrationResidenceHostShare]
    hostDwellingParameters =
      (reads.residence + hostScope.reads).ids
    var trace = Trace(recording: parameters.tracing)
    var years = ArrayRefill(taking: &storage.housing)
    for (migrationYear, householdYear) in zip(stock.years, households.years) {
      let year = migrationYear.year
      let longStayDwellings =
        (householdYear.longStaySingles * (sharing / perShared + (1 - sharing))
          + householdYear.familyHouseholds) * inRegion + householdYear.domesticHouseholds
      var yearSupply = supply
      yearSupply.dwellings = availableDwellings.map { AvailableDwellings.total($0, by: year) }
      func figures(_ stays: StayFigures) -> Figures {
        let short = stays.short * inRegion
        let mid = stays.mid * inRegion
        let temporary = short + mid
        let balance = HousingBalance(
          temporaryNeed: temporary, longStayNeed: longStayDwellings, supply: yearSupply)
        return Figures(
          shortStayBeds: short, midStayPersons: mid, midStayRooms: mid / perMidRoom,
          longStayDwellings: longStayDwellings,
          floorArea: short * ratios.m2Short + mid * ratios.m2Mid,
          bedrooms: short / ratios.personsPerBedroom + mid / perMidRoom,
          toilets: temporary / ratios.personsPerToilet,
          showers: temporary / ratios.personsPerShower,
          supplyBeds: yearSupply.beds, shortfallBeds: balance.temporaryShortfall,
          longStaySupply: yearSupply.dwellings, longStayGap: balance.longStayGap)
      }
      let average = figures(migrationYear.allMigrantsAverage)
      let peak = figures(migrationYear.allMigrantsPeak)
      var hostPeak = peak.scaled(hostFraction)
      hostPeak.longStayDwellings =
        (longStayDwellings - householdYear.domesticHouseholds) * hostFraction
        + householdYear.domesticHouseholds * domesticHostShare
      let pressure = HousingDemand.pressure(hostPeak.longStayDwellings, stock: region.dwellings)
      HousingDemand.record(
        year: year, peak: peak, average: average, migration: migrationYear,
        households: householdYear, inRegion: inRegion, ratios: ratios, perMidRoom: perMidRoom,
        perShared: perShared, sharing: sharing, supply: supply.beds, norm: norm, reads: reads,
        into: &trace)
      years.append(
        Year(
          year: year, average: average, peak: peak, hostPeak: hostPeak,
          hostHousingPressure: pressure))
    }
    self.years = years.finished()
    employerHousingCheck = check
    employerBedsCounted = employerBeds
    temporarySupplyKnown = employerHousing != nil || supply.bedsKnown
    self.trace = trace
  }

  private static func record(
    year: Int, peak: Figures, average: Figures, migration: Migration.Year,
    households: Households.Year, inRegion: Double, ratios: NormRatios, perMidRoom: Double,
    perShared: Double, sharing: Double, supply: Double, norm: HousingNorm, reads: Reads,
    into trace: inout Trace
  ) {
    // Untraced runs (draws) build nothing here: not even the shared inputs below.
    guard trace.isRecording else { return }
    let region: TraceEntry.Input = .value(
      "share living in the province (host + rest of region)", inRegion, .share)
    // The housing need counts the province: the share outside it is what shapes it.
    let residenceParameters = reads.province
    trace.record(
      "housing.shortStayBeds", year: year, peak.shortStayBeds, .beds,
      inputs: [
        .indicator(
          "migration.shortStay", "short-stay labour migrants (average)",
          migration.labourMigrantsAverage.short, .persons),
        .indicator(
          "workforce.presentPeak", "short-stay labour migrants at peak",
          migration.labourMigrantsPeak.short, .persons),
        .indicator(
          "migration.constructionMigrants", "construction workers from elsewhere",
          migration.constructionMigrants, .persons),
        region,
      ],
      reads: residenceParameters)
    trace.record(
      "housing.midStayRooms", year: year, peak.midStayRooms, .rooms,
      inputs: [
        .indicator(
          "migration.midStay", "mid-stay labour migrants (average)",
          migration.labourMigrantsAverage.mid, .persons),
        .indicator(
          "workforce.presentPeak", "mid-stay labour migrants at peak",
          migration.labourMigrantsPeak.mid, .persons),
        .indicator(
          "migration.constructionMigrants", "construction workers from elsewhere",
          migration.constructionMigrants, .persons),
        region, .value("persons per room", perMidRoom, .per(.persons, .rooms)),
      ],
      reads: residenceParameters + reads.rooms)
    trace.record(
      "housing.longStayDwellings", year: year, peak.longStayDwellings, .dwellings,
      inputs: [
        .indicator(
          "households.longStaySingles", "long-stay singles", households.longStaySingles, .persons),
        .indicator(
          "households.familyHouseholds", "family households", households.familyHouseholds,
          .households),
        .value("singles sharing a dwelling", sharing, .share),
        .value(
          "persons per shared dwelling (capped at the municipal maximum)", perShared,
          .per(.persons, .dwellings)),
        region,
        .value(
          "households relocating from elsewhere in NL", households.domesticHouseholds, .households),
      ],
      reads: residenceParameters + reads.dwellings)
    trace.record(
      "housing.floorArea", year: year, peak.floorArea, .squareMetres,
      variant: norm.rawValue,
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay persons", peak.midStayPersons, .persons),
        .value("m² per person, short stay", ratios.m2Short, .per(.squareMetres, .persons)),
        .value("m² per person, mid stay", ratios.m2Mid, .per(.squareMetres, .persons)),
      ],
      reads: reads.ratios.floorArea)
    trace.record(
      "housing.toilets", year: year, peak.toilets, .count,
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay persons", peak.midStayPersons, .persons),
        .value("persons per toilet", ratios.personsPerToilet, .per(.persons, .count)),
      ],
      reads: reads.ratios.toilets)
    trace.record(
      "housing.showers", year: year, peak.showers, .count,
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay persons", peak.midStayPersons, .persons),
        .value("persons per shower", ratios.personsPerShower, .per(.persons, .count)),
      ],
      reads: reads.ratios.showers)
    trace.record(
      "housing.bedrooms", year: year, peak.bedrooms, .rooms,
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay rooms", peak.midStayRooms, .rooms),
        .value("persons per bedroom", ratios.personsPerBedroom, .per(.persons, .rooms)),
      ],
      reads: reads.ratios.bedrooms)
    trace.record(
      "housing.shortfallBeds", year: year, peak.shortfallBeds, .beds,
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay persons", peak.midStayPersons, .persons),
        .value("employer beds within the stricter norm + free legal beds", supply, .beds),
      ],
      reads: reads.supply)
    trace.record(
      "housing.temporaryBedsAverage", year: year, average.temporaryBeds, .beds,
      inputs: [
        .indicator(
          "migration.shortStay", "short-stay labour migrants (average)",
          migration.labourMigrantsAverage.short, .persons),
        .indicator(
          "migration.midStay", "mid-stay labour migrants (average)",
          migration.labourMigrantsAverage.mid, .persons),
        .indicator(
          "migration.constructionMigrants", "construction workers from elsewhere",
          migration.constructionMigrants, .persons),
        region,
      ],
      reads: residenceParameters)
  }
}

/// The ratios of one norm, read from the catalogue once, each in the scope of the indicator
/// it shapes.
struct NormRatios {
  var m2Short: Double
  var m2Mid: Double
  var personsPerBedroom: Double
  var personsPerToilet: Double
  var personsPerShower: Double
  /// The reads behind each indicator's ratios (no default values: design note 70).
  var floorArea: ParameterReads
  var bedrooms: ParameterReads
  var toilets: ParameterReads
  var showers: ParameterReads

  init(norm: HousingNorm, parameters: borrowing ParameterSet) {
    let floor = parameters.scope()
    m2Short = floor[norm.m2PerPersonShortStay]
    m2Mid = floor[norm.m2PerPersonMidStay]
    let bedroom = parameters.scope()
    personsPerBedroom = max(bedroom[norm.personsPerBedroom], 0.001)
    let toilet = parameters.scope()
    personsPerToilet = max(toilet[norm.personsPerToilet], 0.001)
    let shower = parameters.scope()
    personsPerShower = max(shower[norm.personsPerShower], 0.001)
    (floorArea, bedrooms, toilets, showers) = (
      floor.reads, bedroom.reads, toilet.reads, shower.reads
    )
  }
}

extension HousingDemand {
  /// The reads behind the housing entries: the carried reads of values that are no indicator
  /// (where the migrants live, the relocating households) and each indicator's own.
  struct Reads {
    var residence: ParameterReads
    var province: ParameterReads
    var ratios: NormRatios
    var dwellings: ParameterReads
    var rooms: ParameterReads
    var supply: ParameterReads
  }
}

extension HousingDemand {
  /// Housing pressure: long-stay dwellings needed ÷ the dwelling stock; `nil` when the stock
  /// is unknown or zero [share]. Shared with the projection's scorecard (`ProjectionWelfare`).
  public static func pressure(_ longStayDwellings: Double, stock: Double?) -> Double? {
    stock.flatMap { $0 > 0 ? longStayDwellings / $0 : nil }
  }
}
