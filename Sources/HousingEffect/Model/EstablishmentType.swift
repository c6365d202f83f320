/// The kinds of establishment the model has reference defaults for.
///
/// Raw values are the names used in establishment files and on the command line.
public enum EstablishmentType: String, Sendable, Hashable, Codable, CaseIterable {
  case distributionEcommerce = "distribution-ecommerce"
  case distributionContract = "distribution-contract"
  case distributionXXL = "distribution-xxl"
  case distributionHomeDelivery = "distribution-home-delivery"
  case glasshouseTomato = "glasshouse-tomato"
  case glasshouseSweetPepper = "glasshouse-sweet-pepper"
  case glasshouseCucumber = "glasshouse-cucumber"
  case glasshouseOrnamental = "glasshouse-ornamental"
  case openFieldAgriculture = "open-field-agriculture"
  case foodProcessing = "food-processing"
  case meatProcessing = "meat-processing"
  case metalManufacturing = "metal-manufacturing"
  case dataCentre = "data-centre"
  case semiconductor = "semiconductor"
  case hospitality = "hospitality"
  case constructionProject = "construction-project"

  /// The sector group whose default workforce profile the type uses.
  public var sectorGroup: SectorGroup {
    switch self {
    case .distributionEcommerce, .distributionContract, .distributionXXL,
      .distributionHomeDelivery:
      .logistics
    case .glasshouseTomato, .glasshouseSweetPepper, .glasshouseCucumber, .glasshouseOrnamental:
      .glasshouse
    case .openFieldAgriculture: .openField
    case .foodProcessing: .foodProcessing
    case .meatProcessing: .meatProcessing
    case .metalManufacturing: .manufacturing
    case .dataCentre: .dataCentre
    case .semiconductor: .highTech
    case .hospitality: .hospitality
    case .constructionProject: .construction
    }
  }

  /// The physical size measure besides jobs that this type's job density is known for.
  public var physicalSizeBasis: SizeBasis? {
    switch sectorGroup {
    case .glasshouse, .openField, .dataCentre: .hectares
    case .construction: nil
    default: .floorArea
    }
  }

  /// The catalogue parameter that turns the physical size into jobs (FTE).
  public var jobDensityParameter: ParameterID? {
    .jobsDensity(self)
  }

  /// Dutch name for reports.
  public var dutchName: String {
    switch self {
    case .distributionEcommerce: "distributiecentrum e-commerce"
    case .distributionContract: "distributiecentrum contractlogistiek"
    case .distributionXXL: "XXL-distributiecentrum (pallets)"
    case .distributionHomeDelivery: "thuisbezorgcentrum (online boodschappen, pakketbezorgstation)"
    case .glasshouseTomato: "glastuinbouw tomaat"
    case .glasshouseSweetPepper: "glastuinbouw paprika"
    case .glasshouseCucumber: "glastuinbouw komkommer"
    case .glasshouseOrnamental: "glastuinbouw sierteelt"
    case .openFieldAgriculture: "vollegrondstuinbouw en akkerbouw"
    case .foodProcessing: "voedingsmiddelenindustrie"
    case .meatProcessing: "vleesverwerking"
    case .metalManufacturing: "metaal en maakindustrie"
    case .dataCentre: "datacenter"
    case .semiconductor: "halfgeleiders en hightech"
    case .hospitality: "horeca en recreatie"
    case .constructionProject: "bouwproject"
    }
  }

  /// The English name after its indefinite article, for a sentence's start: "An e-commerce
  /// distribution centre", "An XXL (pallet) …" (said "ex-ex-el"), "A data centre".
  public var englishNameWithArticle: String {
    let vowelSound = englishName.first.map { "aeiouAEIOU".contains($0) } ?? false
    let spelledOut = englishName.hasPrefix("XXL")
    return (vowelSound || spelledOut ? "An " : "A ") + englishName
  }

  /// English name for reports.
  public var englishName: String {
    switch self {
    case .distributionEcommerce: "e-commerce distribution centre"
    case .distributionContract: "contract-logistics distribution centre"
    case .distributionXXL: "XXL (pallet) distribution centre"
    case .distributionHomeDelivery:
      "home-delivery centre (online groceries, parcel delivery station)"
    case .glasshouseTomato: "glasshouse horticulture, tomato"
    case .glasshouseSweetPepper: "glasshouse horticulture, sweet pepper"
    case .glasshouseCucumber: "glasshouse horticulture, cucumber"
    case .glasshouseOrnamental: "glasshouse horticulture, ornamentals"
    case .openFieldAgriculture: "open-field horticulture and arable farming"
    case .foodProcessing: "food processing"
    case .meatProcessing: "meat processing"
    case .metalManufacturing: "metal and manufacturing"
    case .dataCentre: "data centre"
    case .semiconductor: "semiconductor and high-tech"
    case .hospitality: "hospitality and recreation"
    case .constructionProject: "construction project"
    }
  }
}
