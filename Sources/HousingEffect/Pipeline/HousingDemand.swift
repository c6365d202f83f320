/// Stage 5: housing need — short-stay beds, mid-stay rooms, long-stay dwellings — at the chosen
/// norm, against employer housing and free legal beds; and the norm check of employer housing.
///
/// See `Docs/methodology.md#housing-demand`.
public struct HousingDemand: Sendable, Hashable, Codable {
  public struct Figures: Sendable, Hashable, Codable {
    public var shortStayBeds: Double
    public var midStayPersons: Double
    public var midStayRooms: Double
    public var longStayDwellings: Double
    /// Floor area for short- and mid-stay housing at the norm [m²].
    public var floorArea: Double
    public var bedrooms: Double
    public var toilets: Double
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

  public struct Year: Sendable, Hashable, Codable {
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

  public var norm: HousingNorm
  /// Where the newcomers live, by name (the province's part is what the need counts).
  public var residenceSplit: ResidenceSplit
  public var years: [Year]
  /// The employer's housing checked against its own norm (the demand norm if it states none).
  public var employerHousingCheck: NormCheck?
  /// Employer beds counted as supply: at most what the stricter of their own norm and the
  /// demand norm allows (``HousingBalance/employerBeds(_:demandNorm:parameters:)``) [beds].
  public var employerBedsCounted: Double
  /// Whether anything is known about the temporary supply: employer housing or free legal beds
  /// stated (possibly zero). When not, the shortfall is the whole need and reports call it
  /// unknown rather than print it (``HousingBalance/Supply/bedsKnown``).
  public var temporarySupplyKnown: Bool
  public var trace: Trace

  /// The housing need of a stock of migrants at `norm`, against the employer's housing (counted
  /// as far as the stricter of its own norm and `norm` allows), `freeLegalBeds` of other
  /// temporary housing (vacant beds free for newcomers), which count in full, and the dwellings
  /// available to newcomers for long stays (`nil`: unknown).
  public init(
    _ stock: MigrantStock, households: Households, region: HostRegion, norm: HousingNorm,
    freeLegalBeds: Double?, employerHousing: EmployerHousing?,
    availableDwellings: [AvailableDwellings]? = nil, parameters: ParameterSet
  ) {
    let migration = stock
    self.norm = norm
    residenceSplit = ResidenceSplit(
      residence: migration.residence, region: region, parameters: parameters)
    let inRegion = migration.residence.host + migration.residence.restOfRegion
    let hostFraction = inRegion > 0 ? migration.residence.host / inRegion : 0
    // Employer beds count only as far as the stricter norm allows; free legal beds are legal
    // by definition and count in full.
    let (check, employerBeds) = HousingBalance.employerBeds(
      employerHousing, demandNorm: norm, parameters: parameters)
    let supply = HousingBalance.Supply(employerBeds: employerBeds, vacantBeds: freeLegalBeds)
    let ratios = NormRatios(norm: norm, parameters: parameters)
    let sharing = parameters[.householdsSinglesSharingShare]
    let perShared = max(
      1,
      min(
        parameters[.householdsPersonsPerSharedDwelling],
        parameters[.housingMaxMigrantsPerRegularDwelling]))
    let perMidRoom = max(
      0.001, min(parameters[.housingPersonsPerMidStayRoom], parameters[norm.personsPerBedroom]))

    let domesticHostShare = parameters[.migrationResidenceHostShare]
    var trace = Trace(recording: parameters.tracing)
    years = zip(migration.years, households.years).map { migrationYear, householdYear in
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
        perShared: perShared, sharing: sharing, supply: supply.beds, norm: norm,
        relocation: migration.relocationParameters, into: &trace)
      return Year(
        year: year, average: average, peak: peak, hostPeak: hostPeak,
        hostHousingPressure: pressure)
    }
    employerHousingCheck = check
    employerBedsCounted = employerBeds
    temporarySupplyKnown = employerHousing != nil || supply.bedsKnown
    self.trace = trace
  }

  private static func record(
    year: Int, peak: Figures, average: Figures, migration: Migration.Year,
    households: Households.Year, inRegion: Double, ratios: NormRatios, perMidRoom: Double,
    perShared: Double, sharing: Double, supply: Double, norm: HousingNorm,
    relocation: [ParameterID], into trace: inout Trace
  ) {
    guard trace.isRecording else { return }
    let region: TraceEntry.Input = .value(
      "share living in the province (host + rest of region)", inRegion, .share)
    let residenceParameters: [ParameterID] = [
      .migrationResidenceHostShare, .migrationResidenceOutsideProvinceShare,
    ]
    trace.record(
      "housing.shortStayBeds", year: year, peak.shortStayBeds, .beds,
      formula:
        "short-stay beds = (short-stay labour migrants at peak + construction workers from elsewhere on short stints) × share living in the province",
      inputs: [
        .indicator(
          "migration.shortStay", "short-stay labour migrants (average)",
          migration.labourMigrantsAverage.short, .persons),
        .value("short-stay labour migrants at peak", migration.labourMigrantsPeak.short, .persons),
        .indicator(
          "migration.constructionMigrants", "construction workers from elsewhere",
          migration.constructionMigrants, .persons),
        region,
      ],
      parameters: residenceParameters)
    trace.record(
      "housing.midStayRooms", year: year, peak.midStayRooms, .rooms,
      formula:
        "mid-stay rooms = (mid-stay labour migrants at peak + construction workers from elsewhere who stay longer than a short stay) × share living in the province ÷ persons per room (at most the norm's persons per bedroom)",
      inputs: [
        .indicator(
          "migration.midStay", "mid-stay labour migrants (average)",
          migration.labourMigrantsAverage.mid, .persons),
        .value("mid-stay labour migrants at peak", migration.labourMigrantsPeak.mid, .persons),
        region, .value("persons per room", perMidRoom, .per(.persons, .rooms)),
      ],
      parameters: residenceParameters + [.housingPersonsPerMidStayRoom, norm.personsPerBedroom])
    trace.record(
      "housing.longStayDwellings", year: year, peak.longStayDwellings, .dwellings,
      formula:
        "long-stay dwellings = (singles × (sharing share ÷ persons per shared dwelling + (1 − sharing share)) + family households) × share living in the province + households relocating from elsewhere in NL",
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
      parameters: residenceParameters + [
        .householdsSinglesSharingShare, .householdsPersonsPerSharedDwelling,
        .housingMaxMigrantsPerRegularDwelling,
      ] + relocation)
    trace.record(
      "housing.floorArea", year: year, peak.floorArea, .squareMetres,
      formula:
        "floor area = short-stay beds × m² per person (short stay) + mid-stay persons × m² per person (mid stay), at norm \(norm.rawValue)",
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .value("mid-stay persons", peak.midStayPersons, .persons),
        .value("m² per person, short stay", ratios.m2Short, .per(.squareMetres, .persons)),
        .value("m² per person, mid stay", ratios.m2Mid, .per(.squareMetres, .persons)),
      ],
      parameters: [norm.m2PerPersonShortStay, norm.m2PerPersonMidStay])
    trace.record(
      "housing.toilets", year: year, peak.toilets, .count,
      formula: "toilets = (short-stay beds + mid-stay persons) ÷ persons per toilet",
      inputs: [
        .value("temporary beds", peak.temporaryBeds, .beds),
        .value("persons per toilet", ratios.personsPerToilet, .per(.persons, .count)),
      ],
      parameters: [norm.personsPerToilet])
    trace.record(
      "housing.showers", year: year, peak.showers, .count,
      formula: "showers = (short-stay beds + mid-stay persons) ÷ persons per shower",
      inputs: [
        .value("temporary beds", peak.temporaryBeds, .beds),
        .value("persons per shower", ratios.personsPerShower, .per(.persons, .count)),
      ],
      parameters: [norm.personsPerShower])
    trace.record(
      "housing.bedrooms", year: year, peak.bedrooms, .rooms,
      formula: "bedrooms = short-stay beds ÷ the norm's persons per bedroom + mid-stay rooms",
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .indicator("housing.midStayRooms", "mid-stay rooms", peak.midStayRooms, .rooms),
        .value("persons per bedroom", ratios.personsPerBedroom, .per(.persons, .rooms)),
      ],
      parameters: [norm.personsPerBedroom])
    trace.record(
      "housing.shortfallBeds", year: year, peak.shortfallBeds, .beds,
      formula:
        "shortfall = max(0, short-stay beds + mid-stay persons − employer beds within the stricter of their own norm and the demand norm − free legal beds)",
      inputs: [
        .indicator("housing.shortStayBeds", "short-stay beds", peak.shortStayBeds, .beds),
        .value("mid-stay persons", peak.midStayPersons, .persons),
        .value("employer beds within the stricter norm + free legal beds", supply, .beds),
      ])
    trace.record(
      "housing.temporaryBedsAverage", year: year, average.temporaryBeds, .beds,
      formula:
        "temporary beds on an average day = (short-stay + mid-stay migrants, average) × share living in the province",
      inputs: [
        .indicator(
          "migration.labourMigrants", "labour migrants present",
          migration.labourMigrantsAverage.total, .persons), region,
      ],
      parameters: residenceParameters)
  }
}

/// The ratios of one norm, read from the catalogue once.
struct NormRatios {
  var m2Short: Double
  var m2Mid: Double
  var personsPerBedroom: Double
  var personsPerToilet: Double
  var personsPerShower: Double

  init(norm: HousingNorm, parameters: ParameterSet) {
    m2Short = parameters[norm.m2PerPersonShortStay]
    m2Mid = parameters[norm.m2PerPersonMidStay]
    personsPerBedroom = max(parameters[norm.personsPerBedroom], 0.001)
    personsPerToilet = max(parameters[norm.personsPerToilet], 0.001)
    personsPerShower = max(parameters[norm.personsPerShower], 0.001)
  }
}

extension HousingDemand {
  /// Housing pressure: long-stay dwellings needed ÷ the dwelling stock; `nil` when the stock
  /// is unknown or zero [share]. Shared with the projection's scorecard (`ProjectionWelfare`).
  public static func pressure(_ longStayDwellings: Double, stock: Double?) -> Double? {
    stock.flatMap { $0 > 0 ? longStayDwellings / $0 : nil }
  }
}
