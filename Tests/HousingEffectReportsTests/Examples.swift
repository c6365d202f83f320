import HousingEffect
import Testing

/// The six example establishments of `Scenarios/*.json`, built in Swift, with their regions
/// (population and dwellings from `data/limburg-municipalities.csv`).
enum Examples {
  struct Example: Sendable, CustomTestStringConvertible {
    var id: String
    var establishment: Establishment
    var region: HostRegion

    var assessment: Assessment {
      Assessment(
        establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay))
    }

    var testDescription: String { id }
  }

  static let all: [Example] = [venlo, heerlen, horst, maastricht, venray, echtSusteren]

  static let venlo = Example(
    id: "venlo-ecommerce-dc",
    establishment: Establishment(
      name: "E-commerce distribution centre, Venlo", municipality: "Venlo",
      type: .distributionEcommerce, size: .floorArea(60_000), startYear: 2028,
      rampUp: [0.5, 0.85, 1.0],
      construction: ConstructionPhase(
        workers: 180, startYear: 2026, startMonth: 9, durationMonths: 16),
      freeLegalBeds: 100, housingNorm: .snf2025,
      description:
        "A proposed e-commerce fulfilment centre of 60,000 m² gross floor area on a Venlo business park, built in 2026–2027 and ramping up from 2028. Illustrative example for the acquisition conversation: the company has not yet answered the gespreksleidraad, so the workforce mix comes from the sector defaults.",
      sources: [
        "Floor area and start year: illustrative, typical of recent Venlo e-commerce plans (assumption, not a real application).",
        "Free legal beds: illustrative figure for the conversation with the municipality's housing desk (assumption).",
        "Everything else: catalogue defaults for 'distribution-ecommerce' (see the report's sources section).",
      ]),
    region: withGeography(
      HostRegion(
        name: "Venlo", code: "GM0983", policyRegion: .noordLimburg, population: 103_785,
        dwellings: 48_986)))

  static let heerlen = Example(
    id: "heerlen-food-processing",
    establishment: Establishment(
      name: "Food-processing plant, Heerlen (Parkstad)", municipality: "Heerlen",
      type: .foodProcessing, size: .floorArea(25_000), startYear: 2028, freeLegalBeds: 20,
      description:
        "A ready-meals producer builds a 25,000 m² plant on a Parkstad business park."),
    region: withGeography(
      HostRegion(
        name: "Heerlen", code: "GM0917", policyRegion: .zuidLimburg, population: 87_498)))

  static let horst = Example(
    id: "horst-glasshouse-tomato",
    establishment: Establishment(
      name: "Tomato glasshouse expansion, Horst aan de Maas", municipality: "Horst aan de Maas",
      type: .glasshouseTomato, size: .hectares(20), startYear: 2027, rampUp: [0.7, 1.0],
      workforce: [
        WorkforceSegment(label: "vaste medewerkers", share: 0.3, contract: .permanent, skill: .mid),
        WorkforceSegment(label: "uitzendkrachten", share: 0.2, contract: .agency, skill: .low),
        WorkforceSegment(label: "seizoenskrachten", share: 0.5, contract: .seasonal, skill: .low),
      ],
      employerHousing: EmployerHousing(
        beds: 60, norm: .akf, floorAreaM2: 840, bedrooms: 36, toilets: 8, showers: 8),
      freeLegalBeds: 25, languageTraining: false, housingNorm: .akf),
    region: withGeography(
      HostRegion(
        name: "Horst aan de Maas", code: "GM1507", policyRegion: .noordLimburg, population: 43_923))
  )

  static let maastricht = Example(
    id: "maastricht-semiconductor",
    establishment: Establishment(
      name: "Semiconductor equipment firm, Maastricht", municipality: "Maastricht",
      type: .semiconductor, size: .jobs(400), startYear: 2027, rampUp: [0.4, 0.75, 1.0],
      workforce: [
        WorkforceSegment(
          label: "engineers", share: 0.55, contract: .permanent, skill: .high,
          origin: OriginMix(
            localReserve: 0.35, restOfNL: 0.2, euMigrant: 0.05, nonEuMigrant: 0,
            knowledgeMigrant: 0.3, crossBorder: 0.1)),
        WorkforceSegment(
          label: "assembly and logistics", share: 0.45, contract: .flex, skill: .mid,
          origin: OriginMix(
            localReserve: 0.55, restOfNL: 0.05, euMigrant: 0.25, nonEuMigrant: 0.05,
            knowledgeMigrant: 0, crossBorder: 0.1)),
      ],
      languageTraining: true),
    region: withGeography(
      HostRegion(
        name: "Maastricht", code: "GM0935", policyRegion: .zuidLimburg, population: 125_203)))

  static let venray = Example(
    id: "venray-meat-processing",
    establishment: Establishment(
      name: "Meat-processing plant, Venray", municipality: "Venray", type: .meatProcessing,
      size: .jobs(650), startYear: 2027, rampUp: [0.8, 1.0],
      workforce: [
        WorkforceSegment(label: "vaste medewerkers", share: 0.4, contract: .permanent, skill: .mid),
        WorkforceSegment(
          label: "productie via uitzendbureau", share: 0.6, contract: .agency, skill: .low),
      ],
      freeLegalBeds: 0, languageTraining: true,
      overrides: [
        ParameterOverride(
          "migration.residence.hostShare", value: 0.7,
          reason:
            "Venray's policy 'Gewoon, zoals het hoort' (2024–2030) plans 1,500 new housing places before 2027 in the municipality itself."
        )
      ]),
    region: withGeography(
      HostRegion(
        name: "Venray", code: "GM0984", policyRegion: .noordLimburg, population: 44_668)))

  static let echtSusteren = Example(
    id: "echt-susteren-data-centre",
    establishment: Establishment(
      name: "Hyperscale data centre with construction phase, Echt-Susteren",
      municipality: "Echt-Susteren", type: .dataCentre, size: .hectares(30), startYear: 2029,
      rampUp: [0.6, 1.0],
      construction: ConstructionPhase(
        workers: 900, startYear: 2026, startMonth: 4, durationMonths: 36, shareFromElsewhere: 0.7),
      freeLegalBeds: 40),
    region: withGeography(
      HostRegion(
        name: "Echt-Susteren", code: "GM1711", policyRegion: .middenLimburg, population: 32_037)))

  /// The region with its neighbours and borders from the built-in region data, so the
  /// residence split and the cross-border share show as the command line shows them.
  static func withGeography(_ region: HostRegion) -> HostRegion {
    guard case .success(let municipality) = RegionData.limburg.municipality(named: region.name)
    else { return region }
    var region = region
    region.neighbours = municipality.neighbours
    region.borders = municipality.borders.sorted()
    return region
  }
}
